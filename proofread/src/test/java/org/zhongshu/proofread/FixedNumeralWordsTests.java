package org.zhongshu.proofread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Fixed words written with Arabic digits (GB/T 15835-2011), told apart from ordinary
 * numbers that happen to be written the same.
 */
class FixedNumeralWordsTests {

	private final Proofreader proofreader = Proofreader.builder().build();

	@Test
	void correctsAPlanOrACongressWrittenInDigits() {
		assertThat(this.proofreader.check("对照“145”规划纲要梳理目标任务。")).extracting(Issue::original, Issue::suggestions)
			.containsExactly(tuple("145", List.of("十四五")));
		assertThat(fixes("编制145规划，谋划155时期重大项目。")).containsExactly("十四五", "十五五");
		assertThat(fixes("深入学习贯彻党的20大精神。")).containsExactly("二十大");
		assertThat(fixes("选派优秀干部担任第1书记。")).containsExactly("第一书记");
	}

	@Test
	void leavesOrdinaryNumbersAlone() {
		for (String text : List.of("全市共有145个行政村。", "征收集体所有未利用地0.1554公顷。", "面积为155平方公里。", "全省前20大企业营业收入增长8.5%。",
				"共接待群众1455人次。", "编号为12145的档案已归档。")) {
			assertThat(fixes(text)).as(text).isEmpty();
		}
	}

	private List<String> fixes(String text) {
		return this.proofreader.check(text)
			.stream()
			.filter((issue) -> issue.rule().equals("num.fixed-cn"))
			.map((issue) -> issue.suggestions().get(0))
			.toList();
	}

}
