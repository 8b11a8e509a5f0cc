package org.zhongshu.proofread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The word pairs read from smartcn's data: a pair 人民日报 wrote often fits, a pair it never
 * wrote does not, and a changed character is read as the guess.
 */
class WordPairsTests {

	private final WordPairs pairs = WordPairs.get();

	@Test
	void aPairOftenWrittenFitsBetterThanChance() {
		assertThat(this.pairs.fit("认真履行职责", 0, 2, 4, -1, '\0')).isGreaterThan(1.0);
		assertThat(this.pairs.fit("认真履行职责", 2, 4, 6, -1, '\0')).isGreaterThan(1.0);
	}

	@Test
	void aPairNeverWrittenFitsWorseThanChance() {
		assertThat(this.pairs.fit("认真旅行职责", 0, 2, 4, -1, '\0')).isEqualTo(Math.log(0.5));
	}

	@Test
	void readsTheChangedCharacterAsTheGuess() {
		assertThat(this.pairs.fit("认真旅行职责", 0, 2, 4, 2, '履')).isEqualTo(this.pairs.fit("认真履行职责", 0, 2, 4, -1, '\0'));
	}

	@Test
	void aMissingWordLeavesTheFitUntold() {
		assertThat(this.pairs.fit("认真履行", -1, 0, 2, -1, '\0')).isZero();
		assertThat(this.pairs.fit("认真履行", 0, 2, -1, -1, '\0')).isZero();
	}

}
