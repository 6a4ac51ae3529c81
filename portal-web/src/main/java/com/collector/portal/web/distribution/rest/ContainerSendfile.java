package com.collector.portal.web.distribution.rest;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands a region of a file to Grizzly's {@code sendfile}, so the kernel copies it to the socket
 * without the bytes passing through the heap: a plugin package or ClickOnce payload then leaves
 * about as fast as a static file server sends it. Payara has no servlet-level way to ask for this
 * (it accepts Tomcat's {@code org.apache.tomcat.sendfile.*} attributes, but nothing acts on them),
 * so this reaches Grizzly's response behind Payara's request facade by reflection. The transfer
 * runs asynchronously: the request is put in servlet async mode first, so Payara neither finishes
 * nor recycles the response until Grizzly reports the transfer done or failed. Anywhere else
 * (another container, sendfile not enabled, a changed internal) it declines, says so once in the
 * log, and the caller copies the bytes instead.
 */
final class ContainerSendfile {

  private static final Logger LOG = Logger.getLogger(ContainerSendfile.class.getName());
  private static final String FACADE = "org.apache.catalina.connector.RequestFacade";

  /** Grizzly's transfer counts in an int. */
  private static final long MAX_LENGTH = Integer.MAX_VALUE;

  /** Long enough for a large package on a slow line; a dead peer fails the transfer sooner. */
  private static final long TRANSFER_TIMEOUT_MILLIS = 4 * 60 * 60 * 1000L;

  /**
   * Grizzly counts what a connection's sendfile transfers wrote in an int: past 2 GiB on one
   * keep-alive connection its next answer stalls until the idle timeout. So a connection carries
   * transfers up to {@value #BYTES_PER_CONNECTION} bytes, then is closed after the one that reaches
   * that (the client opens another).
   */
  static final long BYTES_PER_CONNECTION = 1L << 30;

  private static final Map<Object, Long> SENT = Collections.synchronizedMap(new WeakHashMap<>());
  private static volatile Route route;
  private static final AtomicBoolean TOLD = new AtomicBoolean();

  private ContainerSendfile() {}

  /**
   * Sends {@code length} bytes of {@code file} from {@code offset} as the response body, after the
   * status and headers already set on {@code response}. The servlet must return without touching
   * the response again.
   *
   * @return false when the container cannot: nothing was sent and the caller must write the body
   */
  static boolean send(
      HttpServletRequest request,
      HttpServletResponse response,
      Path file,
      long offset,
      long length) {
    if (response.isCommitted()
        || length <= 0
        || length > MAX_LENGTH
        || !request.isAsyncSupported()
        || !plainHttp1(request)) {
      return false;
    }
    Route known = route(request);
    if (known == null) {
      return false;
    }
    Object outputBuffer;
    Object connection;
    try {
      Object grizzlyRequest = known.grizzlyRequest(unwrap(request));
      connection = known.connection.invoke(grizzlyRequest);
      Object grizzlyResponse = known.response.invoke(grizzlyRequest);
      if (!Boolean.TRUE.equals(known.enabled.invoke(grizzlyResponse))) {
        tell(false, "Grizzly's sendfile is off (org.glassfish.grizzly.http.USE_SEND_FILE)");
        return false;
      }
      outputBuffer = known.outputBuffer.invoke(grizzlyResponse);
    } catch (ReflectiveOperationException | RuntimeException failed) {
      route = Route.NONE;
      tell(false, failed.toString());
      return false;
    }
    if (lastOnItsConnection(connection, length)) {
      response.setHeader("Connection", "close");
    }
    AsyncContext transfer = request.startAsync();
    transfer.setTimeout(TRANSFER_TIMEOUT_MILLIS);
    try {
      known.sendfile.invoke(outputBuffer, file.toFile(), offset, length, known.whenDone(transfer));
    } catch (ReflectiveOperationException | RuntimeException failed) {
      transfer.complete();
      throw new IllegalStateException("sendfile of " + file.getFileName() + " failed", failed);
    }
    tell(true, null);
    return true;
  }

  /**
   * Sendfile writes raw bytes to the connection: right for HTTP/1.x in clear, wrong inside HTTP/2
   * frames (a client that upgraded with {@code h2c}) or TLS records.
   */
  static boolean plainHttp1(HttpServletRequest request) {
    String protocol = request.getProtocol();
    return protocol != null && protocol.startsWith("HTTP/1.") && !request.isSecure();
  }

  /** Counts {@code length} against the connection; true when it is to close after this one. */
  static boolean lastOnItsConnection(Object connection, long length) {
    long sent = SENT.merge(connection, length, Long::sum);
    if (sent < BYTES_PER_CONNECTION) {
      return false;
    }
    SENT.remove(connection);
    return true;
  }

  private static Route route(ServletRequest request) {
    Route known = route;
    if (known == null) {
      known = Route.find(unwrap(request).getClass());
      if (known == Route.NONE) {
        tell(false, "the container is not Payara's Grizzly (" + unwrap(request).getClass() + ")");
      }
      route = known;
    }
    return known == Route.NONE ? null : known;
  }

  private static ServletRequest unwrap(ServletRequest request) {
    ServletRequest inner = request;
    while (inner instanceof ServletRequestWrapper wrapper) {
      inner = wrapper.getRequest();
    }
    return inner;
  }

  private static void tell(boolean used, String why) {
    if (TOLD.compareAndSet(false, true)) {
      if (used) {
        LOG.info("Downloads are sent with the container's sendfile (zero copy)");
      } else {
        LOG.log(Level.INFO, "Downloads are copied through the heap: {0}", why);
      }
    }
  }

  /**
   * Ends the async request on a container thread, not on the Grizzly thread reporting the transfer
   * done: completing resumes the connection, which may read and serve the client's next request at
   * once, and that one's first write would then wait for the very write queue this thread is still
   * finishing (each keep-alive connection stalled until a timeout).
   */
  private static void finish(AsyncContext transfer) {
    try {
      transfer.start(transfer::complete);
    } catch (IllegalStateException notStartable) {
      transfer.complete(); // already timed out or completed: nothing is served after it
    }
  }

  /** The reflective path from Payara's request facade to Grizzly's sendfile, found once. */
  private record Route(
      Field facadeRequest,
      Method coyoteRequest,
      Method connection,
      Method response,
      Method enabled,
      Method outputBuffer,
      Method sendfile,
      Class<?> handler) {

    static final Route NONE = new Route(null, null, null, null, null, null, null, null);

    static Route find(Class<?> facade) {
      if (!facade.getName().equals(FACADE)) {
        return NONE;
      }
      try {
        Field request = facade.getDeclaredField("request");
        request.setAccessible(true);
        Method coyote = request.getType().getMethod("getCoyoteRequest");
        Method connection = coyote.getReturnType().getMethod("getConnection");
        Method response = coyote.getReturnType().getMethod("getResponse");
        Class<?> grizzlyResponse = response.getReturnType();
        Method outputBuffer = grizzlyResponse.getMethod("getOutputBuffer");
        Class<?> handler =
            Class.forName(
                "org.glassfish.grizzly.CompletionHandler", false, facade.getClassLoader());
        return new Route(
            request,
            coyote,
            connection,
            response,
            grizzlyResponse.getMethod("isSendFileEnabled"),
            outputBuffer,
            outputBuffer
                .getReturnType()
                .getMethod("sendfile", File.class, long.class, long.class, handler),
            handler);
      } catch (ReflectiveOperationException | RuntimeException | LinkageError failed) {
        LOG.log(Level.FINE, "No route to Grizzly's sendfile", failed);
        return NONE;
      }
    }

    Object grizzlyRequest(ServletRequest facade) throws ReflectiveOperationException {
      return coyoteRequest.invoke(facadeRequest.get(facade));
    }

    /** A Grizzly completion handler that ends the async request however the transfer ends. */
    Object whenDone(AsyncContext transfer) {
      AtomicBoolean done = new AtomicBoolean();
      InvocationHandler callbacks =
          (proxy, method, args) ->
              switch (method.getName()) {
                case "completed", "failed", "cancelled" -> {
                  if (done.compareAndSet(false, true)) {
                    finish(transfer);
                  }
                  yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                case "toString" -> "sendfile completion";
                default -> null; // started, updated
              };
      return Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler}, callbacks);
    }
  }
}
