package org.zhongshu.proofread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CategoryTests {

	@Test
	void offersExactlyTheCategoriesTheContractNames() {
		assertThat(Arrays.stream(Category.values()).map(Enum::name)).containsExactly("TYPO", "PUNCTUATION", "NUMBER",
				"DATE", "PHRASING", "NAME", "FORMAT", "GRAMMAR", "CONSISTENCY");
	}

	@Test
	void namesEveryCategoryInChinese() {
		assertThat(Category.values()).allSatisfy((category) -> assertThat(category.label()).matches("\\p{IsHan}+"));
	}

	@Test
	void onlyErrorsBlockIssuing() {
		assertThat(Arrays.stream(Severity.values()).filter(Severity::blocksIssuing)).containsExactly(Severity.ERROR);
	}

}
