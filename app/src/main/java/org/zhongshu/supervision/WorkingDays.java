package org.zhongshu.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The office's working days: Monday to Friday, except the 法定节假日 that fall on them, and
 * the weekend days worked in their place (调休上班), as the office's calendar records them.
 */
final class WorkingDays {

	private final Map<LocalDate, Boolean> exceptions;

	/**
	 * @param exceptions the days that break the weekday rule, each with whether it is
	 * worked
	 */
	WorkingDays(Map<LocalDate, Boolean> exceptions) {
		this.exceptions = Map.copyOf(exceptions);
	}

	boolean isWorkingDay(LocalDate day) {
		Boolean working = this.exceptions.get(day);
		if (working != null) {
			return working;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * @return how many working days there are after {@code today} up to and including
	 * {@code deadline}: 0 when the deadline is today or has passed
	 */
	int until(LocalDate today, LocalDate deadline) {
		int count = 0;
		for (LocalDate day = today.plusDays(1); !day.isAfter(deadline); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * @return the {@code count}th working day after {@code day}
	 */
	LocalDate plus(LocalDate day, int count) {
		LocalDate next = day;
		for (int found = 0; found < count;) {
			next = next.plusDays(1);
			if (isWorkingDay(next)) {
				found++;
			}
		}
		return next;
	}

	/**
	 * @return the day itself when it is a working day, else the next working day: where a
	 * deadline counted in calendar days is moved when it falls on a rest day
	 */
	LocalDate onOrAfter(LocalDate day) {
		return isWorkingDay(day) ? day : plus(day, 1);
	}

}
