/** Datasource, schema migrations and column conversions shared by every feature. */
package com.collector.portal.platform.persistence;
