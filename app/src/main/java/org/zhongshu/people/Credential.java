package org.zhongshu.people;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A person's password and login state, as read from {@link Credentials}.
 *
 * @param personId whose it is
 * @param passwordHash the salted slow hash of the password
 * @param passwordChangedAt when the password was last set
 * @param mustChangePassword whether the next login must set a new password (first login,
 * reset)
 * @param failedAttempts wrong passwords or codes since the last successful login
 * @param lockedUntil until when the account is locked, if it is
 * @param totpSecret the second factor's shared secret, if enrolled
 * @param previousLoginAt when the login before the current one happened
 * @param previousLoginIp where it came from
 */
record Credential(long personId, String passwordHash, Instant passwordChangedAt, boolean mustChangePassword,
		int failedAttempts, @Nullable Instant lockedUntil, @Nullable String totpSecret,
		@Nullable Instant previousLoginAt, @Nullable String previousLoginIp) {

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public boolean hasSecondFactor() {
		return this.totpSecret != null;
	}

	boolean passwordExpiredAt(Instant now, Duration maximumAge) {
		return !this.passwordChangedAt.plus(maximumAge).isAfter(now);
	}

	/**
	 * @return days until the password expires, negative once it has
	 */
	long daysUntilPasswordExpires(Instant now, Duration maximumAge) {
		return Duration.between(now, this.passwordChangedAt.plus(maximumAge)).toDays();
	}

}
