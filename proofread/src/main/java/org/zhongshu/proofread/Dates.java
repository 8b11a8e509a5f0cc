package org.zhongshu.proofread;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates: a day the month does not have (2月30日), a weekday that does not match its date,
 * and the 成文日期 — the date line under the signature — with Arabic numerals and no zero
 * padding (GB/T 9704-2012, 7.3.5.4).
 */
final class Dates implements Check {

	private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");

	private static final Pattern WEEKDAY = Pattern.compile("\\G[（(](星期|周)([一二三四五六日天])[）)]");

	private static final String WEEKDAYS = "一二三四五六日";

	private static final Pattern ISSUE_DATE_CHINESE = Pattern
		.compile("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");

	private static final Pattern ISSUE_DATE_PADDED = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	@Override
	public void check(String text, Findings findings) {
		if (text.indexOf('日') < 0) {
			return;
		}
		Matcher date = DATE.matcher(text);
		while (date.find()) {
			if (Chars.isAsciiDigit(Chars.before(text, date.start()))) {
				continue;
			}
			int month = Integer.parseInt(date.group(2));
			int day = Integer.parseInt(date.group(3));
			Integer year = (date.group(1) != null) ? Integer.valueOf(date.group(1)) : null;
			if (month < 1 || month > 12 || day < 1) {
				findings.add("date.impossible", date.start(2), date.end(), List.of(),
						date.group().substring(date.start(2) - date.start()));
				continue;
			}
			int last = (year != null) ? YearMonth.of(year, month).lengthOfMonth()
					: (month == 2) ? 29 : YearMonth.of(2001, month).lengthOfMonth();
			if (day > last) {
				findings.replace("date.impossible", date.start(2), date.end(), month + "月" + last + "日",
						month + "月" + day + "日");
				continue;
			}
			if (year != null) {
				weekday(text, date.end(), LocalDate.of(year, month, day), findings);
			}
		}
		issueDates(text, findings);
	}

	private static void weekday(String text, int after, LocalDate date, Findings findings) {
		Matcher weekday = WEEKDAY.matcher(text);
		weekday.region(after, text.length());
		if (!weekday.find()) {
			return;
		}
		char written = weekday.group(2).charAt(0);
		DayOfWeek actual = date.getDayOfWeek();
		char right = WEEKDAYS.charAt(actual.getValue() - 1);
		boolean sunday = actual == DayOfWeek.SUNDAY && (written == '日' || written == '天');
		if (written != right && !sunday) {
			findings.replace("date.weekday", weekday.start(1), weekday.end(2), weekday.group(1) + right,
					date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日",
					weekday.group(1) + right);
		}
	}

	/**
	 * The 成文日期 stands alone on its line.
	 */
	private static void issueDates(String text, Findings findings) {
		int lineStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i < text.length() && !Chars.isLineBreak(text.charAt(i))) {
				continue;
			}
			String line = text.substring(lineStart, i).strip();
			int offset = text.indexOf(line, lineStart);
			Matcher chinese = ISSUE_DATE_CHINESE.matcher(line);
			Matcher padded = ISSUE_DATE_PADDED.matcher(line);
			if (!line.isEmpty() && lineStart > 0 && chinese.matches()) {
				int year = ChineseNumbers.year(chinese.group(1));
				int month = ChineseNumbers.parse(chinese.group(2));
				int day = ChineseNumbers.parse(chinese.group(3));
				if (year > 0 && month > 0 && day > 0) {
					findings.replace("date.chengwen-cn", offset, offset + line.length(),
							year + "年" + month + "月" + day + "日");
				}
			}
			else if (!line.isEmpty() && lineStart > 0 && padded.matches()
					&& (padded.group(2).startsWith("0") || padded.group(3).startsWith("0"))) {
				findings.replace("date.chengwen-pad", offset, offset + line.length(), padded.group(1) + "年"
						+ Integer.parseInt(padded.group(2)) + "月" + Integer.parseInt(padded.group(3)) + "日");
			}
			lineStart = i + 1;
		}
	}

}
