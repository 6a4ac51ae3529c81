package com.collector.portal.web.problems;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application of {@link ProblemMappingIT}'s archive. */
@ApplicationPath("api")
public class ProbeApplication extends Application {}
