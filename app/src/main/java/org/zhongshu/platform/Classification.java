package org.zhongshu.platform;

/**
 * 密级: how sensitive a piece of information is, and how far a person is cleared to read.
 * Ordered from the lowest level to the highest.
 */
public enum Classification {

	PUBLIC("公开"),

	INTERNAL("内部"),

	/** 秘密. */
	CONFIDENTIAL("秘密"),

	/** 机密. */
	SECRET("机密");

	private final String label;

	Classification(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @param other the level of some information
	 * @return whether a person cleared to this level may read information of the other
	 * level
	 */
	public boolean covers(Classification other) {
		return compareTo(other) >= 0;
	}

}
