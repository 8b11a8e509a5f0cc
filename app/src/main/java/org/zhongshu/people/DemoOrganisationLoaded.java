package org.zhongshu.people;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * The demo organisation was loaded into an empty database; other modules may add their
 * own demo data.
 *
 * @param people how many demo accounts were created
 */
public record DemoOrganisationLoaded(int people) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.succeeded("DEMO_LOADED", "加载演示数据", "演示组织机构").withDetail("创建演示账户 %d 个".formatted(this.people));
	}

}
