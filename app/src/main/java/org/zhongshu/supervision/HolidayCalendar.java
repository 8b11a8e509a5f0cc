package org.zhongshu.supervision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.platform.RefusedException;

/**
 * The holiday calendar the office keeps each year after the State Council's notice: the
 * 法定节假日 falling on weekdays and the weekend days worked in their place (调休上班).
 */
@Service
class HolidayCalendar {

	private static final int LONGEST_NAME = 40;

	private static final int LONGEST_HOLIDAY = 30;

	private final JdbcClient jdbc;

	HolidayCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A day that differs from the weekday rule.
	 *
	 * @param day the date
	 * @param working whether it is worked: a weekend day worked (调休上班), or else a holiday
	 * @param name what it is for, such as 国庆节
	 */
	record Day(LocalDate day, boolean working, String name) {

		public String kind() {
			return this.working ? "调休上班" : "放假";
		}

	}

	@Transactional(readOnly = true)
	WorkingDays workingDays() {
		Map<LocalDate, Boolean> exceptions = new HashMap<>();
		this.jdbc.sql("select day, working from calendar_day")
			.query((row, number) -> exceptions.put(row.getObject("day", LocalDate.class), row.getBoolean("working")))
			.list();
		return new WorkingDays(exceptions);
	}

	@Transactional(readOnly = true)
	List<Day> year(int year) {
		return this.jdbc
			.sql("select day, working, name from calendar_day where extract(year from day) = :year order by day")
			.param("year", year)
			.query((row, number) -> new Day(row.getObject("day", LocalDate.class), row.getBoolean("working"),
					row.getString("name")))
			.list();
	}

	/**
	 * Records a holiday from one day to another (the weekend days within it included, so
	 * that the calendar reads as the notice does), replacing what the calendar said of
	 * those days.
	 */
	@Transactional
	void holiday(LocalDate from, LocalDate to, String name) {
		if (to.isBefore(from) || from.plusDays(LONGEST_HOLIDAY).isBefore(to)) {
			throw new RefusedException("放假的起止日期有误：结束日期不能早于开始日期，一次最多登记 %d 天".formatted(LONGEST_HOLIDAY));
		}
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			write(new Day(day, false, name));
		}
	}

	/**
	 * Records a weekend day worked in place of a holiday (调休上班).
	 */
	@Transactional
	void workday(LocalDate day, String name) {
		if (new WorkingDays(Map.of()).isWorkingDay(day)) {
			throw new RefusedException("%s 本来就是工作日，调休上班只能设在周六或周日".formatted(day));
		}
		write(new Day(day, true, name));
	}

	private void write(Day day) {
		String name = day.name().strip();
		if (name.isEmpty() || name.length() > LONGEST_NAME) {
			throw new RefusedException("请填写节日名称（不超过 %d 个字），如“国庆节”".formatted(LONGEST_NAME));
		}
		this.jdbc.sql("""
				insert into calendar_day (day, working, name) values (:day, :working, :name)
				on conflict (day) do update set working = excluded.working, name = excluded.name""")
			.param("day", day.day())
			.param("working", day.working())
			.param("name", name)
			.update();
	}

	@Transactional
	void remove(LocalDate day) {
		this.jdbc.sql("delete from calendar_day where day = :day").param("day", day).update();
	}

}
