package org.zhongshu.people;

import java.io.Serial;
import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal of a login that is not complete yet: the password was right, but a step
 * remains.
 *
 * @param personId who is logging in
 * @param loginName their login name
 * @param fullName their name, to greet them on the step's page
 * @param step what remains to do
 * @param secondFactorVerified whether the second factor was verified in this login
 * already
 */
record PendingLogin(long personId, String loginName, String fullName, LoginStep step,
		boolean secondFactorVerified) implements AuthenticatedPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public String getName() {
		return this.loginName;
	}

}
