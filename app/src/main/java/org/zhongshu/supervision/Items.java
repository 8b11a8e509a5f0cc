package org.zhongshu.supervision;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.documents.SupervisionRequested;
import org.zhongshu.people.Directory;
import org.zhongshu.people.Role;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.NotFoundException;
import org.zhongshu.platform.RefusedException;

/**
 * 督办事项 and their tasks: entered by the 督查室 (上级交办, 重点工作), or arriving from a leader's 批示
 * on a 收文 with the units it named, for the 督查室 to assign. Who sees them: the 督查室, the
 * office's leaders and the committee's leaders, each as far as cleared; a unit's liaison
 * the tasks its unit leads or helps with.
 */
@Service
class Items {

	static final int LONGEST_TITLE = 200;

	static final int LONGEST_CONTENT = 5000;

	static final int MOST_REPORT_DATES = 24;

	/**
	 * A task with what its lead unit last reported (a report returned does not count) and
	 * its pending 办结 application.
	 */
	static final String TASKS = """
			select t.*, last.reported_on as last_report_on, coalesce(last.progress, 0) as last_progress,
			       coalesce(last.text, '') as last_text, applied.reported_on as applied_on
			from supervision_task t
			left join lateral (select r.reported_on, r.progress, r.text from supervision_report r
			                   where r.task_id = t.id and r.unit = t.lead_unit and r.verdict is distinct from 'RETURNED'
			                   order by r.reported_at desc limit 1) last on true
			left join lateral (select r.reported_on from supervision_report r
			                   where r.task_id = t.id and r.completion and r.verdict is null
			                   order by r.reported_at desc limit 1) applied on true
			""";

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Clock clock;

	Items(JdbcClient jdbc, Directory directory, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * What the 督查室 enters of an item.
	 */
	record NewItem(Source source, String sourceReference, String title, String content, String leader,
			Classification classification) {

		NewItem checked() {
			String title = this.title.strip();
			if (title.isEmpty() || title.length() > LONGEST_TITLE) {
				throw new RefusedException("请填写督办事项（不超过 %d 个字）".formatted(LONGEST_TITLE));
			}
			String content = this.content.strip().isEmpty() ? title : this.content.strip();
			if (content.length() > LONGEST_CONTENT) {
				throw new RefusedException("督办内容不能超过 %d 个字".formatted(LONGEST_CONTENT));
			}
			String leader = this.leader.strip();
			if (leader.isEmpty() || leader.length() > 100) {
				throw new RefusedException("请填写责任领导");
			}
			String reference = this.sourceReference.strip();
			if (reference.length() > 100) {
				throw new RefusedException("来源文号不能超过 100 个字");
			}
			return new NewItem(this.source, reference, title, content, leader, this.classification);
		}

	}

	/**
	 * A task as it is assigned.
	 *
	 * @param leadUnit the 牵头单位
	 * @param coUnits the 配合单位
	 * @param deadline the 完成时限
	 * @param cycle how often the lead unit reports
	 * @param reportDates for a task reporting on dates, the dates
	 */
	record NewTask(String leadUnit, List<String> coUnits, @Nullable LocalDate deadline, Cycle cycle,
			List<LocalDate> reportDates) {

		NewTask {
			coUnits = List.copyOf(coUnits);
			reportDates = List.copyOf(reportDates);
		}

		NewTask(String leadUnit, List<String> coUnits, @Nullable LocalDate deadline, Cycle cycle) {
			this(leadUnit, coUnits, deadline, cycle, List.of());
		}

	}

	/**
	 * An item with the tasks the person may see.
	 */
	record View(Item item, List<Task> tasks) {

		View {
			tasks = List.copyOf(tasks);
		}

	}

	/**
	 * @return whether the person follows every item, as far as cleared: the 督查室, the
	 * office's leaders and the committee's leaders
	 */
	static boolean seesAll(CurrentUser user) {
		return user.hasRole(Role.SUPERVISION.name()) || user.hasRole(Role.OFFICE_LEADER.name())
				|| user.hasRole(Role.LEADER.name());
	}

	static void requireSupervisor(CurrentUser user) {
		if (!user.hasRole(Role.SUPERVISION.name())) {
			throw new AccessDeniedException("只有督查室可以办理");
		}
	}

	/**
	 * 上级交办 and other items the 督查室 enters by hand, with their first tasks.
	 */
	@Transactional
	UUID create(NewItem entered, List<NewTask> tasks, CurrentUser user) {
		requireSupervisor(user);
		NewItem item = entered.checked();
		if (!user.clearance().covers(item.classification())) {
			throw new RefusedException("您的涉密等级低于所选密级");
		}
		UUID id = UUID.randomUUID();
		insert(id, item, null, List.of(), null, user.loginName(), OffsetDateTime.now(this.clock));
		HandlingUnits units = handlingUnits();
		for (NewTask task : tasks) {
			insertTask(id, task, units);
		}
		return id;
	}

	/**
	 * Several items at once, all or none: the year's 重点工作 imported.
	 */
	@Transactional
	List<UUID> createAll(List<NewItem> items, List<NewTask> tasks, CurrentUser user) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			ids.add(create(items.get(i), List.of(tasks.get(i)), user));
		}
		return ids;
	}

	/**
	 * A leader's 批示 marked for supervision becomes an item for the 督查室 to assign, with
	 * the units and deadline the instruction gave; once only, however often the event is
	 * handed over.
	 */
	@ApplicationModuleListener
	void on(SupervisionRequested requested) {
		String title = requested.title().strip();
		NewItem item = new NewItem(Source.INSTRUCTION, requested.receiptNumber(),
				(title.length() > LONGEST_TITLE) ? title.substring(0, LONGEST_TITLE) : title,
				requested.instruction().isBlank() ? title : requested.instruction(), requested.leader(),
				requested.classification());
		insert(UUID.randomUUID(), item, requested.document(), requested.handlingUnits(), requested.deadline(), "",
				OffsetDateTime.ofInstant(requested.instructedAt(), this.clock.getZone()));
	}

	/**
	 * Assigns one more task of an item.
	 */
	@Transactional
	UUID addTask(UUID itemId, NewTask task, CurrentUser user) {
		requireSupervisor(user);
		Item item = readable(itemId, user).item();
		this.jdbc.sql("select id from supervision_item where id = :id for update")
			.param("id", item.id())
			.query()
			.singleValue();
		return insertTask(item.id(), task, handlingUnits());
	}

	/**
	 * @throws NotFoundException when there is no such item
	 * @throws AccessDeniedException when the person may not see it
	 */
	@Transactional(readOnly = true)
	View readable(UUID id, CurrentUser user) {
		Item item = find(id).orElseThrow(() -> new NotFoundException("没有这个督办事项"));
		List<Task> tasks = tasks(id);
		if (!user.clearance().covers(item.classification())) {
			throw new AccessDeniedException("涉密等级不够");
		}
		if (seesAll(user)) {
			return new View(item, tasks);
		}
		List<Task> own = user.hasRole(Role.LIAISON.name())
				? tasks.stream().filter((task) -> task.involves(user.unitName())).toList() : List.of();
		if (own.isEmpty()) {
			throw new AccessDeniedException("不是本单位的督办任务");
		}
		return new View(item, own);
	}

	/**
	 * @return the task and its item, if the person may see the task
	 * @throws NotFoundException when there is no such task
	 * @throws AccessDeniedException when the person may not see it
	 */
	@Transactional(readOnly = true)
	View readableTask(UUID taskId, CurrentUser user) {
		UUID itemId = this.jdbc.sql("select item_id from supervision_task where id = :id")
			.param("id", taskId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("没有这项督办任务"));
		View view = readable(itemId, user);
		List<Task> task = view.tasks().stream().filter((each) -> each.id().equals(taskId)).toList();
		if (task.isEmpty()) {
			throw new AccessDeniedException("不是本单位的督办任务");
		}
		return new View(view.item(), task);
	}

	Optional<Item> find(UUID id) {
		return this.jdbc.sql("select * from supervision_item where id = :id")
			.param("id", id)
			.query(Items::item)
			.optional();
	}

	List<Task> tasks(UUID itemId) {
		return this.jdbc.sql(TASKS + " where t.item_id = :id order by t.position")
			.param("id", itemId)
			.query(Items::task)
			.list();
	}

	/**
	 * @return the items from 批示 no task has been assigned for yet, for the 督查室
	 */
	@Transactional(readOnly = true)
	List<Item> unassigned(CurrentUser user) {
		if (!user.hasRole(Role.SUPERVISION.name())) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select * from supervision_item i
					where not exists (select 1 from supervision_task t where t.item_id = i.id) and i.classification in (:covered)
					order by i.created_at""")
			.param("covered", covered(user))
			.query(Items::item)
			.list();
	}

	/**
	 * @return the units tasks are assigned to, read once for all the names to be looked
	 * up among them
	 */
	HandlingUnits handlingUnits() {
		return new HandlingUnits(this.directory.receivers().stream().filter((unit) -> !unit.office()).toList());
	}

	/**
	 * The units tasks are assigned to (the org tree's departments and townships).
	 */
	record HandlingUnits(List<Directory.Receiver> units) {

		/**
		 * @return their full names, in the org tree's order
		 */
		List<String> names() {
			return this.units.stream().map(Directory.Receiver::name).toList();
		}

		/**
		 * @return the unit's full name, however it was written (full or short name)
		 * @throws RefusedException when no handling unit is called so
		 */
		String named(String text) {
			String name = text.strip();
			return this.units.stream()
				.filter((unit) -> unit.isNamed(name))
				.map(Directory.Receiver::name)
				.findFirst()
				.orElseThrow(() -> new RefusedException("没有名为“%s”的承办单位".formatted(name)));
		}

	}

	static List<String> covered(CurrentUser user) {
		return Arrays.stream(Classification.values()).filter(user.clearance()::covers).map(Enum::name).toList();
	}

	private UUID insertTask(UUID itemId, NewTask task, HandlingUnits units) {
		if (task.leadUnit().isBlank()) {
			throw new RefusedException("请选择牵头单位");
		}
		String lead = units.named(task.leadUnit());
		LinkedHashSet<String> co = new LinkedHashSet<>();
		for (String unit : task.coUnits()) {
			if (!unit.isBlank()) {
				co.add(units.named(unit));
			}
		}
		if (co.remove(lead)) {
			throw new RefusedException("牵头单位“%s”不能同时是配合单位".formatted(lead));
		}
		if (task.deadline() == null) {
			throw new RefusedException("请填写完成时限，或选择常用时限");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (task.deadline().isBefore(today)) {
			throw new RefusedException("完成时限不能早于今天");
		}
		List<LocalDate> dates = reportDates(task, today);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into supervision_task (id, item_id, position, lead_unit, co_units, deadline, cycle, report_dates,
				                              assigned_on)
				values (:id, :item, (select coalesce(max(position), 0) + 1 from supervision_task where item_id = :item),
				        :lead, :co, :deadline, :cycle, cast(:dates as date[]), :today)""")
			.param("id", id)
			.param("item", itemId)
			.param("lead", lead)
			.param("co", co.toArray(String[]::new))
			.param("deadline", task.deadline())
			.param("cycle", task.cycle().name())
			.param("dates", dates.stream().map(LocalDate::toString).toArray(String[]::new))
			.param("today", today)
			.update();
		return id;
	}

	/**
	 * @return the report dates of a task reporting on dates, in order
	 * @throws RefusedException when there are none, too many, or one outside the time
	 * between today and the deadline
	 */
	private static List<LocalDate> reportDates(NewTask task, LocalDate today) {
		if (task.cycle() != Cycle.DATES || task.deadline() == null) {
			return List.of();
		}
		List<LocalDate> dates = task.reportDates().stream().distinct().sorted().toList();
		if (dates.isEmpty() || dates.size() > MOST_REPORT_DATES) {
			throw new RefusedException("按指定日期报告时，请填写 1 至 %d 个报送日期".formatted(MOST_REPORT_DATES));
		}
		if (dates.get(0).isBefore(today) || dates.get(dates.size() - 1).isAfter(task.deadline())) {
			throw new RefusedException("报送日期应在今天和完成时限 %s 之间".formatted(task.deadline()));
		}
		return dates;
	}

	/**
	 * Writes an item; an item for a 收文 that has one already is not written again.
	 */
	private void insert(UUID id, NewItem item, @Nullable UUID document, List<String> units,
			@Nullable LocalDate deadline, String createdBy, OffsetDateTime at) {
		this.jdbc.sql("""
				insert into supervision_item (id, source, source_document, source_reference, title, content, leader,
				                              classification, proposed_units, proposed_deadline, created_by, created_at)
				values (:id, :source, :document, :reference, :title, :content, :leader, :classification, :units,
				        :deadline, :by, :at)
				on conflict (source_document) do nothing""")
			.param("id", id)
			.param("source", item.source().name())
			.param("document", document)
			.param("reference", item.sourceReference())
			.param("title", item.title())
			.param("content", item.content())
			.param("leader", item.leader())
			.param("classification", item.classification().name())
			.param("units", units.toArray(String[]::new))
			.param("deadline", deadline)
			.param("by", createdBy)
			.param("at", at)
			.update();
	}

	static Item item(ResultSet row, int number) throws SQLException {
		return new Item(row.getObject("id", UUID.class), Source.valueOf(row.getString("source")),
				row.getObject("source_document", UUID.class), row.getString("source_reference"), row.getString("title"),
				row.getString("content"), row.getString("leader"),
				Classification.valueOf(row.getString("classification")), strings(row.getArray("proposed_units")),
				row.getObject("proposed_deadline", LocalDate.class), row.getString("created_by"),
				row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	static Task task(ResultSet row, int number) throws SQLException {
		Object onTime = row.getObject("on_time");
		return new Task(row.getObject("id", UUID.class), row.getObject("item_id", UUID.class), row.getInt("position"),
				row.getString("lead_unit"), strings(row.getArray("co_units")),
				row.getObject("deadline", LocalDate.class), Cycle.valueOf(row.getString("cycle")),
				dates(row.getArray("report_dates")), row.getObject("assigned_on", LocalDate.class),
				row.getBoolean("closed"), row.getObject("closed_on", LocalDate.class), (Boolean) onTime,
				row.getObject("last_report_on", LocalDate.class), row.getInt("last_progress"),
				row.getString("last_text"), row.getObject("applied_on", LocalDate.class));
	}

	private static List<LocalDate> dates(@Nullable Array array) throws SQLException {
		return (array != null)
				? Arrays.stream((java.sql.Date[]) array.getArray()).map(java.sql.Date::toLocalDate).toList()
				: List.of();
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

}
