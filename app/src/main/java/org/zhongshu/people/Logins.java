package org.zhongshu.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.zhongshu.platform.ZhongshuProperties;

/**
 * The login: password, lockout, and the steps that may follow (second factor, a forced
 * password change, enrolling a second factor). Each step ends in either another pending
 * step or the completed login with the person's roles.
 */
@Component
class Logins {

	private final People people;

	private final Units units;

	private final Credentials credentials;

	private final PasswordEncoder passwords;

	private final SecondFactor secondFactor;

	private final LoginSecurityProperties settings;

	private final boolean demo;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	/**
	 * Compared against when there is no real hash, so that an unknown account takes as
	 * long as a known one.
	 */
	private final String decoyHash;

	Logins(People people, Units units, Credentials credentials, PasswordEncoder passwords, SecondFactor secondFactor,
			LoginSecurityProperties settings, ZhongshuProperties zhongshu, Clock clock,
			ApplicationEventPublisher events) {
		this.people = people;
		this.units = units;
		this.credentials = credentials;
		this.passwords = passwords;
		this.secondFactor = secondFactor;
		this.settings = settings;
		this.demo = zhongshu.demo();
		this.clock = clock;
		this.events = events;
		this.decoyHash = passwords.encode(UUID.randomUUID().toString());
	}

	/**
	 * Checks a password.
	 * @return the completed login, or the pending step that follows
	 * @throws LoginRefusedException whatever was wrong
	 */
	Authentication withPassword(String typedName, String password, String clientIp) {
		Instant now = this.clock.instant();
		String loginName = typedName.strip().toLowerCase(Locale.ROOT);
		Optional<Person> found = LoginName.isValid(loginName) ? this.people.findByLoginName(loginName)
				: Optional.empty();
		Optional<Credential> credential = found.flatMap((person) -> this.credentials.find(person.id()));
		if (found.isEmpty() || credential.isEmpty()) {
			this.passwords.matches(password, this.decoyHash);
			throw refuse(typedName, LoginFailed.Reason.UNKNOWN_ACCOUNT);
		}
		Person person = found.get();
		if (credential.get().isLockedAt(now)) {
			this.passwords.matches(password, this.decoyHash);
			throw refuse(loginName, LoginFailed.Reason.ACCOUNT_LOCKED);
		}
		if (!this.passwords.matches(password, credential.get().passwordHash())) {
			throw countFailure(person, LoginFailed.Reason.WRONG_PASSWORD, now);
		}
		if (!person.isActive()) {
			throw refuse(loginName, LoginFailed.Reason.ACCOUNT_DISABLED);
		}
		if (person.isDemo() && !this.demo) {
			throw refuse(loginName, LoginFailed.Reason.DEMO_ACCOUNT);
		}
		return next(person, credential.get(), false, clientIp);
	}

	/**
	 * Checks the code of the person's authenticator app.
	 * @throws LoginRefusedException when the code is wrong or was used already, or the
	 * account is no longer usable
	 */
	Authentication withSecondFactor(PendingLogin pending, String code, String clientIp) {
		Instant now = this.clock.instant();
		Person person = usablePerson(pending, now);
		Credential credential = this.credentials.find(person.id()).orElseThrow();
		String secret = credential.totpSecret();
		OptionalLong step = (secret != null) ? this.secondFactor.matchingStep(secret, code) : OptionalLong.empty();
		if (step.isEmpty() || !this.credentials.useSecondFactorStep(person.id(), step.getAsLong())) {
			throw countFailure(person, LoginFailed.Reason.WRONG_SECOND_FACTOR, now);
		}
		return next(person, credential, true, clientIp);
	}

	/**
	 * Continues a login after a step that changed the person's credential (a new
	 * password, an enrolled second factor).
	 */
	Authentication continueAfter(PendingLogin pending, boolean secondFactorVerified, String clientIp) {
		Person person = usablePerson(pending, this.clock.instant());
		Credential credential = this.credentials.find(person.id()).orElseThrow();
		return next(person, credential, secondFactorVerified, clientIp);
	}

	private Person usablePerson(PendingLogin pending, Instant now) {
		Person person = this.people.findById(pending.personId())
			.filter(Person::isActive)
			.orElseThrow(() -> refuse(pending.loginName(), LoginFailed.Reason.ACCOUNT_DISABLED));
		if (this.credentials.find(person.id()).map((credential) -> credential.isLockedAt(now)).orElse(true)) {
			throw refuse(pending.loginName(), LoginFailed.Reason.ACCOUNT_LOCKED);
		}
		return person;
	}

	private Authentication next(Person person, Credential credential, boolean secondFactorVerified, String clientIp) {
		Optional<LoginStep> step = pendingStep(person, credential, secondFactorVerified);
		if (step.isPresent()) {
			PendingLogin pending = new PendingLogin(person.id(), person.loginName(), person.name(), step.get(),
					secondFactorVerified);
			return UsernamePasswordAuthenticationToken.authenticated(pending, null,
					List.of(new SimpleGrantedAuthority(step.get().authority())));
		}
		this.credentials.registerSuccess(person.id(), this.clock.instant(), clientIp);
		this.events.publishEvent(new LoginSucceeded(person.loginName(), secondFactorVerified));
		String unitName = this.units.findById(person.unitId()).map(Unit::name).orElse("");
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(LoginStep.SIGNED_IN));
		person.roles().forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		return UsernamePasswordAuthenticationToken.authenticated(person.asCurrentUser(unitName), null, authorities);
	}

	private Optional<LoginStep> pendingStep(Person person, Credential credential, boolean secondFactorVerified) {
		if (credential.hasSecondFactor() && !secondFactorVerified) {
			return Optional.of(LoginStep.VERIFY_SECOND_FACTOR);
		}
		if (person.isDemo()) {
			return Optional.empty();
		}
		if (credential.mustChangePassword()
				|| credential.passwordExpiredAt(this.clock.instant(), this.settings.passwordMaximumAge())) {
			return Optional.of(LoginStep.CHANGE_PASSWORD);
		}
		if (!credential.hasSecondFactor() && this.settings.requiresSecondFactor(person)) {
			return Optional.of(LoginStep.ENROL_SECOND_FACTOR);
		}
		return Optional.empty();
	}

	private LoginRefusedException countFailure(Person person, LoginFailed.Reason reason, Instant now) {
		Optional<Instant> lock = this.credentials.registerFailure(person.id(), now,
				this.settings.maximumFailedAttempts(), this.settings.lockDuration());
		this.events.publishEvent(new LoginFailed(person.loginName(), reason));
		lock.ifPresent((until) -> this.events.publishEvent(new AccountLocked(person.loginName(), until)));
		return new LoginRefusedException(lock.isPresent());
	}

	private LoginRefusedException refuse(String attemptedName, LoginFailed.Reason reason) {
		this.events.publishEvent(new LoginFailed(attemptedName, reason));
		return new LoginRefusedException(true);
	}

}
