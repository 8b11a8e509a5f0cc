package org.zhongshu.proofread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule in the catalogue flags its wrong example, and its first suggestion turns the
 * example into the right one; the right example raises nothing.
 */
class RuleExamplesTests {

	/** The people the examples of the NAME rules name. */
	private static final List<RosterEntry> ROSTER = List.of(new RosterEntry("张建国", "市委书记"),
			new RosterEntry("李红梅", "市委副书记、市长"), new RosterEntry("王志强", "市委常委、秘书长"));

	/** The office's own slip the example of typo.office names. */
	private static final Map<String, String> OFFICE_SLIPS = Map.of("大数局", "大数据局");

	private static final Proofreader proofreader = Proofreader.builder()
		.roster(ROSTER)
		.confusions(OFFICE_SLIPS)
		.build();

	static Stream<RuleCatalogue.Definition> rules() {
		return RuleCatalogue.get().all().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void flagsTheWrongExampleAndCorrectsIt(RuleCatalogue.Definition rule) {
		List<Issue> issues = proofreader.check(rule.wrong());

		assertThat(issues).extracting(Issue::rule).contains(rule.id());
		assertThat(applyFirstSuggestions(rule.wrong(), issues)).isEqualTo(rule.right());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void leavesTheRightExampleAlone(RuleCatalogue.Definition rule) {
		assertThat(proofreader.check(rule.right())).isEmpty();
	}

	static String applyFirstSuggestions(String text, List<Issue> issues) {
		StringBuilder corrected = new StringBuilder(text);
		int limit = text.length();
		for (int i = issues.size() - 1; i >= 0; i--) {
			Issue issue = issues.get(i);
			if (issue.end() <= limit && !issue.suggestions().isEmpty()) {
				corrected.replace(issue.start(), issue.end(), issue.suggestions().get(0));
				limit = issue.start();
			}
		}
		return corrected.toString();
	}

}
