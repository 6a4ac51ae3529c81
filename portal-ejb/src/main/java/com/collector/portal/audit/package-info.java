/** Audit: an append-only log of administrative changes with before/after state. */
package com.collector.portal.audit;
