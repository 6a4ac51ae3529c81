/** The exception family every feature throws and the edges map once, and input validation. */
package com.collector.portal.platform.boundary;
