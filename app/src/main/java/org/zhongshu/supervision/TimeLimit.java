package org.zhongshu.supervision;

import java.time.LocalDate;

/**
 * The office's usual 办理时限, from which a deadline is counted: an urgent leader's
 * instruction in 1 to 5 working days, a 公文 in 30 days, a 纪要 in 20 days (a deadline on a
 * rest day moves to the next working day).
 */
enum TimeLimit {

	URGENT_1("批示急件 1 个工作日", 1, true),

	URGENT_3("批示急件 3 个工作日", 3, true),

	URGENT_5("批示急件 5 个工作日", 5, true),

	DOCUMENT("公文 30 日", 30, false),

	MINUTES("纪要 20 日", 20, false);

	private final String label;

	private final int days;

	private final boolean workingDays;

	TimeLimit(String label, int days, boolean workingDays) {
		this.label = label;
		this.days = days;
		this.workingDays = workingDays;
	}

	public String label() {
		return this.label;
	}

	LocalDate deadlineFrom(LocalDate today, WorkingDays calendar) {
		return this.workingDays ? calendar.plus(today, this.days) : calendar.onOrAfter(today.plusDays(this.days));
	}

}
