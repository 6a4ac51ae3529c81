/** Cross-feature helpers: the clock, the data directory, cron expressions. */
package com.collector.portal.platform.control;
