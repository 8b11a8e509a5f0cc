package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Collection;

/**
 * Wrong characters found by the language model: a character is tried against the
 * characters that sound or look like it and would make a word there (大数局: 据 makes 大数据)
 * or, where it makes none, are among the commonest words of one character (政治局禾它的: 和);
 * the best one is suggested when the text around it becomes much likelier, by a
 * noisy-channel score: the gain in log-likelihood of the five characters each side, less
 * a cost for how unlikely the slip is (a slip seen in training, same sound, a dialect's
 * sound, a similar shape). Where the guess may matter, the word it makes is also weighed
 * by how well it goes with the words before and after it, as 人民日报 wrote them (能立 → 能力 in
 * 提高服务群众的能力), and so is every guess at 的, 地 or 得 (问题终于的到了解决 → 得). A character that
 * belongs to no word around it, or only to a word the dictionary barely knows, is doubted
 * readily; one that already makes a rarer word (自台区: 治 makes 自治区) or is mostly found in
 * people's names only when the gain is larger, unless a slip has been found in the same
 * sentence ({@link #NEAR_SLIP}). Whole words typed for others that read the same (罐车 for
 * 贯彻) are found first, by {@link SoundAlikeWords}. The title of a document cited in 《》 is
 * checked as the rest (《关于嘉强…的意见》): a slip there is the writer's, while the wording a
 * work's author chose is left to the curated confusions, which do not look inside titles.
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
	 * 华, 辉, 康), which the dictionary cannot list; a name the name recogniser reads is
	 * left alone whatever the score. Set on the same clean sentences to flag at most one
	 * more of them, which found more slips in held-out halves of odw-train (各乃党组织 for 各级,
	 * 康震 for 抗震).
	 */
	static final double LIKELY_IN_NAME = 12.0;

	/**
	 * Scores above this are reported for the commonest characters (at least one in 300
	 * words: 的, 不, 到, 也), which are yet written for one another and for rarer characters
	 * of the same sound where a word wants the other (取地明显成效 for 取得, 商务不牵头 for 商务部, 政府引到
	 * for 引导, 降低也震灾害 for 地震). They make a common word with a neighbour most of the time,
	 * and are then beyond doubt. Set on the same clean sentences and the right sentences
	 * of de3-dev and odw-train to flag none of them, now that a guess is weighed by the
	 * words beside it; one lower flagged 不懂的专业知识. Doubting the commonest characters
	 * besides 的, 地 and 得 corrected 9 more sentences of odw-train and 7 of one held-out
	 * half, flagging no clean sentence more, for about 3% more time.
	 */
	static final double LIKELY_FOR_COMMON = 9.0;

	/**
	 * In a sentence where a wrong character has been found, the other characters that
	 * make a word, and 的, 地 and 得, are doubted this much more readily (characters of
	 * names and the other commonest characters half as much): a writer slips where they
	 * hurry, and one who confuses the particles does so again (组织社会本育指导员…建立全民建身志愿服务: 体,
	 * then 健). Measured on the benchmark: 17 more sentences of odw-train corrected and 85
	 * of de3-dev, one of them made wrong, and more in both held-out halves; no right
	 * sentence of any set flagged more. 3 corrected fewer (12 and 64); 5 and 6 more, but
	 * made right sentences of odw-train wrong, and 18 and 39 of their new findings were
	 * wrong against 5. Doubting characters of names as readily flagged names (王杰, 海蒂),
	 * and the other commonest characters 一照一码. Characters that make no word are doubted
	 * as before: lowering their threshold flagged right ones. It costs about a tenth of
	 * the time on the benchmark's sentences, two in three of which hold a slip.
	 */
	private static final double NEAR_SLIP = 4.0;

	/**
	 * A character in a word at least this likely (about one in 160,000 words: 健身, 宿舍) is
	 * not doubted more readily near a slip: over the benchmark's sentences, 8,003 such
	 * guesses reported nothing, while the rarer words' 8,358 reported 20.
	 */
	private static final double FAMILIAR_WORD = -12.0;

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
	 * A word rarer than this (about one in 1.2 million words; the dictionary counted it
	 * fewer than 50 times) leaves its characters doubted as readily as if they made no
	 * word: many such words are themselves slips or chance pairs (可学 in 重大的可学发现, 刑政 in
	 * 依法刑政). Found on held-out halves of odw-train, flagging no more clean sentences.
	 */
	private static final double RARE_WORD = -14.0;

	/**
	 * A guess at a character in a word is scored in full only when a candidate's word,
	 * weighed alone, falls short of what is needed by less than this: the words beside it
	 * and the office prose learned may make up the rest (拐麦人口 → 拐卖). Measured on
	 * odw-train and in pairs of builds: 5 corrects 18 more sentences than 3 for 7% more
	 * time; 6, 5 more for 20% more; scoring every candidate, 10 more for 70% more. None
	 * flags a clean sentence more.
	 */
	private static final double LOCAL_SLACK = 5.0;

	/**
	 * What {@link #LOCAL_SLACK} is for a written 的, 地 or 得, whose guesses are always
	 * weighed against the words beside it ({@link #PAIR_REACH}) and may be lifted further
	 * by them: 文化在衡水落的生根 → 地, 不计地失 → 得, 劳有所的 → 得. Measured on the benchmark: 7 found 12
	 * more slips of de3-dev than 5 (3 more sentences), all right, flagging no right
	 * sentence and costing no time measurable in pairs; 8 found no more.
	 */
	private static final double PARTICLE_SLACK = 7.0;

	/**
	 * A guess gains on the text around it at most what the word it makes gains on the
	 * stretch that word fills, the text either side keeping its likeliest division. So
	 * for a character in no word, which {@link #LOCAL_SLACK} does not limit, a candidate
	 * whose word, after the slip's cost, falls short of the least reportable score by
	 * more than {@link #PAIR_REACH} and {@link #SEEN_BONUS} together is not scored: it
	 * could not be reported. A candidate can yet gain a little more through a rarer word,
	 * which the vocabulary does not offer as a fill (有法心依 as 有法不依, the fill being 不依), or
	 * standing as a word of its own: with this much more slack the benchmark's 7,652
	 * sentences get the same findings, hints included, as when every candidate was
	 * scored, in 6–10% less time.
	 */
	private static final double BOUND_SLACK = 1.0;

	/**
	 * Where a character makes no word, the commonest characters it may be a slip for
	 * ({@link Slips.Table#common()}: 和, 在, 自, 时, 内) are tried besides the words that
	 * would fill its place, though they make no longer word there: 政治局禾它的 → 和, 决策草案寸 → 时,
	 * 职权范围丙 → 内. Each is tried only where, alone, it is this much likelier than the
	 * written character after the slip's cost. Measured on odw-train: 8 more sentences
	 * corrected (held out, 0 and 3 more), no clean sentence more flagged; anything from 3
	 * to 6 corrected the same, 3 for 6% more time, 5 for none measurable, trying every
	 * common character for half as long again. Trying them also for characters in words
	 * took twice as long for two more.
	 */
	private static final double COMMON_GAIN = 5.0;

	/**
	 * Only a written character used at least once in 440,000 words is tried against the
	 * commonest characters: a rarer one (訚, 鄠, 汔) is likelier a name or a word chosen on
	 * purpose than a slip (鄠邑区 is no 和邑区).
	 */
	private static final double RARE_CHARACTER = Math.log(1.0 / 440_000);

	private static final int CONTEXT = 5;

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
	 * Guesses scoring this much below the least score that could be reported are not
	 * weighed against the words beside them ({@link WordPairs}): on the benchmark none
	 * was lifted that far, and the weighing costs time. A guess at a written 的, 地 or 得 is
	 * always weighed: the particle is so common a word that the text around it loses much
	 * when it goes, and only its neighbours tell it is wrong there (问题终于的到了解决 → 得, 特殊重要的位
	 * → 地). Weighing them all corrected 26 more slips of de3-dev (10 more sentences),
	 * found no more in odw-train and flagged no right sentence of the three sets, for no
	 * time measurable in pairs; a reach of 5 for them did the same, 4 three sentences
	 * less. (A particle is never doubted as a character in no word, so the bound of
	 * {@link #BOUND_SLACK} holds.)
	 */
	private static final double PAIR_REACH = 3.0;

	/**
	 * Transliterated foreign names (伊梅尔达·马科斯) are strings of characters no dictionary
	 * lists.
	 */
	private static final char NAME_SEPARATOR = '·';

	private final Vocabulary vocabulary = Vocabulary.get();

	private final Slips slips = Slips.get();

	private final PersonNames personNames = PersonNames.get();

	private final WordPairs pairs = WordPairs.get();

	private final SoundAlikeWords soundAlikeWords = SoundAlikeWords.get();

	/**
	 * Names the office writes as they are: its people and units, the words it allows and
	 * the words of today's documents the dictionary lacks (视情, 抗疫).
	 */
	private final PhraseMatcher ownNames;

	/**
	 * @param ownNames names and words the office writes as they are
	 */
	LikelyTypos(Collection<String> ownNames) {
		this.ownNames = PhraseMatcher.of(ownNames.stream().filter((name) -> !name.isBlank()).toList());
	}

	@Override
	public void check(String text, Findings findings) {
		Vocabulary.Lattice words = findings.words();
		Doubt doubt = doubt(text, words);
		double[] likely = doubt.likely();
		this.soundAlikeWords.check(text, words, (i) -> likely[i] < Double.POSITIVE_INFINITY, findings);
		Candidates found = new Candidates();
		List<Flagged> guesses = new ArrayList<>();
		boolean[] guessed = new boolean[text.length()];
		for (int i = 0; i < text.length(); i++) {
			if (likely[i] < Double.POSITIVE_INFINITY) {
				guessed[i] = flag(text, words, i, likely[i], likely[i] == LIKELY, found, findings, guesses);
			}
		}
		boolean[] nearSlip = nearSlip(text, guesses, findings);
		for (int i = 0; i < text.length(); i++) {
			if (nearSlip[i] && !guessed[i] && doubt.nearSlip()[i] < likely[i]) {
				flag(text, words, i, doubt.nearSlip()[i], false, found, findings, guesses);
			}
		}
		for (Flagged flagged : guesses) {
			boolean likelyError = flagged.error() && !writtenAgain(text, flagged, guesses);
			findings.replace(likelyError ? "typo.likely" : "typo.possible", flagged.at(), flagged.at() + 1,
					String.valueOf(flagged.replacement()), flagged.replacement());
		}
	}

	/**
	 * Guesses at the character at {@code at} and keeps the guess if it is likely enough
	 * to report or, for a character in no word, to hint at.
	 * @param likely the score above which a guess is reported
	 * @param ordinary whether the character is in no word or only in words the dictionary
	 * barely knows: one in no word is weighed in full and hinted at below the threshold
	 * @return whether a guess was kept
	 */
	private boolean flag(String text, Vocabulary.Lattice words, int at, double likely, boolean ordinary,
			Candidates found, Findings findings, List<Flagged> guesses) {
		double possible = ordinary ? LIKELY - HINT_MARGIN : likely;
		boolean lone = ordinary && !words.inWord(at);
		double slack = isParticle(text.charAt(at)) ? PARTICLE_SLACK : LOCAL_SLACK;
		double floor = lone ? possible - PAIR_REACH - SEEN_BONUS - BOUND_SLACK : likely - slack;
		Guess guess = guess(text, words, at, lone, floor, possible, found);
		if (guess.score() <= possible || findings.covers(at, at + 1)) {
			return false;
		}
		boolean error = guess.score() > likely;
		if ((!error && !lone) || (error && this.personNames.covers(text, at, guess.replacement()))) {
			return false;
		}
		guesses.add(new Flagged(at, guess.replacement(), error));
		return true;
	}

	/**
	 * @return for each character, whether its sentence holds a wrong character already
	 * reported, by the typo model or by the rules before it
	 */
	private static boolean[] nearSlip(String text, List<Flagged> guesses, Findings findings) {
		boolean[] near = new boolean[text.length()];
		findings.typosReported().forEach((at) -> near[at] = true);
		for (Flagged flagged : guesses) {
			near[flagged.at()] |= flagged.error();
		}
		int start = 0;
		boolean slipped = false;
		for (int end = 0; end <= text.length(); end++) {
			if (end < text.length() && !Chars.isSentenceEnd(text.charAt(end))) {
				slipped |= near[end];
				continue;
			}
			if (slipped) {
				Arrays.fill(near, start, end, true);
			}
			start = end + 1;
			slipped = false;
		}
		return near;
	}

	/**
	 * A character doubted in the same two characters twice in one text (喻晖 in 审理了喻晖与该医院…
	 * 遭到喻晖拒绝) was most likely written as meant, a name or a term the model does not know:
	 * it is hinted at to check, not reported. 的, 地 and 得 are the exception: a writer who
	 * confuses them does so again and again.
	 */
	private static boolean writtenAgain(String text, Flagged flagged, List<Flagged> guesses) {
		if (isParticle(text.charAt(flagged.at())) || isParticle(flagged.replacement())) {
			return false;
		}
		for (Flagged other : guesses) {
			if (other.at() != flagged.at() && other.replacement() == flagged.replacement()
					&& text.charAt(other.at()) == text.charAt(flagged.at())
					&& (sameAt(text, other.at() - 1, flagged.at() - 1)
							|| sameAt(text, other.at() + 1, flagged.at() + 1))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isParticle(char c) {
		return PARTICLES.indexOf(c) >= 0;
	}

	private static boolean sameAt(String text, int one, int other) {
		return one >= 0 && other >= 0 && one < text.length() && other < text.length()
				&& text.charAt(one) == text.charAt(other);
	}

	/**
	 * A character the model doubts.
	 *
	 * @param at where it is
	 * @param replacement the character likely meant
	 * @param error whether the guess is likely enough to report, or only to hint at
	 */
	private record Flagged(int at, char replacement, boolean error) {
	}

	/**
	 * @return for each character, the score above which a guess at it is likely right:
	 * infinite where the character is beyond doubt (not a Chinese character, 〇, in a
	 * common word, near a transliterated name, in one of the office's own names), higher
	 * where it makes a rarer word or is a character of names, lower for the commonest;
	 * and that score in a sentence where a slip has been found ({@link #NEAR_SLIP})
	 */
	private Doubt doubt(String text, Vocabulary.Lattice words) {
		Doubt doubt = new Doubt(new double[text.length()], new double[text.length()]);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Chars.isHan(c) || c == ZERO) {
				doubt.set(i, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
			}
			else if (isParticle(c)) {
				doubt.set(i, LIKELY_FOR_COMMON, LIKELY_FOR_COMMON - NEAR_SLIP);
			}
			else if (words.isVeryCommon(i)) {
				doubt.set(i, LIKELY_FOR_COMMON, LIKELY_FOR_COMMON - NEAR_SLIP / 2);
			}
			else if (this.vocabulary.isNameCharacter(c)) {
				doubt.set(i, LIKELY_IN_NAME, LIKELY_IN_NAME - NEAR_SLIP / 2);
			}
			else {
				doubt.set(i, LIKELY, LIKELY);
			}
		}
		for (int start = 0; start < text.length(); start++) {
			if (text.charAt(start) == NAME_SEPARATOR) {
				doubt.raise(start - CONTEXT, start + CONTEXT + 1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
			}
			for (int end = start + 2; end <= Math.min(text.length(), start + Vocabulary.LONGEST); end++) {
				double word = words.word(start, end);
				if (word > COMMON_WORD) {
					doubt.raise(start, end, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
				}
				else if (word > RARE_WORD) {
					doubt.raise(start, end, LIKELY_IN_WORD,
							(word > FAMILIAR_WORD) ? LIKELY_IN_WORD : LIKELY_IN_WORD - NEAR_SLIP);
				}
			}
		}
		this.ownNames.forEachMatch(text,
				(start, end, index) -> doubt.raise(start, end, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
		return doubt;
	}

	/**
	 * For each character of a text, the score above which a guess at it is reported, and
	 * that score in a sentence where a slip has been found.
	 */
	private record Doubt(double[] likely, double[] nearSlip) {

		void set(int at, double likely, double nearSlip) {
			this.likely[at] = likely;
			this.nearSlip[at] = nearSlip;
		}

		/**
		 * Raises the scores of the characters from {@code from} to {@code to}, as a word
		 * or a name holding them asks; where two ask for the same score, the higher near
		 * a slip holds.
		 */
		void raise(int from, int to, double likely, double nearSlip) {
			for (int i = Math.max(0, from); i < Math.min(this.likely.length, to); i++) {
				if (likely > this.likely[i]) {
					set(i, likely, nearSlip);
				}
				else if (likely == this.likely[i]) {
					this.nearSlip[i] = Math.max(this.nearSlip[i], nearSlip);
				}
			}
		}

	}

	/**
	 * @param lone whether the character is in no word: then the commonest characters it
	 * may be a slip for are tried as well
	 * @param floor candidates whose word alone, after the slip's cost, gains no more than
	 * this over the text it replaces are not scored
	 * @param possible the least score that could be reported: candidates too far below it
	 * are not weighed against the words beside them
	 * @param found where the candidates are gathered, empty, reused from one character to
	 * the next
	 */
	private Guess guess(String text, Vocabulary.Lattice words, int at, boolean lone, double floor, double possible,
			Candidates found) {
		char written = text.charAt(at);
		Guess best = new Guess(written, Double.NEGATIVE_INFINITY);
		Slips.Table slips = this.slips.of(written);
		char[] candidates = candidates(text, words, at, lone, floor, slips, found);
		if (candidates.length == 0) {
			return best;
		}
		int from = Math.max(0, at - CONTEXT);
		int to = Math.min(text.length(), at + CONTEXT + 1);
		StringBuilder window = new StringBuilder(text.subSequence(from, to));
		double original = words.likelihood(from, to);
		double writtenFit = Double.NaN;
		boolean writtenSeen = SEEN.around(window, at - from);
		boolean particle = isParticle(written);
		for (int i = 0; i < candidates.length; i++) {
			char candidate = candidates[i];
			if (i > 0 && candidate == candidates[i - 1]) {
				continue;
			}
			window.setCharAt(at - from, candidate);
			double score = words.likelihood(from, to, at, candidate) - original - slips.cost(candidate);
			if (!writtenSeen && SEEN.around(window, at - from)) {
				score += SEEN_BONUS;
			}
			if (particle || score > possible - PAIR_REACH) {
				if (Double.isNaN(writtenFit)) {
					writtenFit = this.pairs.fitAround(text, words, from, to, at, written);
				}
				score += this.pairs.fitAround(text, words, from, to, at, candidate) - writtenFit;
			}
			if (score > best.score) {
				best = new Guess(candidate, score);
			}
		}
		return best;
	}

	/**
	 * @return the characters that the one at {@code at} may be a slip for and that make a
	 * word with its neighbours, gaining more than {@code floor} on the text it replaces
	 * after the slip's cost, each as often as it makes such a word; for a lone character
	 * also the commonest it may be a slip for ({@link #COMMON_GAIN}); sorted
	 */
	private char[] candidates(String text, Vocabulary.Lattice words, int at, boolean lone, double floor,
			Slips.Table slips, Candidates found) {
		char written = text.charAt(at);
		Vocabulary.FillConsumer keep = (candidate, gain) -> {
			if (candidate != written && gain - slips.cost(candidate) > floor) {
				found.add(candidate);
			}
		};
		for (int length = 2; length <= Vocabulary.LONGEST; length++) {
			for (int start = Math.max(0, at - length + 1); start <= at && start + length <= text.length(); start++) {
				words.forEachFill(start, start + length, at, floor + Slips.LEARNED_COST, keep);
			}
		}
		if (lone && words.character(at) > RARE_CHARACTER) {
			for (char common : slips.common()) {
				if (this.vocabulary.characterLogProbability(common) - words.character(at)
						- slips.cost(common) > COMMON_GAIN) {
					found.add(common);
				}
			}
		}
		return found.takeSorted();
	}

	/**
	 * Runs of three characters seen in training, each packed in a long, in an
	 * open-addressed table at most half full, an empty place holding 0.
	 */
	private record Trigrams(long[] slots) {

		static Trigrams load() {
			long[] packed = Lexicon.lines("learned-trigrams.txt")
				.stream()
				.filter((line) -> line.length() == 3)
				.mapToLong((line) -> pack(line, 0))
				.toArray();
			long[] slots = new long[Integer.highestOneBit(Math.max(1, packed.length)) * 4];
			for (long key : packed) {
				slots[slot(slots, key)] = key;
			}
			return new Trigrams(slots);
		}

		/**
		 * @return whether a run of three characters that holds the one at {@code at} was
		 * seen
		 */
		boolean around(CharSequence text, int at) {
			for (int start = Math.max(0, at - 2); start <= at && start + 3 <= text.length(); start++) {
				long key = pack(text, start);
				if (this.slots[slot(this.slots, key)] == key) {
					return true;
				}
			}
			return false;
		}

		/**
		 * @return the place of {@code key} in the table, or the empty place where it
		 * would go
		 */
		private static int slot(long[] slots, long key) {
			int mask = slots.length - 1;
			int slot = Vocabulary.hash(key) & mask;
			while (slots[slot] != key && slots[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			return slot;
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

}
