package org.zhongshu.proofread;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * Writes docs/proofread-rules.md from the rule catalogue, so that the list office staff
 * and developers read is the one the proofreader runs.
 */
class RuleDocumentationTests {

	private static final Path DOCUMENT = Path.of("..", "docs", "proofread-rules.md");

	@Test
	void writesEveryRuleIntoTheDocumentation() throws IOException {
		StringBuilder markdown = new StringBuilder("""
				# 校对规则 Proofreading rules

				Every rule the proofreader (`proofread/`) runs, with the norm it comes from and an example. Written by
				`RuleDocumentationTests` from `proofread/src/main/resources/org/zhongshu/proofread/rules.tsv`; the tests
				check that each rule flags its wrong example, corrects it into the right one, and leaves the right one
				alone. Severity: ERROR (错误) must be fixed or waived, WARNING (警告) deserves a look, INFO (提示) is a
				hint; the benchmark counts ERROR and WARNING.
				""");
		for (Category category : Category.values()) {
			var rules = RuleCatalogue.get().all().stream().filter((rule) -> rule.category() == category).toList();
			if (rules.isEmpty()) {
				continue;
			}
			markdown.append("\n## ").append(category.name()).append(" · ").append(category.label()).append("\n\n");
			markdown.append("| rule | severity | norm | message | wrong | right |\n|---|---|---|---|---|---|\n");
			for (RuleCatalogue.Definition rule : rules) {
				markdown.append("| `")
					.append(rule.id())
					.append("` | ")
					.append(rule.severity().label())
					.append(" | ")
					.append(cell(rule.norm()))
					.append(" | ")
					.append(cell(rule.message().replace("%s", "…")))
					.append(" | ")
					.append(cell(rule.wrong()))
					.append(" | ")
					.append(cell(rule.right()))
					.append(" |\n");
			}
		}
		Files.writeString(DOCUMENT, markdown.toString(), StandardCharsets.UTF_8);

		assertThat(Files.readString(DOCUMENT))
			.contains(RuleCatalogue.get().all().stream().map((rule) -> "`" + rule.id() + "`").toArray(String[]::new));
		assertThat(Arrays.stream(Category.values())
			.filter((category) -> RuleCatalogue.get().all().stream().noneMatch((rule) -> rule.category() == category)))
			.as("categories without a rule")
			.containsOnly(Category.GRAMMAR);
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", "↵");
	}

}
