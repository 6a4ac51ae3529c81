/**
 * Keys, signatures and key wrapping: the {@code Signer} abstraction, its local PKCS#12 and Azure
 * Key Vault implementations, and the {@code KeyRing} of published keys (current plus retired) as a
 * JWKS; the {@code KeyWrapper} of data keys (envelope encryption, RSA-OAEP-256) with the same two
 * homes, and the {@code KeyWrapperRing} that keeps retired local keys unwrapping.
 */
package com.collector.repository.signing;
