package org.zhongshu.proofread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * The proofreader as its callers use it: one instance shared by many at once, the
 * office's allow-list honoured, issues in text order.
 */
class ProofreaderTests {

	private final Proofreader proofreader = Proofreader.builder().build();

	@Test
	void leavesAloneWhatTheOfficeAllows() {
		String text = "督查组将用三、五天时间进行实地督查，会议指出,要抓落实。";

		List<Issue> strict = Proofreader.builder().build().check(text);
		List<Issue> allowing = Proofreader.builder().allow(List.of("三、五天")).build().check(text);

		assertThat(strict).extracting(Issue::rule).containsExactly("punct.dun-numeral", "punct.hw-comma");
		assertThat(allowing).extracting(Issue::rule).containsExactly("punct.hw-comma");
	}

	@Test
	void allowsOnlyWhatAnAllowedWordTakesInWhole() {
		String text = "会议对下一步工作作了布署。刘方炜同志主持会议，王方炜同志参加。";

		assertThat(allowing(text, "了布", "署。")).as("two words that each take in part of 布署")
			.containsExactly("布署", "炜", "炜");
		assertThat(allowing(text, "工作作了布署", "了布")).as("a longer word begun before a shorter one")
			.containsExactly("炜", "炜");
		assertThat(allowing(text, "刘方炜")).containsExactly("布署", "炜");
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 2_000; i++) {
			many.add("江临" + i + "号地块");
		}
		many.add("王方炜");
		assertThat(allowing(text, many.toArray(String[]::new))).containsExactly("布署", "炜");
	}

	private static List<String> allowing(String text, String... words) {
		return Proofreader.builder().allow(List.of(words)).build().check(text).stream().map(Issue::original).toList();
	}

	@Test
	void answersManyCallersAtOnceAsItAnswersOne() throws Exception {
		Proofreader proofreader = Proofreader.builder().build();
		List<String> texts = List.of("内蒙古自治区乌兰察布市大力培育发展大数局产业。", "民政部是国务原组成部门，为整部级。", "鼓励保捡公司提供保正保险增信支持。",
				"组织社会本育指导员广泛开展全民健身指导服务。", "县级以上人民政府应当将建设工程康震工作所需经费列入本级预算。", "请广西壮族自台区人民政府抓好落实。");
		ExecutorService callers = Executors.newFixedThreadPool(8);
		List<Future<List<List<Issue>>>> answers = new ArrayList<>();
		try {
			for (int caller = 0; caller < 32; caller++) {
				answers.add(callers.submit(() -> texts.stream().map(proofreader::check).toList()));
			}
			List<List<Issue>> alone = texts.stream().map(proofreader::check).toList();
			for (Future<List<List<Issue>>> answer : answers) {
				assertThat(answer.get()).isEqualTo(alone);
			}
			assertThat(alone).allSatisfy((issues) -> assertThat(issues).isNotEmpty());
		}
		finally {
			callers.shutdown();
		}
	}

	@Test
	void reportsIssuesInTextOrderWithTheirOriginalText() {
		String text = "截至4月31日，全市近2000家以上企业完成改造。。";

		List<Issue> issues = Proofreader.builder().build().check(text);

		assertThat(issues).extracting(Issue::original).containsExactly("4月31日", "近2000家以上", "。。");
		assertThat(issues).extracting(Issue::category)
			.containsExactly(Category.DATE, Category.NUMBER, Category.PUNCTUATION);
	}

	@Test
	void neverFlagsUsagesTheNormsAllow() {
		Proofreader proofreader = Proofreader.builder().build();

		for (String text : List.of("督查组将用三五天时间开展抽查。", "推荐干部阅读《史记》《汉书》等经典著作。", "全面总结“十四五”规划实施情况。", "各级干部要深入群众做工作。",
				"市委常委会会议作出决定。", "全市GDP同比增长5.6%。", "年内新建5G基站1200个。")) {
			assertThat(proofreader.check(text)).as(text).isEmpty();
		}
	}

	@Test
	void takesTheLaterNameAsRightWhenTheEarlierIsAMisspelling() {
		assertThat(this.proofreader.check("含合肥经济技术开发区综合报税区1.4平方公里，芜湖综合保税区2.17平方公里。"))
			.extracting(Issue::rule, Issue::original, Issue::suggestions)
			.containsExactly(tuple("typo.likely", "报", List.of("保")));
		assertThat(this.proofreader.check("市委督查室牵头，市委督察室配合。")).extracting(Issue::rule, Issue::suggestions)
			.containsExactly(tuple("cons.unit", List.of("市委督查室")));
	}

	@Test
	void suggestsAnIdiomAsItIsWrittenWithNoSpaceBeforeIt() {
		assertThat(this.proofreader.check("既要按规律办事，又不墨守陈规。")).extracting(Issue::rule, Issue::suggestions)
			.containsExactly(tuple("typo.misspelling", List.of("墨守成规")));
	}

	@Test
	void takesAnotherWordBeforeAFormulationForWhatItIs() {
		assertThat(this.proofreader.check("政法战线深入学习贯彻新时代中国特色社会主义思想。")).isEmpty();
		assertThat(this.proofreader.check("深入学习贯彻习近平新时代中国特色社会主意思想。")).extracting(Issue::rule, Issue::suggestions)
			.containsExactly(tuple("phr.near-miss", List.of("习近平新时代中国特色社会主义思想")));
	}

	@Test
	void leavesDeBeforeAVerbUsedAsANounAlone() {
		assertThat(this.proofreader.check("对事情没有深入的思考，就形不成真知灼见。")).isEmpty();
		assertThat(this.proofreader.check("市委政研室对此进行了深入的研究。")).isEmpty();
		assertThat(this.proofreader.check("各单位要认真的学习文件精神。")).extracting(Issue::rule, Issue::suggestions)
			.containsExactly(tuple("typo.confusion", List.of("地")));
	}

	@Test
	void catchesRosterNamesMisspeltBySoundOrByShape() {
		Proofreader proofreader = Proofreader.builder().roster(List.of(new RosterEntry("李红梅", null))).build();

		for (String text : List.of("李红媒同志出席会议。", "李红梯同志出席会议。")) {
			assertThat(proofreader.check(text)).as(text)
				.extracting(Issue::rule, Issue::suggestions)
				.containsExactly(tuple("name.roster", List.of("李红梅")));
		}
	}

	@Test
	void flagsTheOfficesOwnConfusions() {
		Proofreader proofreader = Proofreader.builder().confusions(Map.of("江临新区", "江临新城")).build();

		assertThat(proofreader.check("江临新区管委会负责落实。")).extracting(Issue::rule, Issue::suggestions)
			.containsExactly(tuple("typo.office", List.of("江临新城")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Proofreader.builder().confusions(Map.of("江临新区", " 江临新区 ")))
			.withMessageContaining("江临新区");
	}

}
