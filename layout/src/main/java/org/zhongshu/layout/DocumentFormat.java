package org.zhongshu.layout;

/**
 * The formats of GB/T 9704-2012: the general 文件格式 and the three special ones (第10章).
 */
public enum DocumentFormat {

	/** 文件格式: 发文机关标志 with 文件, red line, body, 版记 (第7章). */
	FILE("文件格式"),

	/** 信函格式: full name of the body, double red lines, 30 mm from the top (10.1). */
	LETTER("信函格式"),

	/** 命令（令）格式: the body's name with 命令 or 令, 令号 below it (10.2). */
	ORDER("命令（令）格式"),

	/** 纪要格式: the body's name with 纪要 (10.3). */
	MINUTES("纪要格式");

	private final String label;

	DocumentFormat(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
