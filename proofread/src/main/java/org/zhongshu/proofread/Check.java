package org.zhongshu.proofread;

/**
 * One family of rules, run over a whole text.
 */
interface Check {

	/**
	 * Looks at the text and records what is wrong.
	 * @param text the text, as given
	 * @param findings where to record
	 */
	void check(String text, Findings findings);

}
