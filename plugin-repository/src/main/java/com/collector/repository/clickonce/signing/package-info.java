/**
 * ClickOnce manifest signing on any OS: re-signs deployment ({@code .application}) and application
 * ({@code .manifest}) manifests the way Microsoft's {@code mansign2} does (strong-name signature
 * over the manifest, Authenticode signature over the embedded license) and verifies them.
 */
package com.collector.repository.clickonce.signing;
