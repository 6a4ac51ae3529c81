package com.collector.portal.identity.boundary;

import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Whom to invite into which organization with which roles; the invitee sets the rest. */
public record NewInvitation(
    @NotNull Long organizationId,
    @NotBlank @Email @Size(max = 254) String email,
    @Size(max = 200) String displayName,
    @NotNull Language language,
    @NotEmpty Set<@NotNull Role> roles) {}
