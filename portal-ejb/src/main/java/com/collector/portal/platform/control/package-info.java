/** Cross-feature helpers: the clock, the data directory. */
package com.collector.portal.platform.control;
