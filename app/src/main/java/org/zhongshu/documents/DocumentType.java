package org.zhongshu.documents;

/**
 * The fifteen kinds of 公文 of 《党政机关公文处理工作条例》 article 8.
 */
public enum DocumentType {

	RESOLUTION("决议"), DECISION("决定"), ORDER("命令"), COMMUNIQUE("公报"), ANNOUNCEMENT("公告"), PUBLIC_NOTICE("通告"),
	OPINION("意见"), NOTICE("通知"), CIRCULAR("通报"), REPORT("报告"), REQUEST("请示"), REPLY("批复"), MOTION("议案"), LETTER("函"),
	MINUTES("纪要");

	private final String label;

	DocumentType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return whether it goes up to a superior body (上行文), which carries 签发人
	 */
	public boolean isUpward() {
		return this == REPORT || this == REQUEST;
	}

}
