package org.zhongshu.supervision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers for what the 督查室 issues, consecutive within each year with no gap: the next is
 * taken under a lock held until the issuing transaction ends, so two people issuing at
 * once get two numbers in turn, and a transaction rolled back leaves its number to the
 * next.
 */
@Component
class YearlyNumbers {

	/** The series numbered, each the table it is kept in. */
	enum Series {

		BULLETIN("supervision_bulletin"), NOTICE("supervision_notice");

		private final String table;

		Series(String table) {
			this.table = table;
		}

	}

	private final JdbcClient jdbc;

	YearlyNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the next number of the series in the year; the caller's transaction must
	 * write it
	 */
	int next(Series series, int year) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(:series), :year)")
			.param("series", series.table)
			.param("year", year)
			.query()
			.listOfRows();
		return this.jdbc.sql("select coalesce(max(number), 0) + 1 from " + series.table + " where year = :year")
			.param("year", year)
			.query(Integer.class)
			.single();
	}

}
