package org.zhongshu.people;

/**
 * What kind of body a unit of the org tree is.
 */
enum UnitKind {

	COMMITTEE("党委"),

	LEADERSHIP("领导班子"),

	OFFICE("办公室"),

	SECTION("处室"),

	GROUP("分组"),

	DEPARTMENT("部门单位"),

	TOWNSHIP("乡镇街道");

	private final String label;

	UnitKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
