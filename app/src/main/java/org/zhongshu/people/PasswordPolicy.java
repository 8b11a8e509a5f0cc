package org.zhongshu.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.passay.CharacterCharacteristicsRule;
import org.passay.CharacterData;
import org.passay.CharacterRule;
import org.passay.DictionaryRule;
import org.passay.EnglishCharacterData;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordGenerator;
import org.passay.PasswordValidator;
import org.passay.PropertiesMessageResolver;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.WhitespaceRule;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable (等保 2.0 level 3): at least 8 characters, at least
 * three of upper-case letters, lower-case letters, digits and symbols, not containing the
 * login name, and not one of the common passwords.
 */
@Component
class PasswordPolicy {

	static final int MINIMUM_LENGTH = 8;

	private static final int MAXIMUM_LENGTH = 64;

	private static final List<CharacterRule> TEMPORARY_PASSWORD_CHARACTERS = List.of(
			new CharacterRule(characters("INSUFFICIENT_UPPERCASE", "ABCDEFGHJKLMNPQRSTUVWXYZ"), 3),
			new CharacterRule(characters("INSUFFICIENT_LOWERCASE", "abcdefghijkmnpqrstuvwxyz"), 3),
			new CharacterRule(characters("INSUFFICIENT_DIGIT", "23456789"), 3),
			new CharacterRule(characters("INSUFFICIENT_SPECIAL", "@#%+=?"), 1));

	private final PasswordValidator validator;

	private final PasswordGenerator generator = new PasswordGenerator();

	PasswordPolicy() {
		CharacterCharacteristicsRule characteristics = new CharacterCharacteristicsRule(3,
				new CharacterRule(EnglishCharacterData.UpperCase), new CharacterRule(EnglishCharacterData.LowerCase),
				new CharacterRule(EnglishCharacterData.Digit), new CharacterRule(EnglishCharacterData.Special));
		characteristics.setReportRuleFailures(false);
		this.validator = new PasswordValidator(new PropertiesMessageResolver(messages()),
				List.of(new LengthRule(MINIMUM_LENGTH, MAXIMUM_LENGTH), new WhitespaceRule(), characteristics,
						new UsernameRule(true, true), new DictionaryRule(CommonPasswords.load())));
	}

	/**
	 * @param password a password someone wants to use
	 * @param loginName the login name it is for
	 * @return what is wrong with it, in Chinese; empty when it is acceptable
	 */
	List<String> problems(String password, String loginName) {
		RuleResult result = this.validator.validate(new PasswordData(loginName, password));
		return result.isValid() ? List.of() : this.validator.getMessages(result).stream().distinct().toList();
	}

	/**
	 * @param loginName the login name it is for
	 * @return a random password that meets the policy, for an administrator to hand out
	 * once
	 */
	String temporaryPassword(String loginName) {
		String password;
		do {
			password = this.generator.generatePassword(12, TEMPORARY_PASSWORD_CHARACTERS);
		}
		while (!problems(password, loginName).isEmpty());
		return password;
	}

	private static Properties messages() {
		Properties messages = new Properties();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("password-messages.properties")) {
			if (in == null) {
				throw new IllegalStateException("缺少密码规则提示 password-messages.properties");
			}
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return messages;
	}

	private static CharacterData characters(String errorCode, String characters) {
		return new CharacterData() {

			@Override
			public String getErrorCode() {
				return errorCode;
			}

			@Override
			public String getCharacters() {
				return characters;
			}

		};
	}

}
