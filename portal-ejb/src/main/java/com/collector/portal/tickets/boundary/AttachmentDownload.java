package com.collector.portal.tickets.boundary;

import com.collector.repository.storage.BlobStore;
import java.io.InputStream;

/** An attachment to stream to its reader. */
public record AttachmentDownload(AttachmentView file, BlobStore blobs) {

  public InputStream open() {
    return blobs.open(file.sha256());
  }
}
