package com.collector.portal.web.distribution.rest;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** A request with a path and headers, and a response that keeps what a servlet wrote. */
final class FakeHttp {

  private FakeHttp() {}

  static HttpServletRequest request(String pathInfo, Map<String, String> headers) {
    Map<String, String> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    named.putAll(headers);
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            FakeHttp.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getPathInfo" -> pathInfo;
                  case "getHeader" -> named.get((String) args[0]);
                  case "getMethod" -> "GET";
                  default -> nothing(method);
                });
  }

  /** What the servlet answered. */
  static final class Response {
    int status = 200;
    final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String contentType;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final StringWriter text = new StringWriter();

    final HttpServletResponse servlet =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                FakeHttp.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> answer(method, args));

    String body() {
      return bytes.toString(StandardCharsets.UTF_8) + text;
    }

    private Object answer(Method method, Object[] args) {
      switch (method.getName()) {
        case "setStatus", "sendError" -> status = (Integer) args[0];
        case "getStatus" -> {
          return status;
        }
        case "setHeader", "addHeader" -> headers.put((String) args[0], (String) args[1]);
        case "setContentLengthLong" -> headers.put("Content-Length", args[0].toString());
        case "setContentType" -> contentType = (String) args[0];
        case "getContentType" -> {
          return contentType;
        }
        case "isCommitted" -> {
          return false;
        }
        case "reset" -> {
          status = 200;
          headers.clear();
          contentType = null;
          bytes.reset();
        }
        case "getWriter" -> {
          return new PrintWriter(text, true);
        }
        case "getOutputStream" -> {
          return new ServletOutputStream() {
            @Override
            public void write(int b) {
              bytes.write(b);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
          };
        }
        default -> {
          return nothing(method);
        }
      }
      return null;
    }
  }

  private static Object nothing(Method method) {
    Class<?> type = method.getReturnType();
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class || type == long.class) {
      return type == int.class ? (Object) 0 : (Object) 0L;
    }
    return null;
  }
}
