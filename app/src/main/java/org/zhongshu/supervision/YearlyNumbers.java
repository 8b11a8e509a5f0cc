package org.zhongshu.supervision;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers for what the 督查室 issues, consecutive within each year with no gap: the next is
 * taken under a lock held until the issuing transaction ends, so two people issuing at
 * once get two numbers in turn, and a transaction rolled back leaves its number to the
 * next. Each series has its 代字 ({@code zhongshu.supervision.bulletin-prefix} and
 * {@code notice-prefix}), which makes the 发文字号: 市委办督〔2026〕3号.
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

	private final Map<Series, String> prefixes;

	YearlyNumbers(JdbcClient jdbc, @Value("${zhongshu.supervision.bulletin-prefix:市委办督}") String bulletinPrefix,
			@Value("${zhongshu.supervision.notice-prefix:市委督办}") String noticePrefix) {
		this.jdbc = jdbc;
		this.prefixes = Map.of(Series.BULLETIN, bulletinPrefix, Series.NOTICE, noticePrefix);
	}

	/**
	 * @return the 发文字号 of the number in the series
	 */
	String referenceNumber(Series series, int year, int number) {
		return "%s〔%d〕%d号".formatted(this.prefixes.get(series), year, number);
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
