package org.zhongshu.people;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login security settings ({@code zhongshu.security.*}), with the defaults 等保 2.0 level 3
 * reviews expect.
 *
 * @param maximumFailedAttempts wrong passwords or codes in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param passwordMaximumAge after how long a password must be changed
 * @param sessionAbsoluteTimeout how long a session may last however active it is
 * @param secondFactorForEveryone whether every person must use a second factor, not only
 * the administrators
 */
@ConfigurationProperties("zhongshu.security")
record LoginSecurityProperties(@DefaultValue("5") int maximumFailedAttempts, @DefaultValue("30m") Duration lockDuration,
		@DefaultValue("90d") Duration passwordMaximumAge, @DefaultValue("12h") Duration sessionAbsoluteTimeout,
		boolean secondFactorForEveryone) {

	/**
	 * @return whether the person may not work without a second factor: the three
	 * administrators always, everyone when so configured
	 */
	boolean requiresSecondFactor(Person person) {
		return person.isAdministrator() || this.secondFactorForEveryone;
	}

}
