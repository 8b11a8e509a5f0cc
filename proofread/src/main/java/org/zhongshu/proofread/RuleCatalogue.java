package org.zhongshu.proofread;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule the proofreader has, read from {@code rules.tsv}: its id, category,
 * severity, the norm it comes from, its message, and a wrong and a right example (which
 * the tests check and the rule documentation shows).
 */
final class RuleCatalogue {

	private static final RuleCatalogue INSTANCE = load();

	private final Map<String, Definition> rules;

	private RuleCatalogue(Map<String, Definition> rules) {
		this.rules = rules;
	}

	static RuleCatalogue get() {
		return INSTANCE;
	}

	Definition rule(String id) {
		Definition rule = this.rules.get(id);
		if (rule == null) {
			throw new IllegalStateException("规则目录中没有 " + id);
		}
		return rule;
	}

	List<Definition> all() {
		return List.copyOf(this.rules.values());
	}

	private static RuleCatalogue load() {
		Map<String, Definition> rules = new LinkedHashMap<>();
		try (InputStream in = RuleCatalogue.class.getResourceAsStream("rules.tsv")) {
			if (in == null) {
				throw new IllegalStateException("缺少规则目录 rules.tsv");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				if (fields.length != 7) {
					throw new IllegalStateException("rules.tsv 格式不对：" + line);
				}
				Definition rule = new Definition(fields[0], Category.valueOf(fields[1]), Severity.valueOf(fields[2]),
						fields[3], fields[4], unescape(fields[5]), unescape(fields[6]));
				if (rules.put(rule.id(), rule) != null) {
					throw new IllegalStateException("rules.tsv 中规则重复：" + rule.id());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new RuleCatalogue(rules);
	}

	private static String unescape(String example) {
		return example.replace("\\n", "\n");
	}

	/**
	 * @param id the stable id
	 * @param category the kind of mistake
	 * @param severity how sure a finding is
	 * @param norm the norm the rule comes from
	 * @param message the message, with {@code %s} for what each finding fills in
	 * @param wrong a text the rule flags
	 * @param right the same text written correctly, which the rule leaves alone
	 */
	record Definition(String id, Category category, Severity severity, String norm, String message, String wrong,
			String right) {
	}

}
