package org.zhongshu.supervision;

import java.time.LocalDate;
import java.util.UUID;

import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;

/**
 * The 督查室 closed a task (销号) on the lead unit's evidence: done on time or late, as the
 * 争先创优 scores count it. Published in the transaction of the review, recorded in the audit
 * trail.
 *
 * @param task the task's id
 * @param item the 督办事项's id
 * @param title the item's title
 * @param leadUnit the 牵头单位
 * @param deadline the task's deadline
 * @param doneOn the day the lead unit applied for 办结 with the evidence accepted
 * @param onTime whether that was by the deadline
 */
public record TaskClosed(UUID task, UUID item, String title, String leadUnit, LocalDate deadline, LocalDate doneOn,
		boolean onTime) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.succeeded("SUPERVISION_CLOSED", "督办任务销号", "督办事项《" + this.title + "》 " + this.task)
			.withDetail("牵头单位：" + this.leadUnit + "；完成时限 " + this.deadline + "，办结 " + this.doneOn
					+ (this.onTime ? "，按期" : "，逾期"));
	}

}
