package org.zhongshu.supervision;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.zhongshu.platform.AuditEntry;
import org.zhongshu.platform.Auditable;
import org.zhongshu.platform.Classification;

/**
 * Someone opened a 督办事项 marked 秘密 or above, or downloaded its evidence: the audit trail
 * records every such read.
 *
 * @param item the item's id
 * @param title its title
 * @param classification its 密级
 * @param what what was read: the page, or the file downloaded
 */
record ItemRead(UUID item, String title, Classification classification, String what) implements Auditable {

	/** The lowest 密级 whose every read is recorded. */
	static final Classification RECORDED_FROM = Classification.CONFIDENTIAL;

	static void publish(ApplicationEventPublisher events, Item item, String what) {
		if (item.classification().compareTo(RECORDED_FROM) >= 0) {
			events.publishEvent(new ItemRead(item.id(), item.title(), item.classification(), what));
		}
	}

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.succeeded("SUPERVISION_READ", "查阅涉密督办事项", "督办事项《" + this.title + "》 " + this.item)
			.withClassification(this.classification)
			.withDetail(this.what);
	}

}
