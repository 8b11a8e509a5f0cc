package org.zhongshu.proofread;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntPredicate;

/**
 * For each character, the characters a writer may have meant by it, and how unlikely each
 * slip is, as a log cost: one seen in training (learned-confusions.tsv), one that shares
 * a reading, one dialect speakers do not tell apart, one of similar shape. Each
 * character's are kept in a small table of their own, so that the typo model, weighing
 * the thousands of words that would fill a gap, tells with one look whether a word's
 * character could be the one meant.
 */
final class Slips {

	/**
	 * Slips writers were seen making cost less than none: a bonus. Chosen by two-fold
	 * cross-validation on odw-train, learning from one half and scoring the other; a
	 * larger bonus flagged more than one clean sentence in two hundred.
	 */
	static final double LEARNED_COST = -2.0;

	private static final double SAME_READING_COST = 0;

	private static final double SOUND_ALIKE_COST = 1.0;

	private static final double LOOK_ALIKE_COST = 1.5;

	/** The costs, numbered as the tables keep them, the lowest first. */
	private static final double[] COSTS = { LEARNED_COST, SAME_READING_COST, SOUND_ALIKE_COST, LOOK_ALIKE_COST };

	/**
	 * Characters used as a word of their own at least once in 3,000 words (和, 在, 自, 时,
	 * 内): the slips for them are also kept apart, for the typo model to try where they
	 * make no longer word.
	 */
	private static final double COMMON_CHARACTER = Math.log(1.0 / 3_000);

	private static final byte LEARNED = 0;

	private static final byte SAME_READING = 1;

	private static final byte SOUND_ALIKE = 2;

	private static final byte LOOK_ALIKE = 3;

	private static final Slips INSTANCE = new Slips();

	private final Pinyin pinyin = Pinyin.get();

	private final Shapes shapes = Shapes.get();

	private final Vocabulary vocabulary = Vocabulary.get();

	/** For each written character, the characters it was seen mistyped for. */
	private final String[] learned = learned();

	/**
	 * For each written character, its slips, gathered the first time it is asked about: a
	 * text asks about a few thousand characters, the tables for all would take 40 MB.
	 */
	private final AtomicReferenceArray<Table> tables = new AtomicReferenceArray<>(Character.MAX_VALUE + 1);

	static Slips get() {
		return INSTANCE;
	}

	/**
	 * @return the characters a writer may have meant by {@code written}
	 */
	Table of(char written) {
		Table table = this.tables.getAcquire(written);
		if (table == null) {
			table = gather(written);
			this.tables.setRelease(written, table);
		}
		return table;
	}

	private Table gather(char written) {
		Gathered gathered = new Gathered();
		for (int i = 0; i < this.learned[written].length(); i++) {
			gathered.add(this.learned[written].charAt(i), LEARNED);
		}
		if (Chars.isHan(written)) {
			this.pinyin.forEachSoundAlike(written,
					(other, same) -> gathered.add(other, same ? SAME_READING : SOUND_ALIKE));
			this.shapes.forEachLookAlike(written, (other) -> gathered.add((char) other, LOOK_ALIKE));
		}
		return gathered.table(written, (c) -> this.vocabulary.characterLogProbability((char) c) > COMMON_CHARACTER);
	}

	private static String[] learned() {
		StringBuilder[] learned = new StringBuilder[Character.MAX_VALUE + 1];
		for (String line : Lexicon.lines("learned-confusions.tsv")) {
			String[] fields = line.split("\t");
			char written = fields[0].charAt(0);
			if (learned[written] == null) {
				learned[written] = new StringBuilder();
			}
			learned[written].append(fields[1].charAt(0));
		}
		String[] strings = new String[learned.length];
		for (int c = 0; c < learned.length; c++) {
			strings[c] = (learned[c] != null) ? learned[c].toString() : "";
		}
		return strings;
	}

	private static int slot(char c, int mask) {
		return (c * 0x9E3779B1 >>> 16) & mask;
	}

	/**
	 * The characters one written character may stand for, each with how unlikely the slip
	 * is.
	 */
	static final class Table {

		/**
		 * The characters, open-addressed by {@link #slot}, the empty character marking a
		 * free place.
		 */
		private final char[] meant;

		/** For each place of {@link #meant}, the number in {@link #COSTS} of its cost. */
		private final byte[] kinds;

		/** The commonest characters among {@link #meant}. */
		private final char[] common;

		private Table(char[] meant, byte[] kinds, char[] common) {
			this.meant = meant;
			this.kinds = kinds;
			this.common = common;
		}

		/**
		 * @return the characters meant that are used as a word of their own at least once
		 * in 3,000 words
		 */
		char[] common() {
			return this.common;
		}

		/**
		 * @return how unlikely a writer is to put the written character for {@code c}, as
		 * a log cost; infinite for characters that neither sound nor look alike
		 */
		double cost(char c) {
			int mask = this.meant.length - 1;
			for (int slot = slot(c, mask);; slot = (slot + 1) & mask) {
				if (this.meant[slot] == c) {
					return COSTS[this.kinds[slot]];
				}
				if (this.meant[slot] == 0) {
					return Double.POSITIVE_INFINITY;
				}
			}
		}

	}

	/**
	 * The slips gathered for one written character, each with its lowest cost.
	 */
	private static final class Gathered {

		private char[] chars = new char[256];

		private byte[] kinds = new byte[256];

		private int size;

		void add(char c, byte kind) {
			if (c == 0) {
				return;
			}
			if (this.size * 2 >= this.chars.length) {
				char[] chars = this.chars;
				byte[] kinds = this.kinds;
				this.chars = new char[chars.length * 2];
				this.kinds = new byte[chars.length * 2];
				this.size = 0;
				for (int i = 0; i < chars.length; i++) {
					add(chars[i], kinds[i]);
				}
			}
			int mask = this.chars.length - 1;
			int slot = slot(c, mask);
			while (this.chars[slot] != 0 && this.chars[slot] != c) {
				slot = (slot + 1) & mask;
			}
			if (this.chars[slot] == 0) {
				this.chars[slot] = c;
				this.kinds[slot] = kind;
				this.size++;
			}
			else {
				this.kinds[slot] = (byte) Math.min(this.kinds[slot], kind);
			}
		}

		/**
		 * @param written the character the slips are for, not a slip for itself
		 * @param common which characters are the commonest
		 * @return the slips gathered, in a table at most half full
		 */
		Table table(char written, IntPredicate common) {
			StringBuilder commonest = new StringBuilder();
			for (char c : this.chars) {
				if (c != 0 && c != written && common.test(c)) {
					commonest.append(c);
				}
			}
			return new Table(this.chars, this.kinds, commonest.toString().toCharArray());
		}

	}

}
