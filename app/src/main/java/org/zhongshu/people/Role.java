package org.zhongshu.people;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person does in the office. Business roles open the office's work; the three
 * administrator roles (三员) each hold one administrative duty and no business data, and no
 * person may hold one of them together with any other role.
 */
public enum Role {

	LEADER("委领导", false),

	OFFICE_LEADER("办公室领导", false),

	SECRETARY("文秘", false),

	MEETINGS("会务", false),

	SUPERVISION("督查", false),

	INFORMATION("信息", false),

	DUTY("值班", false),

	CONFIDENTIAL_AFFAIRS("机要", false),

	LIAISON("单位联络员", false),

	/** 系统管理员: people and the org tree, nothing else. */
	SYSTEM_ADMIN("系统管理员", true),

	/** 安全保密管理员: roles and clearances, nothing else. */
	SECURITY_ADMIN("安全保密管理员", true),

	/** 安全审计员: the audit trail, nothing else. */
	AUDITOR("安全审计员", true);

	private final String label;

	private final boolean administrator;

	Role(String label, boolean administrator) {
		this.label = label;
		this.administrator = administrator;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return whether this is one of the three separated administrator roles
	 */
	public boolean isAdministrator() {
		return this.administrator;
	}

	/**
	 * @return the business roles, in the order the office lists them
	 */
	public static Set<Role> business() {
		return EnumSet.copyOf(Arrays.stream(values()).filter((role) -> !role.administrator).toList());
	}

	/**
	 * @return the three administrator roles
	 */
	public static Set<Role> administrators() {
		return EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDITOR);
	}

}
