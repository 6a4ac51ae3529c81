package com.collector.portal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** A plain MicroProfile JWT service, as a partner system verifying portal tokens would be. */
@ApplicationScoped
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"VIEW", "ADMINISTER"})
public class MpJwtProbeApplication extends Application {}
