package org.zhongshu.people;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once the login is older than the absolute limit (12 hours by
 * default), however active it was. The idle limit (30 minutes) is the session store's
 * own.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Duration limit;

	private final Sessions sessions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SessionLifetimeFilter(Duration limit, Sessions sessions, Clock clock, ApplicationEventPublisher events) {
		this.limit = limit;
		this.sessions = sessions;
		this.clock = clock;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && this.sessions.loginStartedAt(session)
			.map((started) -> started.plus(this.limit).isBefore(this.clock.instant()))
			.orElse(false)) {

			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null) {
				this.events.publishEvent(new LoggedOut(authentication.getName(), "会话超过最长时限，已自动结束"));
			}
			SecurityContextHolder.clearContext();
			session.invalidate();
			if (SecurityConfiguration.API.matches(request)) {
				Problems.write(response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "登录已超过最长时限，请重新登录。");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?expired");
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
