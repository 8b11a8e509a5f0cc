package org.zhongshu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhongshu.platform.CurrentUser;

/**
 * The figures leaders ask of the 督查室: how many tasks show each light, each lead unit's
 * on-time rate (tasks closed by their deadline, out of those closed and those now
 * overdue), and month by month how many tasks were assigned and closed, and closed on
 * time; over the tasks the person may see that the ledger's filter lets through.
 */
@Service
class Analysis {

	static final int MONTHS = 12;

	private final Ledger ledger;

	private final Items items;

	private final Clock clock;

	Analysis(Ledger ledger, Items items, Clock clock) {
		this.ledger = ledger;
		this.items = items;
		this.clock = clock;
	}

	/**
	 * The figures.
	 *
	 * @param lights how many tasks show each light
	 * @param units each lead unit's figures, in the org tree's order
	 * @param months the last {@value #MONTHS} months' figures, oldest first
	 */
	record Figures(List<LightCount> lights, List<UnitFigures> units, List<MonthFigures> months) {
	}

	record LightCount(Light light, String label, int tasks) {
	}

	/**
	 * @param unit the lead unit
	 * @param tasks the tasks it leads
	 * @param onTime closed by their deadline
	 * @param late closed after it
	 * @param overdue open past it
	 * @param onTimeRate on time out of those closed or overdue, in percent; none while
	 * there are none
	 */
	record UnitFigures(String unit, int tasks, int onTime, int late, int overdue, @Nullable Integer onTimeRate) {
	}

	/**
	 * @param month such as 2026-11
	 * @param assigned tasks assigned in the month
	 * @param closed tasks done in the month, by the day their 办结 was applied for
	 * @param onTime of those, done by their deadline
	 */
	record MonthFigures(String month, int assigned, int closed, int onTime) {
	}

	Figures figures(Ledger.Filter filter, CurrentUser user) {
		List<Ledger.Line> lines = this.ledger.lines(filter, user);
		Map<Light, Integer> lights = new LinkedHashMap<>();
		for (Light light : Light.values()) {
			lights.put(light, 0);
		}
		YearMonth last = YearMonth.from(LocalDate.now(this.clock));
		Map<YearMonth, int[]> months = new LinkedHashMap<>();
		for (int i = MONTHS - 1; i >= 0; i--) {
			months.put(last.minusMonths(i), new int[3]);
		}
		for (Ledger.Line line : lines) {
			Task task = line.task();
			lights.merge(line.light(), 1, Integer::sum);
			count(months, task.assignedOn(), 0);
			if (task.state() == Task.State.CLOSED && task.closedOn() != null) {
				count(months, task.closedOn(), 1);
				if (Boolean.TRUE.equals(task.onTime())) {
					count(months, task.closedOn(), 2);
				}
			}
		}
		List<LightCount> lightCounts = new ArrayList<>();
		lights.forEach((light, count) -> lightCounts.add(new LightCount(light, light.label(), count)));
		List<MonthFigures> monthFigures = new ArrayList<>();
		months.forEach((month, counts) -> monthFigures
			.add(new MonthFigures(month.toString(), counts[0], counts[1], counts[2])));
		return new Figures(lightCounts, units(this.items.handlingUnits().names(), lines), monthFigures);
	}

	/**
	 * @param order the units in the org tree's order
	 * @param lines the tasks to count
	 * @return each lead unit's figures, in that order (a unit not in it last)
	 */
	static List<UnitFigures> units(List<String> order, List<Ledger.Line> lines) {
		Map<String, int[]> units = new LinkedHashMap<>();
		order.forEach((unit) -> units.put(unit, new int[4]));
		for (Ledger.Line line : lines) {
			Task task = line.task();
			int[] unit = units.computeIfAbsent(task.leadUnit(), (name) -> new int[4]);
			unit[0]++;
			if (task.state() == Task.State.CLOSED) {
				unit[Boolean.TRUE.equals(task.onTime()) ? 1 : 2]++;
			}
			else if (line.light() == Light.RED) {
				unit[3]++;
			}
		}
		List<UnitFigures> figures = new ArrayList<>();
		units.forEach((name, counts) -> {
			int judged = counts[1] + counts[2] + counts[3];
			figures.add(new UnitFigures(name, counts[0], counts[1], counts[2], counts[3],
					(judged > 0) ? Math.round(100f * counts[1] / judged) : null));
		});
		return figures;
	}

	private static void count(Map<YearMonth, int[]> months, LocalDate day, int column) {
		int[] counts = months.get(YearMonth.from(day));
		if (counts != null) {
			counts[column]++;
		}
	}

}
