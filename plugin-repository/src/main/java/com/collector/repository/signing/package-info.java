/** Keys and signatures: the {@code Signer} abstraction and its local PKCS#12 implementation. */
package com.collector.repository.signing;
