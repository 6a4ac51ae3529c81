package com.collector.portal.identity.boundary;

import com.collector.portal.identity.entity.Language;
import com.collector.portal.identity.entity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * An account to create with an initial password that the user must change at first sign-in
 * (invitations by e-mail replace the password with the users issue).
 */
public record NewUser(
    @NotNull Long organizationId,
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 200) String displayName,
    @NotNull Language language,
    @NotEmpty Set<@NotNull Role> roles,
    @NotNull String initialPassword) {}
