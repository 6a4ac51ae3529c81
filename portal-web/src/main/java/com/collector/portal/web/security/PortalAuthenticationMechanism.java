package com.collector.portal.web.security;

import com.collector.portal.identity.boundary.ApiTokens;
import com.collector.portal.identity.boundary.Sessions;
import com.collector.portal.identity.boundary.SignIn;
import com.collector.portal.identity.boundary.SignInStep;
import com.collector.portal.identity.boundary.SignedInUser;
import com.collector.portal.identity.control.AccessTokenClaims;
import com.collector.portal.identity.control.ApiTokenKeys;
import com.collector.portal.identity.entity.Right;
import com.collector.portal.platform.boundary.PortalException;
import com.collector.portal.platform.boundary.UnauthenticatedException;
import com.collector.portal.tenancy.control.CurrentScope;
import com.collector.portal.tenancy.control.VerifiedCaller;
import com.collector.portal.web.problems.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The portal's one authentication mechanism. API calls carry an RS256 bearer token (the claims
 * MicroProfile JWT defines, verified against the published key); pages use a server session opened
 * by the sign-in form. Sessions never authenticate API calls, so the API needs no CSRF defence.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String USER = "portal.user";
  static final String GROUPS = "portal.groups";
  static final String MUST_CHANGE_PASSWORD = "portal.mustChangePassword";
  static final String MUST_SET_UP_TWO_STEP = "portal.mustSetUpTwoStep";
  static final String PENDING_CODE = "portal.pendingCode";

  /** How long the code step of a sign-in waits after the password step. */
  static final Duration CODE_STEP_WINDOW = Duration.ofMinutes(5);

  /** Request attribute set when the password was right and the authenticator code comes next. */
  public static final String CODE_REQUIRED = "portal.codeRequired";

  static final String SIGNED_IN_AT = "portal.signedInAt";

  /** Request attribute holding the {@link PortalException} of a refused form sign-in. */
  public static final String FAILURE = "portal.signInFailure";

  @Inject ApiTokenKeys keys;
  @Inject SignIn signIn;
  @Inject ApiTokens apiTokens;
  @Inject Sessions sessions;
  @Inject Clock clock;
  @Inject VerifiedCaller verifiedCaller;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(authorization.substring(7).trim(), response, context);
    }
    if (context.isAuthenticationRequest()) {
      if (context.getAuthParameters().getCredential()
          instanceof UsernamePasswordCredential credential) {
        return passwordSignIn(request, context, credential);
      }
      if (context.getAuthParameters().getCredential() instanceof CodeCredential credential) {
        return codeSignIn(request, context, credential);
      }
    }
    if (Paths.isApi(path)) {
      return Paths.isPublicApi(path)
          ? context.doNothing()
          : refuse(response, context, "A bearer token is required");
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(USER) != null && !sessionGoesOn(session)) {
      // A forced password reset ended this session: sign out, as after a time-out.
      session.invalidate();
      session = null;
    }
    if (session != null && session.getAttribute(USER) != null) {
      if (Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD))
          && Paths.needsChangedPassword(path)) {
        return context.redirect(request.getContextPath() + Paths.CHANGE_PASSWORD);
      }
      if (Boolean.TRUE.equals(session.getAttribute(MUST_SET_UP_TWO_STEP))
          && Paths.needsTwoStep(path)) {
        return context.redirect(request.getContextPath() + Paths.TWO_STEP);
      }
      @SuppressWarnings("unchecked")
      Set<String> groups = (Set<String>) session.getAttribute(GROUPS);
      return context.notifyContainerAboutLogin(
          new CallerPrincipal((String) session.getAttribute(USER)), groups);
    }
    if (Paths.isProtectedPage(path)) {
      return context.redirect(request.getContextPath() + Paths.SIGN_IN);
    }
    return context.doNothing();
  }

  /** After the user changed their initial password, pages open up. */
  public static void passwordChanged(HttpSession session) {
    session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.FALSE);
  }

  /** Whether the session's password step was accepted and its code may still follow. */
  public static boolean awaitsCode(HttpSession session) {
    return session != null
        && session.getAttribute(PENDING_CODE) instanceof PendingCode pending
        && pending.expiresAtMillis() >= System.currentTimeMillis();
  }

  public static void forgetPendingCode(HttpSession session) {
    if (session != null) {
      session.removeAttribute(PENDING_CODE);
    }
  }

  /** After the user set up a required two-step sign-in, pages open up. */
  public static void twoStepSetUp(HttpSession session) {
    session.setAttribute(MUST_SET_UP_TWO_STEP, Boolean.FALSE);
  }

  private boolean sessionGoesOn(HttpSession session) {
    Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
    return sessions.isCurrent(
        Long.parseLong((String) session.getAttribute(USER)),
        signedInAt == null ? Instant.EPOCH : signedInAt);
  }

  private AuthenticationStatus bearer(
      String token, HttpServletResponse response, HttpMessageContext context) {
    if (token.startsWith(ApiTokens.PREFIX)) {
      Optional<Long> apiToken = apiTokens.authenticate(token);
      if (apiToken.isEmpty()) {
        return refuse(response, context, "The API token is invalid, expired or revoked");
      }
      // Rights are resolved per request from the token and its owner (CurrentScope).
      return context.notifyContainerAboutLogin(
          new CallerPrincipal(CurrentScope.TOKEN_PRINCIPAL + apiToken.get()), Set.of());
    }
    Optional<AccessTokenClaims> claims = keys.verify(token);
    if (claims.isEmpty()) {
      return refuse(response, context, "The access token is invalid or expired");
    }
    if (claims.get().subject().startsWith(CurrentScope.INSTALLATION_PRINCIPAL)) {
      // An installation has no password, sessions nor roles: no container sign-in (see
      // VerifiedCaller). Whether it is still active with the credential named in the upn is
      // checked where its scope is resolved.
      verifiedCaller.set(claims.get().email());
      return context.doNothing();
    }
    if (!sessions.isCurrent(userId(claims.get()), claims.get().issuedAt())) {
      return refuse(response, context, "The access token was issued before a password reset");
    }
    String caller =
        claims.get().customerId() == null
            ? claims.get().subject()
            : claims.get().subject() + CurrentScope.COLLECTOR_SEPARATOR + claims.get().customerId();
    return context.notifyContainerAboutLogin(new CallerPrincipal(caller), claims.get().groups());
  }

  private AuthenticationStatus passwordSignIn(
      HttpServletRequest request,
      HttpMessageContext context,
      UsernamePasswordCredential credential) {
    SignedInUser user;
    try {
      user =
          signIn.withPassword(
              credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
    } catch (PortalException refused) {
      request.setAttribute(FAILURE, refused);
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (user.next() == SignInStep.CODE_REQUIRED) {
      // Half signed in: the session remembers whose code may come next, for a few minutes, and
      // whoever was signed in on it before is signed out.
      HttpSession session = newSession(request);
      session.removeAttribute(USER);
      session.removeAttribute(GROUPS);
      session.setAttribute(
          PENDING_CODE,
          new PendingCode(user.id(), Instant.now().plus(CODE_STEP_WINDOW).toEpochMilli()));
      request.setAttribute(CODE_REQUIRED, Boolean.TRUE);
      return AuthenticationStatus.SEND_FAILURE;
    }
    return establish(request, context, user);
  }

  private AuthenticationStatus codeSignIn(
      HttpServletRequest request, HttpMessageContext context, CodeCredential credential) {
    HttpSession session = request.getSession(false);
    if (!awaitsCode(session)) {
      request.setAttribute(
          FAILURE,
          new UnauthenticatedException("error.signInAgain", "Sign in again with your password"));
      return AuthenticationStatus.SEND_FAILURE;
    }
    SignedInUser user;
    try {
      PendingCode pending = (PendingCode) session.getAttribute(PENDING_CODE);
      user = signIn.withCode(pending.userId(), credential.code(), request.getRemoteAddr());
    } catch (PortalException refused) {
      request.setAttribute(FAILURE, refused);
      request.setAttribute(CODE_REQUIRED, Boolean.TRUE);
      return AuthenticationStatus.SEND_FAILURE;
    }
    session.removeAttribute(PENDING_CODE);
    return establish(request, context, user);
  }

  private AuthenticationStatus establish(
      HttpServletRequest request, HttpMessageContext context, SignedInUser user) {
    HttpSession session = newSession(request);
    Set<String> groups =
        user.rights().stream().map(Right::name).collect(Collectors.toCollection(HashSet::new));
    session.setAttribute(USER, Long.toString(user.id()));
    session.setAttribute(GROUPS, groups);
    session.setAttribute(MUST_CHANGE_PASSWORD, user.mustChangePassword());
    session.setAttribute(MUST_SET_UP_TWO_STEP, user.next() == SignInStep.ENROLMENT_REQUIRED);
    session.setAttribute(SIGNED_IN_AT, clock.instant());
    return context.notifyContainerAboutLogin(new CallerPrincipal(Long.toString(user.id())), groups);
  }

  /** No session fixation: a new id at every step of a sign-in. */
  private static HttpSession newSession(HttpServletRequest request) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    return request.getSession(true);
  }

  private static long userId(AccessTokenClaims claims) {
    try {
      return Long.parseLong(claims.subject());
    } catch (NumberFormatException notOurs) {
      return -1;
    }
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response, HttpMessageContext context, String detail) {
    try {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Bearer");
      response.setCharacterEncoding("UTF-8");
      response.setContentType(Problem.MEDIA_TYPE);
      response
          .getWriter()
          .write(
              new Problem("unauthenticated", "Authentication required", 401, detail, null)
                  .toJson());
      // Committing the answer keeps the container from replacing it with an HTML error page.
      response.flushBuffer();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot answer the refused request", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The user whose password was accepted, until when their code may follow. */
  record PendingCode(long userId, long expiresAtMillis) implements Serializable {}
}
