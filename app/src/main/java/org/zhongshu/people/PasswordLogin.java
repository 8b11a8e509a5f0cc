package org.zhongshu.people;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Plugs the password step of {@link Logins} into Spring Security's form login.
 */
class PasswordLogin implements AuthenticationProvider {

	private final Logins logins;

	PasswordLogin(Logins logins) {
		this.logins = logins;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String clientIp = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "";
		Object credentials = authentication.getCredentials();
		return this.logins.withPassword(authentication.getName(), (credentials != null) ? credentials.toString() : "",
				clientIp);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
