/**
 * Content-addressed blob storage for packages: the {@code BlobStore} contract (blobs named by their
 * SHA-256, never visible half-written) and its implementations on the file system and on Azure Blob
 * Storage.
 */
package com.collector.repository.storage;
