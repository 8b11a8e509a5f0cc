package org.zhongshu.people;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.platform.NotFoundException;
import org.zhongshu.platform.RefusedException;

/**
 * What a person does to their own account: change the password, enrol or remove the
 * second factor.
 */
@Component
class Accounts {

	private final People people;

	private final Credentials credentials;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final SecondFactor secondFactor;

	private final LoginSecurityProperties settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Accounts(People people, Credentials credentials, PasswordEncoder passwords, PasswordPolicy policy,
			SecondFactor secondFactor, LoginSecurityProperties settings, Clock clock,
			ApplicationEventPublisher events) {
		this.people = people;
		this.credentials = credentials;
		this.passwords = passwords;
		this.policy = policy;
		this.secondFactor = secondFactor;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	Credential credentialOf(long personId) {
		return this.credentials.find(personId).orElseThrow(() -> new NotFoundException("账户不存在。"));
	}

	/**
	 * @param why why the password is changed, for the audit trail
	 * @throws PasswordRefusedException when the current password is wrong or the new one
	 * is not acceptable
	 */
	@Transactional
	void changePassword(long personId, String current, String next, String confirmation, String why) {
		Person person = this.people.findById(personId).orElseThrow(() -> new NotFoundException("账户不存在。"));
		Credential credential = credentialOf(personId);
		if (!this.passwords.matches(current, credential.passwordHash())) {
			throw new PasswordRefusedException(List.of("当前密码不正确。"));
		}
		if (!next.equals(confirmation)) {
			throw new PasswordRefusedException(List.of("两次输入的新密码不一致。"));
		}
		if (next.equals(current)) {
			throw new PasswordRefusedException(List.of("新密码不能与当前密码相同。"));
		}
		List<String> problems = this.policy.problems(next, person.loginName());
		if (!problems.isEmpty()) {
			throw new PasswordRefusedException(problems);
		}
		this.credentials.changePassword(personId, this.passwords.encode(next), this.clock.instant());
		this.events.publishEvent(new PasswordChanged(person.loginName(), why));
	}

	/**
	 * Enrols the second factor once the person has shown, with a code, that their app has
	 * the secret.
	 */
	@Transactional
	void enrolSecondFactor(long personId, String secret, String code) {
		Person person = this.people.findById(personId).orElseThrow(() -> new NotFoundException("账户不存在。"));
		OptionalLong step = this.secondFactor.matchingStep(secret, code);
		if (step.isEmpty()) {
			throw new RefusedException("动态口令不正确。请确认已用验证器应用扫描本页二维码，手机时间准确，再输入应用中显示的 6 位数字。");
		}
		this.credentials.enrolSecondFactor(personId, secret, step.getAsLong());
		this.events.publishEvent(new SecondFactorChanged(person.loginName(), true));
	}

	/**
	 * Removes the person's own second factor, where it is optional; the password confirms
	 * it is them.
	 */
	@Transactional
	void removeSecondFactor(long personId, String password) {
		Person person = this.people.findById(personId).orElseThrow(() -> new NotFoundException("账户不存在。"));
		if (this.settings.requiresSecondFactor(person)) {
			throw new RefusedException("您的账户必须使用动态口令，不能解除绑定。更换手机时请联系安全保密管理员重置。");
		}
		if (!this.passwords.matches(password, credentialOf(personId).passwordHash())) {
			throw new RefusedException("密码不正确，未解除绑定。");
		}
		this.credentials.removeSecondFactor(personId);
		this.events.publishEvent(new SecondFactorChanged(person.loginName(), false));
	}

	boolean requiresSecondFactor(long personId) {
		return this.people.findById(personId).map(this.settings::requiresSecondFactor).orElse(false);
	}

}
