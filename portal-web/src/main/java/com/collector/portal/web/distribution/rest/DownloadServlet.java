package com.collector.portal.web.distribution.rest;

import com.collector.portal.web.problems.ServletProblems;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GET and HEAD of stored content: a failure before the first byte is answered as a problem, one
 * after it can only abort the response.
 */
abstract class DownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** What is served, for the log when it fails unexpectedly. */
  abstract String what();

  /** Answers the request; {@code body} is false for HEAD. */
  abstract void answer(HttpServletRequest request, HttpServletResponse response, boolean body)
      throws IOException;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, true);
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, false);
  }

  private void serve(HttpServletRequest request, HttpServletResponse response, boolean body)
      throws IOException {
    try {
      answer(request, response, body);
    } catch (RuntimeException failed) {
      if (response.isCommitted()) {
        throw failed; // the status went out with the first bytes: only aborting is left
      }
      response.reset();
      ServletProblems.send(failed, response, what());
    }
  }
}
