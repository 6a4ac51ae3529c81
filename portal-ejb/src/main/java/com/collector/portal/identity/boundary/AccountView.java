package com.collector.portal.identity.boundary;

import com.collector.portal.tenancy.entity.OrganizationKind;

/** The signed-in user with their organization. */
public record AccountView(
    UserView user,
    String organizationName,
    OrganizationKind organizationKind,
    String organizationPath) {}
