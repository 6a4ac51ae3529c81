package com.collector.portal.identity.boundary;

import com.collector.portal.identity.entity.Right;
import com.collector.portal.tenancy.entity.OrganizationKind;
import java.time.Instant;
import java.util.Set;

/**
 * The signed-in user with their organization, and what this session or token may do where: the
 * user's rights on their subtree, or less (an API token, a Collector bound to one customer, a
 * customer whose subscription is unpaid: {@code restriction} names why, e.g. {@code grace}, and
 * {@code restrictedUntil} when it ends by itself).
 */
public record AccountView(
    UserView user,
    String organizationName,
    OrganizationKind organizationKind,
    String organizationPath,
    Set<Right> effectiveRights,
    String scopePath,
    String restriction,
    Instant restrictedUntil) {}
