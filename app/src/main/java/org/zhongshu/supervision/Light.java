package org.zhongshu.supervision;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The light a task shows: green on track, yellow when its deadline is within
 * {@value #WARNING_DAYS} working days or a periodic report is late, red past its
 * deadline, grey once closed (销号). A task whose 办结 was applied for by the deadline stays
 * green while the 督查室 reviews it: the unit did its part in time.
 */
enum Light {

	GREEN("正常", "success"),

	YELLOW("预警", "warning"),

	RED("超期", "danger"),

	GREY("已办结", "secondary");

	static final int WARNING_DAYS = 3;

	private final String label;

	private final String style;

	Light(String label, String style) {
		this.label = label;
		this.style = style;
	}

	public String label() {
		return this.label;
	}

	/**
	 * @return the Bootstrap colour it is shown in
	 */
	public String style() {
		return this.style;
	}

	/**
	 * @param closed whether the task is closed
	 * @param deadline its deadline
	 * @param appliedOn when its pending 办结 application was made, if there is one
	 * @param reportDue the last day of the next periodic report, if it reports
	 * periodically
	 * @param today the office's date
	 * @param days the office's working days
	 */
	static Light of(boolean closed, LocalDate deadline, @Nullable LocalDate appliedOn, @Nullable LocalDate reportDue,
			LocalDate today, WorkingDays days) {
		if (closed) {
			return GREY;
		}
		if (appliedOn != null && !appliedOn.isAfter(deadline)) {
			return GREEN;
		}
		if (today.isAfter(deadline)) {
			return RED;
		}
		if (days.until(today, deadline) <= WARNING_DAYS || (reportDue != null && today.isAfter(reportDue))) {
			return YELLOW;
		}
		return GREEN;
	}

}
