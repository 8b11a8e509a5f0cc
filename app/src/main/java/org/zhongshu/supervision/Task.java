package org.zhongshu.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A task of a 督办事项 for a 牵头单位 and its 配合单位, with what the lead unit last reported.
 *
 * @param id its id
 * @param itemId the item's id
 * @param position its number within the item, from 1
 * @param leadUnit the 牵头单位
 * @param coUnits the 配合单位
 * @param deadline the 完成时限
 * @param cycle how often the lead unit reports
 * @param reportDates for a task reporting on dates, the dates
 * @param assignedOn when it was assigned
 * @param closed whether it is closed (销号)
 * @param closedOn when it was done: the day of the 办结 application the 督查室 accepted (销号)
 * @param onTime whether it was done by its deadline, once closed
 * @param lastReportOn the day of the lead unit's last report not returned
 * @param progress the percentage it last reported
 * @param latest what it last reported
 * @param appliedOn the day of its pending 办结 application
 */
record Task(UUID id, UUID itemId, int position, String leadUnit, List<String> coUnits, LocalDate deadline, Cycle cycle,
		List<LocalDate> reportDates, LocalDate assignedOn, boolean closed, @Nullable LocalDate closedOn,
		@Nullable Boolean onTime, @Nullable LocalDate lastReportOn, int progress, String latest,
		@Nullable LocalDate appliedOn) {

	Task {
		coUnits = List.copyOf(coUnits);
		reportDates = List.copyOf(reportDates);
	}

	enum State {

		OPEN("办理中"),

		APPLIED("申请办结"),

		CLOSED("已销号");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		/**
		 * @param closed whether the task is closed (销号)
		 * @param appliedOn the day of its pending 办结 application, if there is one
		 */
		static State of(boolean closed, @Nullable LocalDate appliedOn) {
			if (closed) {
				return CLOSED;
			}
			return (appliedOn != null) ? APPLIED : OPEN;
		}

	}

	/**
	 * @return where it stands: closed, waiting for the review of its 办结 application, or
	 * being done
	 */
	public State state() {
		return State.of(this.closed, this.appliedOn);
	}

	/**
	 * @return whether the unit leads the task or helps with it
	 */
	public boolean involves(String unit) {
		return this.leadUnit.equals(unit) || this.coUnits.contains(unit);
	}

	/**
	 * @return the last day the lead unit's next periodic report is on time, none when it
	 * reports only at the end
	 */
	@Nullable LocalDate reportDue() {
		return this.cycle.nextReportDue(this.lastReportOn, this.assignedOn, this.reportDates);
	}

	Light light(LocalDate today, WorkingDays days) {
		return Light.of(this.closed, this.deadline, this.appliedOn, reportDue(), today, days);
	}

	/**
	 * @return how many days past its deadline the task is, or was when it was closed
	 */
	long daysOverdue(LocalDate today) {
		LocalDate end = (this.closed && this.closedOn != null) ? this.closedOn
				: (this.appliedOn != null) ? this.appliedOn : today;
		return Math.max(0, ChronoUnit.DAYS.between(this.deadline, end));
	}

}
