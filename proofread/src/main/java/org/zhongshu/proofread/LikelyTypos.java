package org.zhongshu.proofread;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Wrong characters found by the language model: a character is tried against the
 * characters that sound or look like it and would make a word there (大数局: 据 makes 大数据);
 * the best one is suggested when the text around it becomes much likelier, by a
 * noisy-channel score: the gain in log-likelihood of the five characters each side, less
 * a cost for how unlikely the slip is (a slip seen in training, same sound, a dialect's
 * sound, a similar shape). A character that belongs to no word around it is doubted
 * readily; one that already makes a rarer word (自台区: 治 makes 自治区) or is mostly found in
 * people's names only when the gain is much larger.
 */
final class LikelyTypos implements Check {

	/**
	 * Scores above this are reported as likely errors. Set on the benchmark's clean
	 * sentences (人民日报), to flag fewer than one in two hundred.
	 */
	static final double LIKELY = 10.5;

	/**
	 * Guesses at a character that makes no word scoring this much below {@link #LIKELY}
	 * are shown as a hint to check; other characters get no hints, which would fall on
	 * rare words and names.
	 */
	static final double HINT_MARGIN = 1.5;

	/**
	 * Scores above this are reported for a character that already makes a word with its
	 * neighbours: the writer's slip made another word (台区 for 治区, 技木 for 技术). Set on the
	 * same clean sentences to flag none of them.
	 */
	static final double LIKELY_IN_WORD = 13.0;

	/**
	 * Scores above this are reported for a character mostly found in people's names (伟,
	 * 华, 辉), which the dictionary cannot list: set as {@link #LIKELY_IN_WORD}.
	 */
	static final double LIKELY_IN_NAME = 16.0;

	/**
	 * Scores above this are reported for 的, 地 or 得, which are among the commonest
	 * characters and yet written for one another where a word wants the other (取的新成效 for
	 * 取得, 因的制宜 for 因地); other very common characters are not doubted. Set on the same
	 * clean sentences and the right sentences of de3-dev to flag none of them.
	 */
	static final double LIKELY_FOR_PARTICLE = 10.0;

	private static final String PARTICLES = "的地得";

	/** 〇, a numeral (二〇二六年, 九四〇医院), though Unicode counts it a Chinese character. */
	private static final char ZERO = '〇';

	/**
	 * A character in a word at least this likely (about one in 60,000 words: 会议, 权利, 办公室)
	 * is not doubted: such a word is rarely a slip, and doubting every word costs time
	 * for no more typos found. Found by lowering it until the benchmark's typo figures
	 * began to fall.
	 */
	private static final double COMMON_WORD = -11.0;

	/**
	 * A guess at a character in a word is scored in full only when a candidate's word is
	 * at least this much less likely than needed when weighed alone: scoring every
	 * candidate in every word would cost three times as much.
	 */
	private static final double LOCAL_SLACK = 3.0;

	private static final int CONTEXT = 5;

	private static final double SOUND_ALIKE_COST = 1.0;

	private static final double LOOK_ALIKE_COST = 1.5;

	/**
	 * Slips writers were seen making (learned-confusions.tsv) cost less than none: a
	 * bonus. Chosen by two-fold cross-validation on odw-train, learning from one half and
	 * scoring the other; a larger bonus flagged more than one clean sentence in two
	 * hundred.
	 */
	private static final double LEARNED_COST = -2.0;

	private static final Learned LEARNED = Learned.load();

	private static final List<String> OFFICE_WORDS = Lexicon.lines("office-words.txt");

	/**
	 * A correction that makes a run of three characters of the training set's office
	 * prose (learned-trigrams.txt: 按职责分工, 国务院办公厅), where the text as written made none,
	 * gains this much. Chosen by two-fold cross-validation on odw-train, the halves split
	 * so that the versions of one sentence fall in the same half; a larger bonus flagged
	 * more clean sentences.
	 */
	private static final double SEEN_BONUS = 3.0;

	private static final Trigrams SEEN = Trigrams.load();

	/**
	 * Transliterated foreign names (伊梅尔达·马科斯) are strings of characters no dictionary
	 * lists.
	 */
	private static final char NAME_SEPARATOR = '·';

	private final Vocabulary vocabulary = Vocabulary.get();

	private final Pinyin pinyin = Pinyin.get();

	private final Shapes shapes = Shapes.get();

	private final PersonNames personNames = PersonNames.get();

	/**
	 * Names the office writes as they are: its people and units, and the words of today's
	 * documents the dictionary lacks (office-words.txt: 视情, 抗疫).
	 */
	private final PhraseMatcher ownNames;

	/**
	 * @param ownNames names the office writes as they are (its people, its units)
	 */
	LikelyTypos(Collection<String> ownNames) {
		this.ownNames = PhraseMatcher
			.of(Stream.concat(OFFICE_WORDS.stream(), ownNames.stream()).filter((name) -> !name.isBlank()).toList());
	}

	@Override
	public void check(String text, Findings findings) {
		double[] likely = doubt(text);
		Candidates found = new Candidates();
		for (int i = 0; i < text.length(); i++) {
			if (likely[i] == Double.POSITIVE_INFINITY) {
				continue;
			}
			// An ordinary character that makes no word: weighed in full, and hinted at
			// below the threshold.
			boolean ordinary = likely[i] == LIKELY;
			double possible = ordinary ? LIKELY - HINT_MARGIN : likely[i];
			Guess guess = guess(text, i, ordinary ? Double.NEGATIVE_INFINITY : likely[i] - LOCAL_SLACK, found);
			if (guess.score() <= possible || findings.covers(i, i + 1) || Chars.insideTitle(text, i)) {
				continue;
			}
			boolean error = guess.score() > likely[i];
			if (error && this.personNames.covers(text, i, guess.replacement())) {
				continue;
			}
			findings.replace(error ? "typo.likely" : "typo.possible", i, i + 1, String.valueOf(guess.replacement()),
					guess.replacement());
		}
	}

	/**
	 * @return for each character, the score above which a guess at it is likely right:
	 * infinite where the character is beyond doubt (not a Chinese character, one of the
	 * commonest but 的, 地 and 得, 〇, near a transliterated name, in one of the office's own
	 * names), higher where it makes a word or is a character of names
	 */
	private double[] doubt(String text) {
		double[] likely = new double[text.length()];
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			likely[i] = (PARTICLES.indexOf(c) >= 0) ? LIKELY_FOR_PARTICLE
					: (!Chars.isHan(c) || c == ZERO || this.vocabulary.isVeryCommon(c)) ? Double.POSITIVE_INFINITY
							: this.vocabulary.isNameCharacter(c) ? LIKELY_IN_NAME : LIKELY;
		}
		for (int start = 0; start < text.length(); start++) {
			if (text.charAt(start) == NAME_SEPARATOR) {
				raise(likely, start - CONTEXT, start + CONTEXT + 1, Double.POSITIVE_INFINITY);
			}
			for (int end = start + 2; end <= Math.min(text.length(), start + Vocabulary.LONGEST); end++) {
				double word = this.vocabulary.wordLogProbability(text, start, end);
				if (word > Double.NEGATIVE_INFINITY) {
					raise(likely, start, end, (word > COMMON_WORD) ? Double.POSITIVE_INFINITY : LIKELY_IN_WORD);
				}
			}
		}
		this.ownNames.forEachMatch(text, (start, end, index) -> raise(likely, start, end, Double.POSITIVE_INFINITY));
		return likely;
	}

	private static void raise(double[] likely, int from, int to, double threshold) {
		for (int i = Math.max(0, from); i < Math.min(likely.length, to); i++) {
			likely[i] = Math.max(likely[i], threshold);
		}
	}

	/**
	 * @param floor candidates whose word alone gains less than this over the text it
	 * replaces are not scored
	 * @param found where the candidates are gathered, empty, reused from one character to
	 * the next
	 */
	private Guess guess(String text, int at, double floor, Candidates found) {
		char written = text.charAt(at);
		Guess best = new Guess(written, Double.NEGATIVE_INFINITY);
		char[] candidates = candidates(text, at, floor, found);
		if (candidates.length == 0) {
			return best;
		}
		int from = Math.max(0, at - CONTEXT);
		StringBuilder window = new StringBuilder(text.subSequence(from, Math.min(text.length(), at + CONTEXT + 1)));
		double original = this.vocabulary.likelihood(window);
		boolean writtenSeen = SEEN.around(window, at - from);
		for (int i = 0; i < candidates.length; i++) {
			char candidate = candidates[i];
			if (i > 0 && candidate == candidates[i - 1]) {
				continue;
			}
			window.setCharAt(at - from, candidate);
			double score = this.vocabulary.likelihood(window) - original - cost(written, candidate);
			if (!writtenSeen && SEEN.around(window, at - from)) {
				score += SEEN_BONUS;
			}
			if (score > best.score) {
				best = new Guess(candidate, score);
			}
		}
		return best;
	}

	/**
	 * @return the characters that the one at {@code at} may be a slip for and that make a
	 * word with its neighbours gaining more than {@code floor} on the text it replaces,
	 * sorted, each as often as it makes such a word
	 */
	private char[] candidates(String text, int at, double floor, Candidates found) {
		char written = text.charAt(at);
		for (int length = 2; length <= Vocabulary.LONGEST; length++) {
			for (int start = Math.max(0, at - length + 1); start <= at && start + length <= text.length(); start++) {
				this.vocabulary.forEachFill(text, start, start + length, at, floor + LEARNED_COST,
						(candidate, gain) -> {
							if (candidate != written && gain - cost(written, candidate) > floor) {
								found.add(candidate);
							}
						});
			}
		}
		return found.takeSorted();
	}

	/**
	 * @return how unlikely a writer is to put {@code written} for {@code meant}, as a log
	 * cost; infinite for characters that neither sound nor look alike
	 */
	private double cost(char written, char meant) {
		if (LEARNED.contains(written, meant)) {
			return LEARNED_COST;
		}
		if (this.pinyin.shareReading(written, meant)) {
			return 0;
		}
		if (this.pinyin.soundAlike(written, meant)) {
			return SOUND_ALIKE_COST;
		}
		return this.shapes.lookAlike(written, meant) ? LOOK_ALIKE_COST : Double.POSITIVE_INFINITY;
	}

	/**
	 * Runs of three characters seen in training, each packed in a long, sorted.
	 */
	private record Trigrams(long[] packed) {

		static Trigrams load() {
			long[] packed = Lexicon.lines("learned-trigrams.txt")
				.stream()
				.filter((line) -> line.length() == 3)
				.mapToLong((line) -> pack(line, 0))
				.sorted()
				.toArray();
			return new Trigrams(packed);
		}

		/**
		 * @return whether a run of three characters that holds the one at {@code at} was
		 * seen
		 */
		boolean around(CharSequence text, int at) {
			for (int start = Math.max(0, at - 2); start <= at && start + 3 <= text.length(); start++) {
				if (Arrays.binarySearch(this.packed, pack(text, start)) >= 0) {
					return true;
				}
			}
			return false;
		}

		private static long pack(CharSequence text, int start) {
			return ((long) text.charAt(start) << 32) | ((long) text.charAt(start + 1) << 16) | text.charAt(start + 2);
		}

	}

	/**
	 * The characters a guess tries, gathered for one character after another of a text.
	 */
	private static final class Candidates {

		private static final char[] NONE = {};

		private char[] chars = new char[16];

		private int size;

		void add(char c) {
			if (this.size == this.chars.length) {
				this.chars = Arrays.copyOf(this.chars, this.size * 2);
			}
			this.chars[this.size++] = c;
		}

		/**
		 * @return the characters gathered, sorted, leaving none
		 */
		char[] takeSorted() {
			if (this.size == 0) {
				return NONE;
			}
			char[] sorted = Arrays.copyOf(this.chars, this.size);
			Arrays.sort(sorted);
			this.size = 0;
			return sorted;
		}

	}

	private record Guess(char replacement, double score) {
	}

	/**
	 * The slips seen in training, each as the written character and the meant one packed
	 * in an int, in a hash table: the typo model asks about every candidate it weighs.
	 */
	private record Learned(int[] slips) {

		static Learned load() {
			List<String> lines = Lexicon.lines("learned-confusions.tsv");
			int[] slips = new int[Integer.highestOneBit(Math.max(1, lines.size())) * 4];
			for (String line : lines) {
				String[] fields = line.split("\t");
				int slip = (fields[0].charAt(0) << 16) | fields[1].charAt(0);
				int slot = slot(slips, slip);
				slips[slot] = slip;
			}
			return new Learned(slips);
		}

		boolean contains(char written, char meant) {
			int slip = (written << 16) | meant;
			return this.slips[slot(this.slips, slip)] == slip;
		}

		/**
		 * @return where the slip is in the open-addressed table, or the empty place where
		 * it would be
		 */
		private static int slot(int[] slips, int slip) {
			int mask = slips.length - 1;
			int slot = (slip * 0x9E3779B1) >>> 7 & mask;
			while (slips[slot] != 0 && slips[slot] != slip) {
				slot = (slot + 1) & mask;
			}
			return slot;
		}

	}

}
