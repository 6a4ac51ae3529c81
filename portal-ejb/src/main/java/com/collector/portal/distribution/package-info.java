/**
 * Distribution: the vendor's products (the Collector application and its plugins), their releases
 * with a validated, stored and signed package each, the release lifecycle (draft, published,
 * revoked, staged rollout) and the package-signing key ring published to Collectors.
 */
package com.collector.portal.distribution;
