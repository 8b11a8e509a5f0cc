package org.zhongshu.people;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Pages and the API need a completed login; a login with a step
 * pending reaches only that step's page. Each module guards its own pages by role
 * ({@code @PreAuthorize}); this chain adds form login, CSRF on every unsafe request, the
 * security headers, session limits and the answers to refused requests.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String[] STATIC_RESOURCES = { "/static/**", "/webjars/**", "/favicon.ico" };

	static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	/**
	 * Styles, scripts and images: public, and served without touching the session, so
	 * that the many parallel requests of one page never race to write it.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain staticResources(HttpSecurity http) throws Exception {
		http.securityMatcher(STATIC_RESOURCES)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(new NullSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, Sessions sessions, SecurityContextRepository contexts,
			RequestCache requestCache, LoginSecurityProperties settings, Clock clock, ApplicationEventPublisher events)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/error", "/actuator/health")
			.permitAll()
			.requestMatchers(LoginStep.VERIFY_SECOND_FACTOR.page())
			.hasAuthority(LoginStep.VERIFY_SECOND_FACTOR.authority())
			.requestMatchers(LoginStep.CHANGE_PASSWORD.page())
			.hasAnyAuthority(LoginStep.CHANGE_PASSWORD.authority(), LoginStep.SIGNED_IN)
			.requestMatchers(LoginStep.ENROL_SECOND_FACTOR.page(), LoginStep.ENROL_SECOND_FACTOR.page() + "/**")
			.hasAnyAuthority(LoginStep.ENROL_SECOND_FACTOR.authority(), LoginStep.SIGNED_IN)
			.anyRequest()
			.hasAuthority(LoginStep.SIGNED_IN));
		http.formLogin((form) -> form.loginPage("/login").successHandler(advance(sessions)).failureUrl("/login?error"));
		http.logout((logout) -> logout.logoutUrl("/logout").addLogoutHandler((request, response, authentication) -> {
			if (authentication != null) {
				events.publishEvent(new LoggedOut(authentication.getName(), "主动退出"));
			}
		}).logoutSuccessUrl("/login?logout"));
		http.securityContext((context) -> context.securityContextRepository(contexts));
		http.requestCache((cache) -> cache.requestCache(requestCache));
		http.sessionManagement((session) -> session.invalidSessionStrategy((request, response) -> {
			if (API.matches(request)) {
				Problems.write(response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "会话已过期，请重新登录。");
				return;
			}
			request.getSession();
			response.sendRedirect(request.getContextPath() + "/login?expired");
		}));
		http.addFilterAfter(new SessionLifetimeFilter(settings.sessionAbsoluteTimeout(), sessions, clock, events),
				SecurityContextHolderFilter.class);
		LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
			if (API.matches(request)) {
				Problems.write(response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "未登录或登录已过期，请先登录。");
			}
			else {
				loginPage.commence(request, response, ex);
			}
		}).accessDeniedHandler((request, response, ex) -> refuse(request, response, ex, events)));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frames) -> frames.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * The one way to sign in. Being a bean, it also keeps Spring Boot from creating its
	 * default user.
	 */
	@Bean
	PasswordLogin passwordLogin(Logins logins) {
		return new PasswordLogin(logins);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	RequestCache requestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	private static AuthenticationSuccessHandler advance(Sessions sessions) {
		return (request, response, authentication) -> response
			.sendRedirect(request.getContextPath() + sessions.advance(authentication, request, response));
	}

	/**
	 * A login with a pending step is sent to that step; anything else refused is recorded
	 * for the auditor.
	 */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex,
			ApplicationEventPublisher events) throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PendingLogin pending
				&& !(ex instanceof CsrfException)) {
			response.sendRedirect(request.getContextPath() + pending.step().page());
			return;
		}
		String who = (authentication != null) ? authentication.getName() : "";
		events.publishEvent(new AccessRefused(who, request.getMethod(), request.getRequestURI()));
		String message = (ex instanceof CsrfException) ? "页面已过期或请求缺少安全令牌（CSRF），请刷新页面后重试。" : "您的角色无权进行此操作。";
		if (API.matches(request)) {
			Problems.write(response, HttpStatus.FORBIDDEN, "无权访问", message);
		}
		else {
			request.setAttribute("refusal", message);
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

}
