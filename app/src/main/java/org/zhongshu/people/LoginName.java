package org.zhongshu.people;

import java.util.Locale;
import java.util.regex.Pattern;

import org.zhongshu.platform.RefusedException;

/**
 * What a person signs in with: 3 to 32 lower-case letters, digits, dots, hyphens or
 * underscores, starting with a letter. Stored and compared in lower case.
 *
 * @param value the login name
 */
record LoginName(String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

	LoginName {
		value = value.strip().toLowerCase(Locale.ROOT);
		if (!FORMAT.matcher(value).matches()) {
			throw new RefusedException("登录名须为 3～32 位小写字母、数字、点、连字符或下划线，并以字母开头。");
		}
	}

	static boolean isValid(String value) {
		return FORMAT.matcher(value.strip().toLowerCase(Locale.ROOT)).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
