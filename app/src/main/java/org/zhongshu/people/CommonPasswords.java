package org.zhongshu.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.nulabinc.zxcvbn.StandardDictionaries;
import org.passay.dictionary.Dictionary;

/**
 * The passwords attackers try first: zxcvbn's 30,000 most common passwords and a list of
 * those common among Chinese users. A password counts as common also when it is one of
 * these with letters capitalised, letters written as look-alike digits or symbols
 * (p@ssw0rd), or a few marks appended (password123!).
 */
final class CommonPasswords implements Dictionary {

	private final Set<String> words;

	private CommonPasswords(Set<String> words) {
		this.words = words;
	}

	static CommonPasswords load() {
		Set<String> words = new HashSet<>();
		try {
			words.addAll(StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies());
			try (InputStream in = CommonPasswords.class.getResourceAsStream("common-passwords-zh.txt")) {
				if (in == null) {
					throw new IllegalStateException("缺少常见密码表 common-passwords-zh.txt");
				}
				new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
					.map((line) -> line.toLowerCase(Locale.ROOT))
					.forEach(words::add);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new CommonPasswords(Set.copyOf(words));
	}

	@Override
	public boolean search(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		String withoutTrailingMarks = lower.replaceFirst("[^\\p{L}\\p{N}]+$", "");
		return this.words.contains(lower) || this.words.contains(withoutTrailingMarks)
				|| this.words.contains(unleet(lower)) || this.words.contains(unleet(withoutTrailingMarks))
				|| this.words.contains(withoutTrailingMarks.replaceFirst("\\d+$", ""));
	}

	@Override
	public long size() {
		return this.words.size();
	}

	private static String unleet(String password) {
		StringBuilder plain = new StringBuilder(password.length());
		for (char c : password.toCharArray()) {
			plain.append(switch (c) {
				case '@', '4' -> 'a';
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '$', '5' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return plain.toString();
	}

}
