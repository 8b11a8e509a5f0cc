package org.zhongshu.supervision;

/**
 * Where a 督办事项 comes from.
 */
enum Source {

	INSTRUCTION("领导批示"),

	MEETING("会议议定事项"),

	SUPERIOR("上级交办"),

	KEY_WORK("重点工作");

	private final String label;

	Source(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
