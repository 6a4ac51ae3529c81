/**
 * Identity: user accounts, roles and rights, password sign-in with throttling, API tokens and the
 * bootstrap of the first vendor administrator.
 */
package com.collector.portal.identity;
