/**
 * Content-addressed blob storage for packages: the {@code BlobStore} contract (blobs named by their
 * SHA-256, never visible half-written) and its file-system implementation.
 */
package com.collector.repository.storage;
