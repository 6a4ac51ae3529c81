package com.collector.portal.tickets.boundary;

import com.collector.portal.distribution.control.PackageStorage;
import com.collector.portal.platform.boundary.NotFoundException;
import com.collector.portal.platform.boundary.PayloadTooLargeException;
import com.collector.portal.tenancy.control.Store;
import com.collector.portal.tickets.control.AttachmentTypes;
import com.collector.portal.tickets.control.TicketAccess;
import com.collector.portal.tickets.control.TicketOpening;
import com.collector.portal.tickets.entity.Author;
import com.collector.portal.tickets.entity.Ticket;
import com.collector.portal.tickets.entity.TicketAttachment;
import com.collector.portal.tickets.entity.Visibility;
import com.collector.repository.storage.BlobStore;
import com.collector.repository.storage.BlobTooLargeException;
import com.collector.repository.storage.StoredBlob;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files attached to tickets: everyone who may comment attaches (internal files by vendor staff
 * only), and a file is read only by who may read the entry announcing it. Uploads stream into the
 * blob store, checked for size and for content matching the declared type.
 */
@Stateless
public class TicketAttachments {

  @Inject Store store;
  @Inject TicketAccess access;
  @Inject TicketViews views;
  @Inject TicketOpening opening;
  // The portal has one blob store (file system or Azure), opened with the release packages'.
  @Inject PackageStorage storage;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "portal.tickets.attachment-max-mb", defaultValue = "20")
  long maxMegabytes;

  /** Attaches {@code content} to ticket {@code number}. */
  public AttachmentView attach(
      long number, String name, String contentType, boolean internal, InputStream content) {
    access.requireReader();
    Visibility visibility = access.visibility(internal);
    String fileName = AttachmentTypes.fileName(name);
    views.find(number);
    long max = maxBytes();
    BufferedInputStream body = new BufferedInputStream(content, AttachmentTypes.HEAD);
    byte[] head = new byte[AttachmentTypes.HEAD];
    String type =
        AttachmentTypes.check(
            AttachmentTypes.declared(contentType, fileName), head, peek(body, head));
    StoredBlob blob;
    try {
      blob = blobs().put(body, max);
    } catch (BlobTooLargeException e) {
      throw new PayloadTooLargeException("file", max);
    }
    // Locked only now: an upload may take a while, the ticket's other writers need not wait for it.
    Ticket ticket = views.findForUpdate(number);
    Instant now = clock.instant();
    Author by = access.author();
    TicketAttachment file =
        store.add(
            new TicketAttachment(
                ticket, fileName, type, blob.size(), blob.sha256(), visibility, by, now));
    opening.record(ticket, ticket.attached(file, by, now));
    return AttachmentView.of(file);
  }

  /** One attachment of ticket {@code number}, if the caller may read it; 404 otherwise. */
  public AttachmentDownload download(long number, long id) {
    access.requireReader();
    Ticket ticket = views.find(number);
    TicketAttachment file =
        store
            .findOptional(TicketAttachment.class, id)
            .filter(a -> a.ticket().id().equals(ticket.id()))
            .filter(a -> access.reads(a.visibility()))
            .orElseThrow(() -> new NotFoundException("Attachment", id));
    return new AttachmentDownload(AttachmentView.of(file), blobs());
  }

  public long maxBytes() {
    return Math.max(1, maxMegabytes) << 20;
  }

  private BlobStore blobs() {
    return storage.blobs();
  }

  /** Reads the first bytes into {@code head} and rewinds; answers how many there were. */
  private static int peek(BufferedInputStream body, byte[] head) {
    try {
      body.mark(head.length);
      int read = body.readNBytes(head, 0, head.length);
      body.reset();
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
