package org.zhongshu.documents;

/**
 * The fifteen kinds of 公文 of 《党政机关公文处理工作条例》 article 8.
 */
enum DocumentType {

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
	 * @return the usual wording of a document of this type, to start a draft from; empty
	 * where there is none
	 */
	public String template() {
		return switch (this) {
			case NOTICE -> "为……，经……同意，现就有关事项通知如下。\n一、……\n二、……\n特此通知。";
			case REQUEST -> "……（请示的缘由）。\n……（请示的事项，一文一事）。\n妥否，请批示。";
			case REPORT -> "现将……情况报告如下。\n一、……\n二、……\n特此报告。";
			case REPLY -> "你单位《关于……的请示》收悉。经研究，现批复如下：\n一、……\n此复。";
			case OPINION -> "为……，现提出如下意见。\n一、……\n二、……";
			case CIRCULAR -> "……。现将有关情况通报如下。\n一、……\n二、……\n特此通报。";
			case LETTER -> "……。\n……，请予支持为盼。\n特此函达。";
			case DECISION -> "……。经……研究，决定：\n一、……\n二、……";
			case MINUTES -> "……月……日，……主持召开……会议，研究……。现将会议议定事项纪要如下：\n一、……\n二、……";
			case ORDER -> "《……》已经……审议通过，现予公布，自……起施行。";
			default -> "";
		};
	}

	/**
	 * @return whether it goes up to a superior body (上行文), which carries 签发人
	 */
	public boolean isUpward() {
		return this == REPORT || this == REQUEST;
	}

}
