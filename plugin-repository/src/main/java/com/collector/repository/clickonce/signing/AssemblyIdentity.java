package com.collector.repository.clickonce.signing;

/** The signed manifest's top-level {@code assemblyIdentity}. */
public record AssemblyIdentity(String name, String version, String publicKeyToken) {}
