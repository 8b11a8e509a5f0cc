package org.zhongshu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Working days and lights around 国庆 2026 as the State Council set it: 1 to 7 October off,
 * Sunday 20 September and Saturday 10 October worked.
 */
class WorkingDaysTests {

	static final WorkingDays NATIONAL_DAY = nationalDay(true);

	static final WorkingDays WITHOUT_MAKE_UP_DAYS = nationalDay(false);

	@Test
	void holidaysAreRestDaysAndMakeUpWeekendDaysAreWorked() {
		assertThat(NATIONAL_DAY.isWorkingDay(day(9, 30))).isTrue();
		assertThat(NATIONAL_DAY.isWorkingDay(day(10, 1))).isFalse();
		assertThat(NATIONAL_DAY.isWorkingDay(day(10, 5))).isFalse();
		assertThat(NATIONAL_DAY.isWorkingDay(day(10, 8))).isTrue();
		assertThat(NATIONAL_DAY.isWorkingDay(day(10, 10))).isTrue();
		assertThat(NATIONAL_DAY.isWorkingDay(day(10, 11))).isFalse();
		assertThat(NATIONAL_DAY.isWorkingDay(day(9, 20))).isTrue();
		assertThat(NATIONAL_DAY.isWorkingDay(day(9, 19))).isFalse();
	}

	@Test
	void aDeadlineAfterTheHolidayTurnsYellowThreeWorkingDaysAheadNotThreeCalendarDays() {
		LocalDate friday = day(10, 9);
		assertThat(light(friday, day(9, 28), NATIONAL_DAY)).isEqualTo(Light.GREEN);
		assertThat(light(friday, day(9, 29), NATIONAL_DAY)).isEqualTo(Light.YELLOW);
		assertThat(light(friday, day(10, 3), NATIONAL_DAY)).isEqualTo(Light.YELLOW);
		assertThat(light(friday, day(10, 9), NATIONAL_DAY)).isEqualTo(Light.YELLOW);
		assertThat(light(friday, day(10, 10), NATIONAL_DAY)).isEqualTo(Light.RED);
	}

	@Test
	void aWorkedSaturdayCountsTowardsTheWarning() {
		LocalDate monday = day(10, 12);
		assertThat(light(monday, day(10, 7), NATIONAL_DAY)).isEqualTo(Light.GREEN);
		assertThat(light(monday, day(10, 8), NATIONAL_DAY)).isEqualTo(Light.YELLOW);
		assertThat(light(monday, day(10, 7), WITHOUT_MAKE_UP_DAYS)).isEqualTo(Light.YELLOW);
	}

	@Test
	void usualTimeLimitsAreCountedInWorkingDaysOrMovedOffRestDays() {
		assertThat(TimeLimit.URGENT_3.deadlineFrom(day(9, 29), NATIONAL_DAY)).isEqualTo(day(10, 9));
		assertThat(TimeLimit.URGENT_1.deadlineFrom(day(9, 30), NATIONAL_DAY)).isEqualTo(day(10, 8));
		assertThat(TimeLimit.URGENT_5.deadlineFrom(day(9, 30), NATIONAL_DAY)).isEqualTo(day(10, 13));
		assertThat(TimeLimit.DOCUMENT.deadlineFrom(day(9, 3), NATIONAL_DAY)).isEqualTo(day(10, 8));
		assertThat(TimeLimit.MINUTES.deadlineFrom(day(9, 20), NATIONAL_DAY)).isEqualTo(day(10, 10));
		assertThat(TimeLimit.MINUTES.deadlineFrom(day(9, 21), NATIONAL_DAY)).isEqualTo(day(10, 12));
	}

	@Test
	void aLatePeriodicReportTurnsTheLightYellowUntilTheUnitReports() {
		LocalDate deadline = day(12, 31);
		LocalDate assigned = day(9, 1);
		assertThat(Light.of(false, deadline, null, Cycle.WEEKLY.nextReportDue(null, assigned, List.of()), day(9, 8),
				NATIONAL_DAY))
			.isEqualTo(Light.GREEN);
		assertThat(Light.of(false, deadline, null, Cycle.WEEKLY.nextReportDue(null, assigned, List.of()), day(9, 9),
				NATIONAL_DAY))
			.isEqualTo(Light.YELLOW);
		assertThat(Light.of(false, deadline, null, Cycle.WEEKLY.nextReportDue(day(9, 9), assigned, List.of()),
				day(9, 9), NATIONAL_DAY))
			.isEqualTo(Light.GREEN);
		assertThat(Light.of(false, deadline, null, Cycle.MONTHLY.nextReportDue(null, assigned, List.of()), day(10, 1),
				NATIONAL_DAY))
			.isEqualTo(Light.GREEN);
		assertThat(Light.of(false, deadline, null, Cycle.MONTHLY.nextReportDue(null, assigned, List.of()), day(10, 2),
				NATIONAL_DAY))
			.isEqualTo(Light.YELLOW);
		assertThat(Cycle.ONCE.nextReportDue(null, assigned, List.of())).isNull();
	}

	@Test
	void aReportCountsForTheFirstSetDateOnOrAfterItAndTheNextDateIsThenDue() {
		LocalDate assigned = day(9, 1);
		List<LocalDate> dates = List.of(day(9, 30), day(9, 10), day(10, 20));
		assertThat(Cycle.DATES.nextReportDue(null, assigned, dates)).isEqualTo(day(9, 10));
		assertThat(Cycle.DATES.nextReportDue(day(9, 8), assigned, dates)).isEqualTo(day(9, 30));
		assertThat(Cycle.DATES.nextReportDue(day(9, 10), assigned, dates)).isEqualTo(day(9, 30));
		assertThat(Cycle.DATES.nextReportDue(day(9, 12), assigned, dates)).isEqualTo(day(10, 20));
		assertThat(Cycle.DATES.nextReportDue(day(10, 20), assigned, dates)).isNull();
		assertThat(Light.of(false, day(12, 31), null, Cycle.DATES.nextReportDue(null, assigned, dates), day(9, 11),
				NATIONAL_DAY))
			.isEqualTo(Light.YELLOW);
	}

	@Test
	void anApplicationForCompletionByTheDeadlineKeepsTheTaskGreenWhileReviewedAndClosedTasksAreGrey() {
		LocalDate deadline = day(10, 9);
		assertThat(Light.of(false, deadline, day(10, 9), null, day(10, 13), NATIONAL_DAY)).isEqualTo(Light.GREEN);
		assertThat(Light.of(false, deadline, day(10, 10), null, day(10, 13), NATIONAL_DAY)).isEqualTo(Light.RED);
		assertThat(Light.of(true, deadline, null, null, day(10, 13), NATIONAL_DAY)).isEqualTo(Light.GREY);
	}

	private static Light light(LocalDate deadline, LocalDate today, WorkingDays days) {
		return Light.of(false, deadline, null, null, today, days);
	}

	private static LocalDate day(int month, int day) {
		return LocalDate.of(2026, month, day);
	}

	private static WorkingDays nationalDay(boolean withMakeUpDays) {
		Map<LocalDate, Boolean> days = new HashMap<>();
		for (int d = 1; d <= 7; d++) {
			days.put(day(10, d), false);
		}
		if (withMakeUpDays) {
			days.put(day(9, 20), true);
			days.put(day(10, 10), true);
		}
		return new WorkingDays(days);
	}

}
