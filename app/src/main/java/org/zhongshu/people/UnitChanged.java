package org.zhongshu.people;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * The system administrator changed the org tree.
 *
 * @param unitName the unit
 * @param change what was done
 */
public record UnitChanged(String unitName, Change change) implements Auditable {

	public enum Change {

		CREATED("UNIT_CREATED", "新建单位"),

		EDITED("UNIT_EDITED", "修改单位"),

		DELETED("UNIT_DELETED", "删除单位");

		private final String event;

		private final String label;

		Change(String event, String label) {
			this.event = event;
			this.label = label;
		}

	}

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.succeeded(this.change.event, this.change.label, "单位 " + this.unitName);
	}

}
