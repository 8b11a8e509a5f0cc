package org.zhongshu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Spreadsheet;

/**
 * The 督查台账: every task the person may see with its item, light, progress, last report and
 * days overdue; filtered by unit, leader, source, light and the period its deadline falls
 * in; a page at a time, or every line as .xlsx in the columns offices use.
 */
@Service
class Ledger {

	static final int PAGE_SIZE = 50;

	static final List<String> COLUMNS = List.of("督办事项", "来源", "责任领导", "牵头单位", "配合单位", "完成时限", "进度", "最新进展", "状态",
			"超期天数");

	private static final List<Integer> WIDTHS = List.of(40, 12, 10, 24, 30, 12, 8, 40, 10, 10);

	private final JdbcClient jdbc;

	private final HolidayCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Ledger(JdbcClient jdbc, HolidayCalendar calendar, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the ledger is filtered by; each part may be left out.
	 *
	 * @param unit a unit leading or helping with the task
	 * @param leader the 责任领导
	 * @param source where the item comes from
	 * @param light the task's light
	 * @param from the first day the deadline may fall on
	 * @param to the last day the deadline may fall on
	 * @param page the page, from 0
	 */
	record Filter(@Nullable String unit, @Nullable String leader, @Nullable Source source, @Nullable Light light,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Integer page) {

		static Filter all() {
			return new Filter(null, null, null, null, null, null, null);
		}

		Filter withoutLight() {
			return new Filter(this.unit, this.leader, this.source, null, this.from, this.to, this.page);
		}

		int pageNumber() {
			return (this.page != null && this.page > 0) ? this.page : 0;
		}

	}

	/**
	 * A line of the ledger.
	 */
	record Line(Item item, Task task, Light light, long daysOverdue) {

		public String coUnits() {
			return String.join("、", this.task.coUnits());
		}

		public String status() {
			return (this.task.state() == Task.State.OPEN) ? this.light.label() : this.task.state().label();
		}

	}

	/**
	 * A page of lines, and how many lines there are of each light among all those the
	 * filter lets through, its light aside.
	 */
	record Result(Page<Line> page, Map<Light, Integer> lights) {
	}

	@Transactional(readOnly = true)
	Result page(Filter filter, CurrentUser user) {
		List<Line> all = lines(filter.withoutLight(), user);
		Map<Light, Integer> lights = new EnumMap<>(Light.class);
		for (Light light : Light.values()) {
			lights.put(light, 0);
		}
		all.forEach((line) -> lights.merge(line.light(), 1, Integer::sum));
		List<Line> shown = (filter.light() != null)
				? all.stream().filter((line) -> line.light() == filter.light()).toList() : all;
		int last = Math.max(0, (shown.size() - 1) / PAGE_SIZE);
		int number = Math.min(filter.pageNumber(), last);
		int first = number * PAGE_SIZE;
		return new Result(new PageImpl<>(shown.subList(first, Math.min(shown.size(), first + PAGE_SIZE)),
				PageRequest.of(number, PAGE_SIZE), shown.size()), lights);
	}

	/**
	 * @return the lines as .xlsx; each item marked 秘密 or above in it is audited as read
	 */
	@Transactional
	byte[] export(Filter filter, CurrentUser user) {
		List<Line> lines = lines(filter, user);
		lines.stream().map(Line::item).distinct().forEach((item) -> ItemRead.publish(this.events, item, "导出督查台账"));
		return Spreadsheet.of("督查台账", COLUMNS, WIDTHS,
				lines.stream()
					.map((line) -> List.of(line.item().title(), line.item().source().label(), line.item().leader(),
							line.task().leadUnit(), line.coUnits(), line.task().deadline().toString(),
							line.task().progress() + "%", line.task().latest(), line.status(),
							(line.daysOverdue() > 0) ? String.valueOf(line.daysOverdue()) : "")));
	}

	/**
	 * @return every line the person may see that the filter lets through, the items in
	 * the order they were entered and each item's tasks in order
	 */
	@Transactional(readOnly = true)
	List<Line> lines(Filter filter, CurrentUser user) {
		StringBuilder where = new StringBuilder(" where i.classification in (:covered)");
		Map<String, Object> params = new HashMap<>();
		params.put("covered", Items.covered(user));
		if (!Items.seesAll(user)) {
			where.append(" and (t.lead_unit = :own or :own = any(t.co_units))");
			params.put("own", user.unitName());
		}
		if (StringUtils.hasText(filter.unit())) {
			where.append(" and (t.lead_unit = :unit or :unit = any(t.co_units))");
			params.put("unit", filter.unit().strip());
		}
		if (StringUtils.hasText(filter.leader())) {
			where.append(" and i.leader = :leader");
			params.put("leader", filter.leader().strip());
		}
		if (filter.source() != null) {
			where.append(" and i.source = :source");
			params.put("source", filter.source().name());
		}
		if (filter.from() != null) {
			where.append(" and t.deadline >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.append(" and t.deadline <= :to");
			params.put("to", filter.to());
		}
		List<Task> tasks = this.jdbc
			.sql(Items.TASKS + " join supervision_item i on i.id = t.item_id" + where
					+ " order by i.created_at, i.id, t.position")
			.params(params)
			.query(Items::task)
			.list();
		Map<UUID, Item> items = new HashMap<>();
		if (!tasks.isEmpty()) {
			this.jdbc.sql("select * from supervision_item where id in (:ids)")
				.param("ids", tasks.stream().map(Task::itemId).distinct().toList())
				.query(Items::item)
				.list()
				.forEach((item) -> items.put(item.id(), item));
		}
		WorkingDays days = this.calendar.workingDays();
		LocalDate today = LocalDate.now(this.clock);
		List<Line> lines = new ArrayList<>();
		for (Task task : tasks) {
			Light light = task.light(today, days);
			if (filter.light() == null || filter.light() == light) {
				lines.add(new Line(items.get(task.itemId()), task, light, task.daysOverdue(today)));
			}
		}
		return lines;
	}

	/**
	 * @return the leaders items are assigned to, for the filter
	 */
	@Transactional(readOnly = true)
	List<String> leaders() {
		return this.jdbc.sql("select distinct leader from supervision_item order by leader").query(String.class).list();
	}

}
