/**
 * Tenancy: organizations (vendor, partners, customers) with materialized paths, the request's
 * {@code TenantScope} and the scoped {@code Store} through which all tenant-owned data flows.
 */
package com.collector.portal.tenancy;
