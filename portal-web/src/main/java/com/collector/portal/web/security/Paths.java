package com.collector.portal.web.security;

import java.util.Set;

/** Which paths need which kind of authentication. */
final class Paths {

  static final String SIGN_IN = "/login.xhtml";
  static final String CHANGE_PASSWORD = "/change-password.xhtml";
  static final String ACCEPT_INVITATION = "/accept-invitation.xhtml";
  static final String RESET_PASSWORD = "/reset-password.xhtml";
  static final String TWO_STEP = "/two-step.xhtml";
  private static final Set<String> PUBLIC_API =
      Set.of(
          "/api/v1/auth/token",
          "/api/v1/auth/refresh",
          "/api/v1/auth/revoke",
          "/api/v1/auth/password",
          "/api/v1/invitations/accept",
          "/api/v1/auth/password-reset",
          "/api/v1/auth/password-reset/confirm",
          "/api/v1/auth/second-factor/enrolment",
          "/api/v1/auth/second-factor/enrolment/confirmation",
          "/api/collector/v1/enroll",
          "/api/collector/v1/token",
          "/api/collector/v1/keys",
          "/api/v1/configuration-schema");

  private Paths() {}

  static boolean isApi(String path) {
    return path.startsWith("/api/");
  }

  static boolean isPublicApi(String path) {
    return PUBLIC_API.contains(path) || path.startsWith("/api/openapi");
  }

  /** Pages need a session; the sign-in page, Faces resources and well-known files do not. */
  static boolean isProtectedPage(String path) {
    return (path.equals("/") || path.endsWith(".xhtml"))
        && !path.equals(SIGN_IN)
        && !path.equals(ACCEPT_INVITATION)
        && !path.equals(RESET_PASSWORD);
  }

  /** Pages (other than the password change) stay closed until an initial password is changed. */
  static boolean needsChangedPassword(String path) {
    return isProtectedPage(path) && !path.equals(CHANGE_PASSWORD);
  }

  /** Where two-step sign-in is required, pages stay closed until it is set up. */
  static boolean needsTwoStep(String path) {
    return isProtectedPage(path) && !path.equals(TWO_STEP);
  }
}
