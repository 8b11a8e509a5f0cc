package org.zhongshu.supervision;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How often the 牵头单位 reports on a task before it is done.
 */
enum Cycle {

	ONCE("办结时报告"),

	WEEKLY("每周报告"),

	MONTHLY("每月报告");

	private final String label;

	Cycle(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @param last the day of the lead unit's last report, or the day the task was
	 * assigned
	 * @return the last day the next report is on time, none for a one-off report
	 */
	@Nullable LocalDate nextReportDue(LocalDate last) {
		return switch (this) {
			case ONCE -> null;
			case WEEKLY -> last.plusWeeks(1);
			case MONTHLY -> last.plusMonths(1);
		};
	}

}
