package com.collector.portal.web.distribution.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A content-addressed body (plugin package, ClickOnce file) served with its SHA-256 as entity tag,
 * {@code If-None-Match}, {@code If-Range} and one {@code Range}, so an interrupted download
 * resumes. The body goes out by the container's sendfile when the store has a local file, else it
 * is copied in large chunks; it is never held in memory whole.
 */
final class RangedBody {

  /**
   * Large enough that a 50 MB package is a few hundred writes: {@code transferTo}'s 8 KiB makes the
   * container flush thousands of small chunks.
   */
  private static final int CHUNK = 256 * 1024;

  /** Opens the bytes {@code first} to {@code first + length - 1}. */
  interface Opener {
    InputStream open(long first, long length);
  }

  private final String sha256;
  private final long size;
  private final Opener opener;
  private final Optional<Path> localFile;

  RangedBody(String sha256, long size, Opener opener, Optional<Path> localFile) {
    this.sha256 = sha256;
    this.size = size;
    this.opener = opener;
    this.localFile = localFile;
  }

  /**
   * Answers 304, 416, 206 or 200 after the caller set the content type and caching; {@code body}
   * false answers a HEAD request (the same headers, no bytes).
   */
  void serve(HttpServletRequest request, HttpServletResponse response, boolean body)
      throws IOException {
    String etag = "\"" + sha256 + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Accept-Ranges", "bytes");
    // RFC 9110 §13.2.2: If-None-Match is evaluated before Range (and If-Range) are considered.
    if (UpdateCheckServlet.matches(request.getHeader("If-None-Match"), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    String ifRange = request.getHeader("If-Range");
    Optional<ByteRange> wanted;
    try {
      wanted =
          ifRange == null || ifRange.strip().equals(etag)
              ? ByteRange.parse(request.getHeader("Range"), size)
              : Optional.empty();
    } catch (ByteRange.Unsatisfiable e) {
      response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
      response.setHeader("Content-Range", "bytes */" + size);
      response.setContentLengthLong(0);
      return;
    }
    long first = wanted.map(ByteRange::first).orElse(0L);
    long length = wanted.map(ByteRange::length).orElse(size);
    if (wanted.isPresent()) {
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader(
          "Content-Range", "bytes " + first + "-" + (first + length - 1) + "/" + size);
    }
    response.setContentLengthLong(length);
    if (!body || length == 0) {
      return;
    }
    if (localFile.isPresent()
        && ContainerSendfile.send(request, response, localFile.get(), first, length)) {
      return;
    }
    try (InputStream in = opener.open(first, length)) {
      copy(in, response.getOutputStream());
    }
  }

  static void copy(InputStream in, OutputStream out) throws IOException {
    byte[] chunk = new byte[CHUNK];
    for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
      out.write(chunk, 0, read);
    }
  }
}
