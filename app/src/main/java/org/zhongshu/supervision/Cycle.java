package org.zhongshu.supervision;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How often the 牵头单位 reports on a task before it is done.
 */
enum Cycle {

	ONCE("办结时报告"),

	WEEKLY("每周报告"),

	MONTHLY("每月报告"),

	DATES("按指定日期报告");

	private final String label;

	Cycle(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @param lastReport the day of the lead unit's last report, if it has reported
	 * @param assignedOn the day the task was assigned
	 * @param dates for {@link #DATES}, the days reports are due; a report counts for the
	 * first of them on or after it
	 * @return the last day the next report is on time, none for a one-off report or when
	 * no date is left
	 */
	@Nullable LocalDate nextReportDue(@Nullable LocalDate lastReport, LocalDate assignedOn, List<LocalDate> dates) {
		LocalDate last = (lastReport != null) ? lastReport : assignedOn;
		return switch (this) {
			case ONCE -> null;
			case WEEKLY -> last.plusWeeks(1);
			case MONTHLY -> last.plusMonths(1);
			case DATES -> {
				List<LocalDate> due = dates.stream().sorted().filter((day) -> !day.isBefore(last)).toList();
				int next = (lastReport != null) ? 1 : 0;
				yield (due.size() > next) ? due.get(next) : null;
			}
		};
	}

}
