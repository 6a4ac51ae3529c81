/** The single mapping of failures to application/problem+json. */
package com.collector.portal.web.problems;
