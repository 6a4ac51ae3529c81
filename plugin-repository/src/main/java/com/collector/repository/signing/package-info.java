/**
 * Keys and signatures: the {@code Signer} abstraction, its local PKCS#12 and Azure Key Vault
 * implementations, and the {@code KeyRing} of published keys (current plus retired) as a JWKS.
 */
package com.collector.repository.signing;
