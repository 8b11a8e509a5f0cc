package org.zhongshu.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Login sessions, kept in PostgreSQL (Spring Session JDBC) so that every app node sees
 * the same ones: moving a login to its next step, and ending every session of a person.
 */
@Component
class Sessions {

	private static final String LOGIN_STARTED = Sessions.class.getName() + ".loginStarted";

	private final FindByIndexNameSessionRepository<?> store;

	private final SecurityContextRepository contexts;

	private final RequestCache requestCache;

	private final Clock clock;

	Sessions(FindByIndexNameSessionRepository<?> store, SecurityContextRepository contexts, RequestCache requestCache,
			Clock clock) {
		this.store = store;
		this.contexts = contexts;
		this.requestCache = requestCache;
		this.clock = clock;
	}

	/**
	 * Puts the outcome of a login step into the session. A completed login gets a new
	 * session id, as the password step did.
	 * @return where the browser goes next: the pending step's page, or the page asked for
	 * before the login
	 */
	String advance(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession();
		if (session.getAttribute(LOGIN_STARTED) == null) {
			session.setAttribute(LOGIN_STARTED, this.clock.instant());
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();

		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		if (authentication.getPrincipal() instanceof PendingLogin pending) {
			this.contexts.saveContext(context, request, response);
			return pending.step().page();
		}
		request.changeSessionId();
		this.contexts.saveContext(context, request, response);
		SavedRequest saved = this.requestCache.getRequest(request, response);
		this.requestCache.removeRequest(request, response);
		return (saved != null) ? saved.getRedirectUrl() : "/";
	}

	/**
	 * @return when the login that owns this session began, by the office's clock; empty
	 * for a session nobody signed in to
	 */
	Optional<Instant> loginStartedAt(HttpSession session) {
		return (session.getAttribute(LOGIN_STARTED) instanceof Instant started) ? Optional.of(started)
				: Optional.empty();
	}

	/**
	 * Ends the current session, for a login that cannot go on.
	 */
	void end(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	/**
	 * Ends every session of a person, on every node: when they are disabled, their
	 * password is reset or their roles change.
	 */
	void endAllOf(String loginName) {
		this.store.findByPrincipalName(loginName).keySet().forEach(this.store::deleteById);
	}

}
