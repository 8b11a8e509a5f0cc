package org.zhongshu.proofread;

/**
 * What kind of mistake an issue reports. The names are part of the CLI and REST contract
 * (DESIGN.md).
 */
public enum Category {

	/** A wrong character or word (音近、形近、易混词). */
	TYPO("错别字"),

	/** A punctuation mark against GB/T 15834-2011. */
	PUNCTUATION("标点符号"),

	/** A number written against GB/T 15835-2011. */
	NUMBER("数字用法"),

	/** A date that does not exist, or a weekday that does not match it. */
	DATE("日期"),

	/** A standard formulation written in a non-standard way. */
	PHRASING("规范表述"),

	/** A person, unit or place named differently from the office's roster. */
	NAME("人名地名"),

	/** A document element laid out against GB/T 9704-2012. */
	FORMAT("公文格式"),

	/** A sentence that does not hold together. */
	GRAMMAR("语法"),

	/** The same thing written two ways in one text. */
	CONSISTENCY("前后一致");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	/**
	 * @return the name office staff know this kind of mistake by
	 */
	public String label() {
		return this.label;
	}

}
