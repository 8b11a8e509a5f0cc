package org.zhongshu.people;

import java.util.Set;
import java.util.stream.Collectors;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;
import org.zhongshu.platform.Classification;

/**
 * The security administrator changed a person's roles or clearance.
 *
 * @param loginName whose grants
 * @param roles the roles now held
 * @param clearance the clearance now held
 */
public record GrantsChanged(String loginName, Set<Role> roles, Classification clearance) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		String held = this.roles.isEmpty() ? "无"
				: this.roles.stream().sorted().map(Role::label).collect(Collectors.joining("、"));
		return AuditEntry.succeeded("GRANTS_CHANGED", "调整角色与密级", "用户 " + this.loginName)
			.withClassification(this.clearance)
			.withDetail("角色：" + held + "；密级：" + this.clearance.label());
	}

}
