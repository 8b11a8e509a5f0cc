package org.zhongshu.proofread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * 的, 地 and 得 before a noun: 地 and 得 written for 的 are caught, and elsewhere the one the
 * words beside it want; the particles used as the norms use them, and 地 and 得 inside
 * words, are not.
 */
class StructuralParticlesTests {

	private final Proofreader proofreader = Proofreader.builder().build();

	@Test
	void catchesDiAndDeWrittenForTheAttributiveParticle() {
		assertThat(this.proofreader.check("帮亲是动物地本能，这是错综复杂得国际形势决定的。"))
			.extracting(Issue::original, Issue::suggestions, Issue::rule)
			.containsExactly(tuple("地", List.of("的"), "typo.de"), tuple("得", List.of("的"), "typo.de"));
	}

	@Test
	void catchesDeStandingAloneThoughARareWordWouldHoldIt() {
		assertThat(this.proofreader.check("以习近平同志为核心得党中央高瞻远瞩，为解放天津创造了有利得条件。"))
			.extracting(Issue::original, Issue::suggestions, Issue::rule)
			.containsExactly(tuple("得", List.of("的"), "typo.de"), tuple("得", List.of("的"), "typo.de"));
	}

	@Test
	void catchesDiAfterAPronounOrAVerbBeforeANoun() {
		assertThat(this.proofreader.check("保护好我们地家园，他们讨论地问题很重要。"))
			.extracting(Issue::original, Issue::suggestions, Issue::rule)
			.containsExactly(tuple("地", List.of("的"), "typo.de"), tuple("地", List.of("的"), "typo.de"));
	}

	@Test
	void catchesAParticleWrittenWhereAWordWantsAnother() {
		assertThat(this.proofreader.check("今年以来各项工作取的新成效，要因的制宜推进。"))
			.extracting(Issue::original, Issue::suggestions, Issue::category)
			.containsExactly(tuple("的", List.of("得"), Category.TYPO), tuple("的", List.of("地"), Category.TYPO));
	}

	@Test
	void takesDiOrDeBeforeANounForTheOtherWhereTheCharacterBeforeMakesAWordWithIt() {
		assertThat(this.proofreader.check("各级党组织要为当得群众办实事，确保脱贫攻坚取地全面胜利。"))
			.extracting(Issue::original, Issue::suggestions, Issue::rule)
			.containsExactly(tuple("得", List.of("地"), "typo.de-word"), tuple("地", List.of("得"), "typo.de-word"));
		assertThat(this.proofreader.check("他们为国家作出了最伟大得贡献，腾出了更大得空间。"))
			.extracting(Issue::original, Issue::suggestions, Issue::rule)
			.containsExactly(tuple("得", List.of("的"), "typo.de"), tuple("得", List.of("的"), "typo.de"));
	}

	@Test
	void choosesTheParticleTheWordsBesideItWant() {
		assertThat(this.proofreader.check("这次会议开地很成功。我们欣喜得看到，要进一步增强工作得针对性。"))
			.extracting(Issue::original, Issue::suggestions, Issue::rule)
			.containsExactly(tuple("地", List.of("得"), "typo.de-neighbours"),
					tuple("得", List.of("地"), "typo.de-neighbours"), tuple("得", List.of("的"), "typo.de-neighbours"));
		assertThat(this.proofreader.check("这次会议开得很成功。我们欣喜地看到，要进一步增强工作的针对性。")).isEmpty();
	}

	@Test
	void takesDeBeforeAMarkWithoutAComplementForDe() {
		assertThat(this.proofreader.check("城乡发展是紧密相连得，不能割裂开来。这一部分是纪实性得。"))
			.extracting(Issue::original, Issue::suggestions, Issue::rule)
			.containsExactly(tuple("得", List.of("的"), "typo.de-end"), tuple("得", List.of("的"), "typo.de-end"));
		assertThat(this.proofreader.check("城乡发展是紧密相连的，不能割裂开来。要取得实效。多劳多得。各得其所。")).isEmpty();
		assertThat(this.proofreader.check("慢慢得，大家都习惯了。建设实习基得，培养人才。学习《这一部分是纪实性得，那一部分是虚构》。")).extracting(Issue::rule)
			.doesNotContain("typo.de-end");
	}

	@Test
	void leavesDeInAWordOfOfficeProseAlone() {
		assertThat(this.proofreader.check("他工作踏实，深得群众信任。这些举措深得人民拥护。")).isEmpty();
	}

	@Test
	void catchesDiStandingAloneThoughARareWordCouldHoldIt() {
		assertThat(this.proofreader.check("以习近平同志为核心地党中央高度重视这项工作。"))
			.extracting(Issue::original, Issue::suggestions, Issue::rule)
			.containsExactly(tuple("地", List.of("的"), "typo.de"));
	}

	@Test
	void catchesAParticleWrittenInAWordWhereTheWordsBesideItWantAnother() {
		assertThat(this.proofreader.check("今年以来，全县各项工作取地明显成效。请各有关得区认真抓好落实。"))
			.extracting(Issue::original, Issue::suggestions, Issue::severity)
			.containsExactly(tuple("地", List.of("得"), Severity.WARNING), tuple("得", List.of("地"), Severity.WARNING));
		assertThat(this.proofreader.check("法官审理案件时也经常遇到自己不懂的专业知识。")).isEmpty();
	}

	@Test
	void leavesTheParticlesAndWordsThatHoldThemAlone() {
		for (String text : List.of("各单位要坚持不懈地依法从严治警。", "大碗茶喝得通体透爽。", "由现行军地双重领导调整为以军为主。", "生动地串联起全市各项工作。",
				"各地公安机关依托大数据开展工作。", "全面建成小康社会取得伟大历史成果。", "要恰如其分地评价自己。", "土地所有制形式发生了变化。", "要有计划地推进改革。", "他们自觉地学习理论。")) {
			assertThat(this.proofreader.check(text)).as(text).noneMatch((issue) -> issue.rule().startsWith("typo.de"));
		}
	}

}
