package org.zhongshu.platform;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The person signed in, as every module sees them: the principal of a completed login.
 * Kept in the session, so it holds only what does not change while signed in; a change to
 * a person's roles or clearance ends their sessions.
 *
 * @param id the person's id
 * @param loginName what they sign in with
 * @param fullName their name
 * @param unitName the unit they belong to
 * @param title their 职务, may be empty
 * @param clearance how far they are cleared to read
 * @param roles the names of the roles they hold
 */
public record CurrentUser(long id, String loginName, String fullName, String unitName, String title,
		Classification clearance, Set<String> roles) implements AuthenticatedPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	/**
	 * @return the login name, which identifies the person to Spring Security and in the
	 * session store
	 */
	@Override
	public String getName() {
		return this.loginName;
	}

	/**
	 * @param role the name of a role
	 * @return whether this person holds it
	 */
	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

}
