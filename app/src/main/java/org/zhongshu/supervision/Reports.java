package org.zhongshu.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.people.Role;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.ConflictException;
import org.zhongshu.platform.ContentStore;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.NotFoundException;
import org.zhongshu.platform.RefusedException;

/**
 * What the units report and what the 督查室 makes of it: progress with a percentage and
 * files, the lead unit's application for 办结 with its evidence, the 督查室's acceptance or
 * return with a reason, 销号 on an accepted application, and applications to move a
 * deadline. A 配合单位 reports to the lead unit; its reports are not reviewed.
 */
@Service
class Reports {

	static final int LONGEST_TEXT = 2000;

	private final JdbcClient jdbc;

	private final Items items;

	private final ContentStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reports(JdbcClient jdbc, Items items, ContentStore store, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.items = items;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A report as a unit sends it.
	 *
	 * @param text what was done
	 * @param progress how far the task is, in percent
	 * @param completion whether the lead unit applies for 办结
	 */
	record NewReport(String text, int progress, boolean completion) {
	}

	/**
	 * A report with its review.
	 */
	record Report(UUID id, UUID taskId, String unit, boolean lead, boolean completion, String text, int progress,
			String reportedBy, LocalDate reportedOn, Instant reportedAt, @Nullable Verdict verdict,
			@Nullable String reason, @Nullable String reviewedBy, List<Evidence> evidence) {

		Report {
			evidence = List.copyOf(evidence);
		}

		public boolean waiting() {
			return this.lead && this.verdict == null;
		}

		public String verdictLabel() {
			if (this.verdict == null) {
				return this.lead ? "待审核" : "报牵头单位";
			}
			return this.verdict.label;
		}

		/**
		 * @return the Bootstrap badge the verdict is shown in
		 */
		public String verdictStyle() {
			return (this.verdict != null) ? this.verdict.style : "text-bg-light border";
		}

	}

	/**
	 * A file sent with a report.
	 */
	record Evidence(int position, String name, String mediaType, String sha256, int size) {
	}

	/**
	 * An application to move a deadline.
	 */
	record DeadlineChange(UUID id, UUID taskId, LocalDate oldDeadline, LocalDate newDeadline, String reason,
			String requestedBy, Instant requestedAt, @Nullable Boolean approved) {
	}

	/**
	 * What the 督查室 made of a lead unit's report.
	 */
	enum Verdict {

		ACCEPTED("已认可", "text-bg-success"), RETURNED("已退回", "text-bg-danger");

		private final String label;

		private final String style;

		Verdict(String label, String style) {
			this.label = label;
			this.style = style;
		}

	}

	/**
	 * A liaison reports on a task of their unit.
	 * @return the report's id
	 */
	@Transactional
	UUID report(UUID taskId, NewReport report, List<AttachmentFile> files, CurrentUser user) {
		Task task = lockedTask(taskId, user);
		String unit = user.unitName();
		if (!user.hasRole(Role.LIAISON.name()) || !task.involves(unit)) {
			throw new AccessDeniedException("只有牵头单位和配合单位的联络员可以报送");
		}
		boolean lead = task.leadUnit().equals(unit);
		if (task.state() == Task.State.CLOSED) {
			throw new RefusedException("该任务已销号，无需再报送");
		}
		if (report.completion() && !lead) {
			throw new RefusedException("只有牵头单位可以申请办结，配合单位请向牵头单位报送");
		}
		if (lead && task.state() == Task.State.APPLIED) {
			throw new RefusedException("办结申请正在审核，请等待督查室意见");
		}
		String text = report.text().strip();
		if (text.isEmpty() || text.length() > LONGEST_TEXT) {
			throw new RefusedException("请填写进展情况（不超过 %d 个字）".formatted(LONGEST_TEXT));
		}
		if (report.progress() < 0 || report.progress() > 100) {
			throw new RefusedException("完成进度应在 0 到 100 之间");
		}
		if (report.completion() && files.isEmpty()) {
			throw new RefusedException("申请办结须附佐证材料");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into supervision_report (id, task_id, unit, completion, text, progress, reported_by, reported_on,
				                                reported_at)
				values (:id, :task, :unit, :completion, :text, :progress, :by, :today, :now)""")
			.param("id", id)
			.param("task", taskId)
			.param("unit", unit)
			.param("completion", report.completion())
			.param("text", text)
			.param("progress", report.completion() ? 100 : report.progress())
			.param("by", user.loginName())
			.param("today", LocalDate.now(this.clock))
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		for (int i = 0; i < files.size(); i++) {
			AttachmentFile file = files.get(i);
			this.jdbc.sql("""
					insert into supervision_evidence (report_id, position, name, media_type, sha256, size)
					values (:report, :position, :name, :type, :hash, :size)""")
				.param("report", id)
				.param("position", i + 1)
				.param("name", file.name())
				.param("type", file.mediaType())
				.param("hash", this.store.store(file.content()))
				.param("size", file.content().length)
				.update();
		}
		return id;
	}

	/**
	 * The 督查室 accepts or returns the lead unit's report; accepting an application for 办结
	 * closes the task (销号).
	 * @throws ConflictException when someone reviewed it a moment before
	 */
	@Transactional
	void review(UUID reportId, boolean accept, String reason, CurrentUser user) {
		Items.requireSupervisor(user);
		Report report = find(reportId).orElseThrow(() -> new NotFoundException("没有这份报告"));
		Task task = lockedTask(report.taskId(), user);
		if (!report.lead()) {
			throw new RefusedException("配合单位的报告报牵头单位，不经督查室审核");
		}
		String why = reason.strip();
		if (!accept && why.isEmpty()) {
			throw new RefusedException("退回须写明理由");
		}
		if (why.length() > LONGEST_TEXT) {
			throw new RefusedException("意见不能超过 %d 个字".formatted(LONGEST_TEXT));
		}
		int reviewed = this.jdbc
			.sql("""
					update supervision_report set verdict = :verdict, reason = :reason, reviewed_by = :by, reviewed_at = :now
					where id = :id and verdict is null""")
			.param("verdict", (accept ? Verdict.ACCEPTED : Verdict.RETURNED).name())
			.param("reason", why)
			.param("by", user.loginName())
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", reportId)
			.update();
		if (reviewed == 0) {
			throw new ConflictException("这份报告已由他人审核，请刷新页面");
		}
		if (!report.completion() || !accept) {
			return;
		}
		boolean onTime = !report.reportedOn().isAfter(task.deadline());
		this.jdbc.sql("update supervision_task set closed = true, closed_on = :on, on_time = :onTime where id = :id")
			.param("on", report.reportedOn())
			.param("onTime", onTime)
			.param("id", task.id())
			.update();
		Item item = this.items.find(task.itemId()).orElseThrow();
		this.events.publishEvent(new TaskClosed(task.id(), item.id(), item.title(), task.leadUnit(), task.deadline(),
				report.reportedOn(), onTime));
	}

	/**
	 * @return the reports on a task, newest first, as far as the person may see them: a
	 * co-unit's liaison sees its own and the lead unit's
	 */
	@Transactional(readOnly = true)
	List<Report> reports(Task task, CurrentUser user) {
		return reportsWhere("r.task_id = :key", task.id()).stream()
			.filter((report) -> Items.seesAll(user) || report.lead() || report.unit().equals(user.unitName()))
			.toList();
	}

	/**
	 * @return the lead units' reports waiting for the 督查室's review, oldest first
	 */
	@Transactional(readOnly = true)
	List<Waiting> waitingForReview(CurrentUser user) {
		if (!user.hasRole(Role.SUPERVISION.name())) {
			return List.of();
		}
		return this.jdbc.sql("""
				select r.id, r.completion, r.reported_at, r.unit, i.id as item, i.title, t.deadline
				from supervision_report r join supervision_task t on t.id = r.task_id and r.unit = t.lead_unit
				join supervision_item i on i.id = t.item_id
				where r.verdict is null and i.classification in (:covered)
				order by r.reported_at""")
			.param("covered", Items.covered(user))
			.query((row, number) -> new Waiting(row.getObject("item", UUID.class), row.getString("title"),
					row.getString("unit"), row.getBoolean("completion"),
					row.getObject("reported_at", OffsetDateTime.class).toInstant(),
					row.getObject("deadline", LocalDate.class)))
			.list();
	}

	/**
	 * A report or an application waiting for the 督查室.
	 */
	record Waiting(UUID item, String title, String unit, boolean completion, Instant since, LocalDate deadline) {
	}

	/**
	 * The file of a report's evidence, if the person may see the report; a download of an
	 * item marked 秘密 or above is audited.
	 */
	@Transactional
	Optional<AttachmentFile> evidence(UUID reportId, int position, CurrentUser user) {
		Report report = find(reportId).orElseThrow(() -> new NotFoundException("没有这份报告"));
		Items.View view = this.items.readableTask(report.taskId(), user);
		if (reports(view.tasks().get(0), user).stream().noneMatch((each) -> each.id().equals(reportId))) {
			throw new AccessDeniedException("不是本单位的报告");
		}
		Optional<Evidence> evidence = report.evidence()
			.stream()
			.filter((each) -> each.position() == position)
			.findFirst();
		evidence.ifPresent((each) -> ItemRead.publish(this.events, view.item(), "下载佐证材料：" + each.name()));
		return evidence
			.map((each) -> new AttachmentFile(each.name(), each.mediaType(), this.store.read(each.sha256())));
	}

	/**
	 * The lead unit applies to move its deadline.
	 */
	@Transactional
	UUID applyForDeadline(UUID taskId, @Nullable LocalDate deadline, String reason, CurrentUser user) {
		Task task = lockedTask(taskId, user);
		if (!user.hasRole(Role.LIAISON.name()) || !task.leadUnit().equals(user.unitName())) {
			throw new AccessDeniedException("只有牵头单位可以申请调整时限");
		}
		if (task.state() == Task.State.CLOSED) {
			throw new RefusedException("该任务已销号");
		}
		if (deadline == null || !deadline.isAfter(LocalDate.now(this.clock)) || deadline.equals(task.deadline())) {
			throw new RefusedException("请填写新的完成时限，须晚于今天且不同于现在的时限");
		}
		String why = reason.strip();
		if (why.isEmpty() || why.length() > LONGEST_TEXT) {
			throw new RefusedException("请写明调整时限的理由");
		}
		UUID id = UUID.randomUUID();
		try {
			this.jdbc
				.sql("""
						insert into deadline_change (id, task_id, old_deadline, new_deadline, reason, requested_by, requested_at)
						values (:id, :task, :old, :new, :reason, :by, :now)""")
				.param("id", id)
				.param("task", taskId)
				.param("old", task.deadline())
				.param("new", deadline)
				.param("reason", why)
				.param("by", user.loginName())
				.param("now", OffsetDateTime.now(this.clock))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RefusedException("已有一份调整时限的申请在审批中");
		}
		return id;
	}

	/**
	 * The 督查室 approves or refuses an application to move a deadline.
	 */
	@Transactional
	void decideDeadline(UUID changeId, boolean approve, CurrentUser user) {
		Items.requireSupervisor(user);
		DeadlineChange change = this.jdbc.sql("select * from deadline_change where id = :id")
			.param("id", changeId)
			.query(Reports::change)
			.optional()
			.orElseThrow(() -> new NotFoundException("没有这份申请"));
		if (lockedTask(change.taskId(), user).closed()) {
			throw new RefusedException("该任务已销号，时限无需调整");
		}
		int decided = this.jdbc.sql("""
				update deadline_change set approved = :approved, decided_by = :by, decided_at = :now
				where id = :id and approved is null""")
			.param("approved", approve)
			.param("by", user.loginName())
			.param("now", OffsetDateTime.now(this.clock))
			.param("id", changeId)
			.update();
		if (decided == 0) {
			throw new ConflictException("这份申请已由他人审批，请刷新页面");
		}
		if (approve) {
			this.jdbc.sql("update supervision_task set deadline = :deadline where id = :id")
				.param("deadline", change.newDeadline())
				.param("id", change.taskId())
				.update();
		}
	}

	/**
	 * @return the applications to move the task's deadline, newest first
	 */
	@Transactional(readOnly = true)
	List<DeadlineChange> deadlineChanges(UUID taskId) {
		return this.jdbc.sql("select * from deadline_change where task_id = :task order by requested_at desc")
			.param("task", taskId)
			.query(Reports::change)
			.list();
	}

	/**
	 * @return the applications waiting for the 督查室, oldest first
	 */
	@Transactional(readOnly = true)
	List<Waiting> deadlineApplications(CurrentUser user) {
		if (!user.hasRole(Role.SUPERVISION.name())) {
			return List.of();
		}
		return this.jdbc.sql("""
				select i.id as item, i.title, t.lead_unit, c.requested_at, c.new_deadline
				from deadline_change c join supervision_task t on t.id = c.task_id
				join supervision_item i on i.id = t.item_id
				where c.approved is null and not t.closed and i.classification in (:covered)
				order by c.requested_at""")
			.param("covered", Items.covered(user))
			.query((row, number) -> new Waiting(row.getObject("item", UUID.class), row.getString("title"),
					row.getString("lead_unit"), false, row.getObject("requested_at", OffsetDateTime.class).toInstant(),
					row.getObject("new_deadline", LocalDate.class)))
			.list();
	}

	private Optional<Report> find(UUID id) {
		return reportsWhere("r.id = :key", id).stream().findFirst();
	}

	/**
	 * @return the reports the condition on {@code r} (with its parameter {@code :key})
	 * selects, newest first, each with its evidence: two queries however many there are
	 */
	private List<Report> reportsWhere(String condition, UUID key) {
		Map<UUID, List<Evidence>> evidence = new HashMap<>();
		this.jdbc
			.sql("select e.* from supervision_evidence e join supervision_report r on r.id = e.report_id where "
					+ condition + " order by e.position")
			.param("key", key)
			.query((row, number) -> evidence
				.computeIfAbsent(row.getObject("report_id", UUID.class), (report) -> new ArrayList<>())
				.add(new Evidence(row.getInt("position"), row.getString("name"), row.getString("media_type"),
						row.getString("sha256"), row.getInt("size"))))
			.list();
		return this.jdbc
			.sql("select r.*, r.unit = t.lead_unit as lead from supervision_report r "
					+ "join supervision_task t on t.id = r.task_id where " + condition + " order by r.reported_at desc")
			.param("key", key)
			.query((row, number) -> new Report(row.getObject("id", UUID.class), row.getObject("task_id", UUID.class),
					row.getString("unit"), row.getBoolean("lead"), row.getBoolean("completion"), row.getString("text"),
					row.getInt("progress"), row.getString("reported_by"), row.getObject("reported_on", LocalDate.class),
					row.getObject("reported_at", OffsetDateTime.class).toInstant(),
					(row.getString("verdict") != null) ? Verdict.valueOf(row.getString("verdict")) : null,
					row.getString("reason"), row.getString("reviewed_by"),
					evidence.getOrDefault(row.getObject("id", UUID.class), List.of())))
			.list();
	}

	/**
	 * @return the task, locked until the transaction ends so that two reports or reviews
	 * of it are taken one after the other
	 */
	private Task lockedTask(UUID taskId, CurrentUser user) {
		this.jdbc.sql("select id from supervision_task where id = :id for update")
			.param("id", taskId)
			.query()
			.listOfRows();
		return this.items.readableTask(taskId, user).tasks().get(0);
	}

	private static DeadlineChange change(ResultSet row, int number) throws SQLException {
		Object approved = row.getObject("approved");
		return new DeadlineChange(row.getObject("id", UUID.class), row.getObject("task_id", UUID.class),
				row.getObject("old_deadline", LocalDate.class), row.getObject("new_deadline", LocalDate.class),
				row.getString("reason"), row.getString("requested_by"),
				row.getObject("requested_at", OffsetDateTime.class).toInstant(), (Boolean) approved);
	}

}
