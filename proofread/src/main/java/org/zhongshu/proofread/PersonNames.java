package org.zhongshu.proofread;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * People's names in running text, found by the name recogniser HanLP ships (roles of
 * surname and given name learned from the 人民日报 corpus): 陶世安 and 张俐娜 are names, though no
 * dictionary lists them and their characters are rare. Asked only of a character the typo
 * model would report, so its cost is paid seldom.
 */
final class PersonNames {

	/**
	 * Characters looked at on each side of the one asked about: enough for a title and a
	 * name (秘书长陶世安主持). Twelve found the same names in the benchmark's 7,900 sentences and
	 * made its document, dense with slips, a fifth slower to check.
	 */
	private static final int REACH = 6;

	/**
	 * Characters no one's name is written with, about which the recogniser, the slowest
	 * part of a check, is not asked (得 is: 李得胜).
	 */
	private static final String NEVER_IN_NAMES = "的地";

	private static final PersonNames INSTANCE = new PersonNames();

	/** Thread-safe once configured, as HanLP's analysers are. */
	private final Segment segment = HanLP.newSegment().enableNameRecognize(true).enableOffset(true);

	private PersonNames() {
	}

	static PersonNames get() {
		return INSTANCE;
	}

	/**
	 * @return whether the character at {@code at} seems part of a person's name, written
	 * as it is and with {@code meant} in its place: a slip in a common word often reads
	 * as a name (才政部), but the word meant then reads as a word (财政部), which is asked
	 * first as it is seldom a name
	 */
	boolean covers(String text, int at, char meant) {
		if (NEVER_IN_NAMES.indexOf(text.charAt(at)) >= 0) {
			return false;
		}
		int from = Math.max(0, at - REACH);
		String window = text.substring(from, Math.min(text.length(), at + REACH + 1));
		char[] corrected = window.toCharArray();
		corrected[at - from] = meant;
		return covers(new String(corrected), at - from) && covers(window, at - from);
	}

	private boolean covers(String window, int at) {
		for (Term term : this.segment.seg(window)) {
			if (term.offset <= at && at < term.offset + term.length()) {
				return term.nature.startsWith("nr");
			}
		}
		return false;
	}

}
