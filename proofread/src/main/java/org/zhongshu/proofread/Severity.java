package org.zhongshu.proofread;

/**
 * How sure the proofreader is that something must change. The CLI exits with 1 when any
 * issue is an {@link #ERROR}.
 */
public enum Severity {

	/** Certainly wrong: must be corrected before the document is issued. */
	ERROR("错误"),

	/** Probably wrong: a person should look. */
	WARNING("警告"),

	/** Worth knowing, not wrong. */
	INFO("提示");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	/**
	 * @return the name shown to office staff
	 */
	public String label() {
		return this.label;
	}

	/**
	 * @return whether an issue of this severity stops a document from being issued unless
	 * waived
	 */
	public boolean blocksIssuing() {
		return this == ERROR;
	}

}
