package org.zhongshu.people;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * A login was refused. Whatever the reason, the person trying sees the same message, so
 * that nobody learns from it whether an account exists, is locked or is disabled.
 */
class LoginRefusedException extends BadCredentialsException {

	static final String MESSAGE = "登录失败：用户名或密码不正确，或账户暂不可用。";

	private final boolean endsLogin;

	LoginRefusedException(boolean endsLogin) {
		super(MESSAGE);
		this.endsLogin = endsLogin;
	}

	/**
	 * @return whether a login in progress cannot go on (the account is locked or disabled
	 * now), rather than allowing another try
	 */
	boolean endsLogin() {
		return this.endsLogin;
	}

}
