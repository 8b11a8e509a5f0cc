package org.zhongshu.people;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted longer than the absolute limit (12 hours by default),
 * however active it was. The idle limit (30 minutes) is the session store's own.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private static final String STARTED = SessionLifetimeFilter.class.getName() + ".started";

	private final Duration limit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SessionLifetimeFilter(Duration limit, Clock clock, ApplicationEventPublisher events) {
		this.limit = limit;
		this.clock = clock;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && startOf(session).plus(this.limit).isBefore(this.clock.instant())) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null) {
				this.events.publishEvent(new LoggedOut(authentication.getName(), "会话超过最长时限，已自动结束"));
			}
			SecurityContextHolder.clearContext();
			session.invalidate();
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?expired");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * @return when the session began, by the office's clock (noted in the session the
	 * first time it is seen)
	 */
	private Instant startOf(HttpSession session) {
		if (session.getAttribute(STARTED) instanceof Instant started) {
			return started;
		}
		Instant now = this.clock.instant();
		session.setAttribute(STARTED, now);
		return now;
	}

}
