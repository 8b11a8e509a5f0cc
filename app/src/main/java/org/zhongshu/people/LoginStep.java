package org.zhongshu.people;

/**
 * What a person must still do after their password was accepted before they are signed
 * in. Until then they hold only the step's authority, which opens the step's page and
 * nothing else.
 */
enum LoginStep {

	/** Type the code of the enrolled authenticator app. */
	VERIFY_SECOND_FACTOR("/login/second-factor"),

	/**
	 * Set a new password: first login, a password reset by an administrator, or an
	 * expired password.
	 */
	CHANGE_PASSWORD("/account/password"),

	/**
	 * Enrol an authenticator app: required for the administrators, or for everyone by
	 * configuration.
	 */
	ENROL_SECOND_FACTOR("/account/second-factor");

	/** Held by everyone who completed the login. */
	static final String SIGNED_IN = "SIGNED_IN";

	private final String page;

	LoginStep(String page) {
		this.page = page;
	}

	String page() {
		return this.page;
	}

	String authority() {
		return "PENDING_" + name();
	}

}
