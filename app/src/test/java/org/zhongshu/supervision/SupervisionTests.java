package org.zhongshu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhongshu.documents.SupervisionRequested;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.ConflictException;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.MutableClock;
import org.zhongshu.platform.RefusedException;
import org.zhongshu.platform.Todo;

/**
 * 督查督办 with the demo office's people and a clock the tests move: a leader's 批示 becoming
 * an item the 督查室 assigns, reports returned and accepted until the task is closed, who
 * sees what, deadlines moved on application, lights and reminders across a holiday, and
 * 重点工作 imported whole or not at all.
 */
@DemoOfficeTest
@RecordApplicationEvents
class SupervisionTests {

	static final CurrentUser SUPERVISOR = person("ducha", "孙丽", "督查室", Classification.CONFIDENTIAL, "SUPERVISION");

	static final CurrentUser JUNIOR_SUPERVISOR = person("ducha3", "胡敏", "督查室", Classification.INTERNAL, "SUPERVISION");

	static final CurrentUser FINANCE = person("lianluo6", "吴琼", "江临市财政局", Classification.INTERNAL, "LIAISON");

	static final CurrentUser ORGANISATION = person("lianluo1", "赵磊", "中共江临市委组织部", Classification.INTERNAL, "LIAISON");

	static final CurrentUser PROPAGANDA = person("lianluo2", "钱芳", "中共江临市委宣传部", Classification.INTERNAL, "LIAISON");

	static final CurrentUser EDUCATION = person("lianluo7", "郑凯", "江临市教育局", Classification.INTERNAL, "LIAISON");

	static final AttachmentFile EVIDENCE = AttachmentFile.of("落实情况.pdf",
			"%PDF-1.7\n落实情况".getBytes(StandardCharsets.UTF_8));

	@Autowired
	Items items;

	@Autowired
	Reports reports;

	@Autowired
	Ledger ledger;

	@Autowired
	SupervisionTodos todos;

	@Autowired
	SupervisionReminders reminders;

	@Autowired
	HolidayCalendar calendar;

	@Autowired
	KeyWorkImport keyWork;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anInstructionBecomesOneItemTheUnitsReportOnUntilTheSupervisionOfficeClosesIt() throws InterruptedException {
		UUID document = UUID.randomUUID();
		LocalDate deadline = today().plusDays(20);
		SupervisionRequested requested = new SupervisionRequested(document, "关于做好冬季安全生产工作的通知", "市委办收〔2026〕99号",
				Classification.INTERNAL, "周立新", "请财政局牵头、组织部配合抓好落实。", List.of("江临市财政局", "中共江临市委组织部"), deadline,
				this.clock.instant());
		publish(requested);
		publish(new SupervisionRequested(document, requested.title(), requested.receiptNumber(),
				requested.classification(), requested.leader(), requested.instruction(), requested.handlingUnits(),
				deadline, requested.instructedAt().plusSeconds(60)));
		awaitHandled(document, 2);
		List<UUID> created = this.jdbc.sql("select id from supervision_item where source_document = :document")
			.param("document", document)
			.query(UUID.class)
			.list();
		assertThat(created).hasSize(1);
		UUID id = created.get(0);
		Item item = this.items.readable(id, SUPERVISOR).item();
		assertThat(item.source()).isEqualTo(Source.INSTRUCTION);
		assertThat(item.leader()).isEqualTo("周立新");
		assertThat(item.proposedUnits()).containsExactly("江临市财政局", "中共江临市委组织部");
		assertThat(titles(SUPERVISOR)).contains("分解交办：关于做好冬季安全生产工作的通知");

		UUID task = this.items.addTask(id, new Items.NewTask("江临市财政局", List.of("市委组织部"), deadline, Cycle.ONCE),
				SUPERVISOR);
		assertThat(titles(SUPERVISOR)).doesNotContain("分解交办：关于做好冬季安全生产工作的通知");
		assertThat(this.items.tasks(id)).singleElement()
			.satisfies((assigned) -> assertThat(assigned.coUnits()).containsExactly("中共江临市委组织部"));
		assertThat(titles(FINANCE)).contains("督办任务：关于做好冬季安全生产工作的通知");
		assertThat(titles(ORGANISATION)).contains("配合督办：关于做好冬季安全生产工作的通知");
		assertThat(this.items.readable(id, ORGANISATION).tasks()).hasSize(1);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.items.readable(id, PROPAGANDA));
		assertThat(taskIds(PROPAGANDA)).doesNotContain(task);
		assertThat(taskIds(FINANCE)).contains(task);

		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.reports.report(task, new Reports.NewReport("已完成", 100, true), List.of(EVIDENCE),
					ORGANISATION))
			.withMessage("只有牵头单位可以申请办结，配合单位请向牵头单位报送");
		this.reports.report(task, new Reports.NewReport("已抽调专人配合财政局", 30, false), List.of(), ORGANISATION);
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.reports.report(task, new Reports.NewReport("已完成", 100, true), List.of(), FINANCE))
			.withMessage("申请办结须附佐证材料");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.reports.report(task, new Reports.NewReport("代报", 10, false), List.of(), PROPAGANDA));

		UUID first = this.reports.report(task, new Reports.NewReport("专项资金已拨付到位", 100, true), List.of(EVIDENCE),
				FINANCE);
		assertThat(this.reports.waitingForReview(SUPERVISOR)).extracting(Reports.Waiting::item).contains(id);
		assertThat(line(task, FINANCE).status()).isEqualTo("申请办结");
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.reports.review(first, false, " ", SUPERVISOR))
			.withMessage("退回须写明理由");
		this.reports.review(first, false, "佐证材料未加盖公章", SUPERVISOR);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.reports.review(first, true, "", SUPERVISOR));
		assertThat(titles(FINANCE)).contains("退回重报：关于做好冬季安全生产工作的通知");
		assertThat(line(task, FINANCE).status()).isEqualTo("正常");
		assertThat(line(task, FINANCE).task().progress()).isZero();

		UUID second = this.reports.report(task, new Reports.NewReport("已补充加盖公章的拨付凭证", 100, true), List.of(EVIDENCE),
				FINANCE);
		this.reports.review(second, true, "", SUPERVISOR);
		Ledger.Line closed = line(task, SUPERVISOR);
		assertThat(closed.light()).isEqualTo(Light.GREY);
		assertThat(closed.status()).isEqualTo("已销号");
		assertThat(closed.task().onTime()).isTrue();
		assertThat(closed.task().latest()).isEqualTo("已补充加盖公章的拨付凭证");
		assertThat(this.events.stream(TaskClosed.class).filter((event) -> event.task().equals(task))).singleElement()
			.satisfies((event) -> {
				assertThat(event.onTime()).isTrue();
				assertThat(event.leadUnit()).isEqualTo("江临市财政局");
			});
		assertThat(titles(FINANCE)).doesNotContain("督办任务：关于做好冬季安全生产工作的通知");
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.reports.report(task, new Reports.NewReport("补充", 100, false), List.of(), FINANCE))
			.withMessage("该任务已销号，无需再报送");

		assertThat(this.reports.evidence(second, 1, ORGANISATION))
			.hasValueSatisfying((file) -> assertThat(file.content()).isEqualTo(EVIDENCE.content()));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.reports.evidence(second, 1, PROPAGANDA));
	}

	@Test
	void aClassifiedItemIsHiddenFromThoseNotClearedEvenInTheirOwnUnit() {
		UUID id = this.items.create(
				new Items.NewItem(Source.SUPERIOR, "省委办发〔2026〕21号", "涉密专项督查事项", "", "李卫东", Classification.CONFIDENTIAL),
				List.of(new Items.NewTask("江临市教育局", List.of(), today().plusDays(10), Cycle.WEEKLY)), SUPERVISOR);
		UUID task = this.items.tasks(id).get(0).id();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.items.readable(id, EDUCATION));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.items.readable(id, JUNIOR_SUPERVISOR));
		assertThat(taskIds(EDUCATION)).doesNotContain(task);
		assertThat(titles(EDUCATION)).doesNotContain("督办任务：涉密专项督查事项");
		assertThat(taskIds(SUPERVISOR)).contains(task);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.items.create(
				new Items.NewItem(Source.SUPERIOR, "", "联络员自建事项", "", "李卫东", Classification.INTERNAL), List.of(),
				EDUCATION));
		assertThatExceptionOfType(RefusedException.class).isThrownBy(() -> this.items.create(
				new Items.NewItem(Source.SUPERIOR, "", "机密事项", "", "李卫东", Classification.SECRET), List.of(),
				SUPERVISOR))
			.withMessage("您的涉密等级低于所选密级");
	}

	@Test
	void aDeadlineMovesOnlyWhenTheSupervisionOfficeApprovesTheLeadUnitsApplication() {
		LocalDate deadline = today().plusDays(15);
		UUID id = this.items.create(
				new Items.NewItem(Source.MEETING, "", "推进老旧小区改造", "", "李卫东", Classification.INTERNAL),
				List.of(new Items.NewTask("江临市财政局", List.of("中共江临市委宣传部"), deadline, Cycle.ONCE)), SUPERVISOR);
		UUID task = this.items.tasks(id).get(0).id();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.reports.applyForDeadline(task, deadline.plusDays(10), "宣传部申请", PROPAGANDA));
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.reports.applyForDeadline(task, today().minusDays(1), "理由", FINANCE))
			.withMessage("请填写新的完成时限，须晚于今天且不同于现在的时限");
		UUID change = this.reports.applyForDeadline(task, deadline.plusDays(10), "需等待省财政厅下达资金", FINANCE);
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.reports.applyForDeadline(task, deadline.plusDays(12), "再申请", FINANCE))
			.withMessage("已有一份调整时限的申请在审批中");
		assertThat(this.items.tasks(id).get(0).deadline()).isEqualTo(deadline);
		assertThat(titles(SUPERVISOR)).contains("审批时限调整：江临市财政局·推进老旧小区改造");
		this.reports.decideDeadline(change, true, SUPERVISOR);
		assertThat(this.items.tasks(id).get(0).deadline()).isEqualTo(deadline.plusDays(10));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.reports.decideDeadline(change, false, SUPERVISOR));
	}

	@Test
	void lightsAndRemindersCountTheOfficesWorkingDaysAcrossAHolidayAndEachReminderIsSentOnce() throws Exception {
		LocalDate today = today();
		LocalDate holiday = today.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		LocalDate makeUpSaturday = holiday.minusDays(2);
		LocalDate deadline = holiday.plusDays(7);
		try {
			this.calendar.holiday(holiday, holiday.plusDays(4), "测试假期");
			this.calendar.workday(makeUpSaturday, "测试假期");
			UUID id = this.items.create(
					new Items.NewItem(Source.SUPERIOR, "", "节后第一天须完成的事项", "", "周立新", Classification.INTERNAL),
					List.of(new Items.NewTask("江临市财政局", List.of("中共江临市委组织部"), deadline, Cycle.ONCE)), SUPERVISOR);
			UUID task = this.items.tasks(id).get(0).id();
			LocalDate yellowFrom = holiday.minusDays(4);
			for (LocalDate day = today; !day.isAfter(deadline.plusDays(1)); day = day.plusDays(1)) {
				moveTo(day);
				Light expected = day.isAfter(deadline) ? Light.RED
						: day.isBefore(yellowFrom) ? Light.GREEN : Light.YELLOW;
				assertThat(line(task, SUPERVISOR).light()).as("%s 的督办灯", day).isEqualTo(expected);
				this.reminders.remind();
				assertThat(reminders(task, SupervisionReminders.DUE + deadline)).as("%s 的临期催办", day)
					.isEqualTo(day.isBefore(yellowFrom) ? 0 : 2);
			}
			assertThat(this.events.stream(TaskOverdue.class).filter((event) -> event.task().equals(task)))
				.singleElement()
				.satisfies((event) -> assertThat(event.deadline()).isEqualTo(deadline));
			assertThat(reminders(task, SupervisionReminders.OVERDUE + deadline + "/0")).isEqualTo(2);
			assertThat(titles(FINANCE)).contains("督办任务已超期：节后第一天须完成的事项");

			moveTo(deadline.plusDays(8));
			ExecutorService nodes = Executors.newFixedThreadPool(2);
			try {
				Callable<Integer> run = this.reminders::remind;
				List<Future<Integer>> runs = nodes.invokeAll(List.of(run, run));
				for (Future<Integer> each : runs) {
					each.get();
				}
			}
			finally {
				nodes.shutdown();
			}
			assertThat(reminders(task, SupervisionReminders.OVERDUE + deadline + "/1")).isEqualTo(2);
			this.reminders.remind();
			assertThat(reminders(task, SupervisionReminders.OVERDUE + deadline + "/1")).isEqualTo(2);
			assertThat(this.events.stream(TaskOverdue.class).filter((event) -> event.task().equals(task))).hasSize(1);
		}
		finally {
			for (LocalDate day = makeUpSaturday; !day.isAfter(holiday.plusDays(4)); day = day.plusDays(1)) {
				this.calendar.remove(day);
			}
		}
	}

	@Test
	void aTaskReportingOnSetDatesTurnsYellowAfterAMissedDateUntilTheLeadUnitReports() {
		LocalDate today = today();
		Items.NewItem item = new Items.NewItem(Source.SUPERIOR, "", "按节点报送的事项", "", "周立新", Classification.INTERNAL);
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.items.create(item,
					List.of(new Items.NewTask("中共江临市委统战部", List.of(), today.plusDays(20), Cycle.DATES,
							List.of(today.plusDays(30)))),
					SUPERVISOR))
			.withMessage("报送日期应在今天和完成时限 " + today.plusDays(20) + " 之间");
		assertThatExceptionOfType(RefusedException.class).isThrownBy(() -> this.items.create(item,
				List.of(new Items.NewTask("中共江临市委统战部", List.of(), today.plusDays(20), Cycle.DATES, List.of())),
				SUPERVISOR))
			.withMessage("按指定日期报告时，请填写 1 至 24 个报送日期");
		UUID id = this.items.create(item, List.of(new Items.NewTask("中共江临市委统战部", List.of(), today.plusDays(30),
				Cycle.DATES, List.of(today.plusDays(10), today.plusDays(3)))), SUPERVISOR);
		UUID task = this.items.tasks(id).get(0).id();
		assertThat(this.items.tasks(id).get(0).reportDates()).containsExactly(today.plusDays(3), today.plusDays(10));

		moveTo(today.plusDays(3));
		assertThat(line(task, SUPERVISOR).light()).isEqualTo(Light.GREEN);
		moveTo(today.plusDays(4));
		assertThat(line(task, SUPERVISOR).light()).isEqualTo(Light.YELLOW);
		this.reminders.remind();
		this.reminders.remind();
		assertThat(reminders(task, SupervisionReminders.REPORT + today.plusDays(3))).isEqualTo(1);
		this.reports.report(task, new Reports.NewReport("已召开专题会议部署", 20, false), List.of(),
				person("lianluo4", "李娜", "中共江临市委统战部", Classification.INTERNAL, "LIAISON"));
		assertThat(line(task, SUPERVISOR).light()).isEqualTo(Light.GREEN);
	}

	@Test
	void keyWorkIsImportedWholeOrNotAtAllAndTheLedgerExportsIt() throws IOException {
		LocalDate deadline = today().plusMonths(3);
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 1; i <= 50; i++) {
			rows.add(List.of(i, "重点工作第" + i + "项：推进教育强市建设", "江临市教育局", "江临市财政局、市委组织部",
					(i % 2 == 0) ? deadline : deadline.getYear() + "年" + deadline.getMonthValue() + "月底", "郑国强"));
		}
		List<List<Object>> bad = new ArrayList<>(rows);
		bad.set(6, List.of(7, "缺牵头单位的任务", "", "江临市财政局", deadline, "郑国强"));
		bad.set(18, List.of(19, "单位写错的任务", "江临市宇宙局", "", deadline, "郑国强"));
		bad.set(39, List.of(40, "时限写错的任务", "江临市教育局", "", "明年", "郑国强"));
		int before = keyWorkItems();

		assertThatExceptionOfType(KeyWorkImport.RowsRefusedException.class)
			.isThrownBy(() -> this.keyWork.read(sheet(bad), Classification.INTERNAL, Cycle.MONTHLY, today()))
			.satisfies((refused) -> assertThat(refused.problems()).containsExactly("第8行：缺少牵头单位",
					"第20行：没有名为“江临市宇宙局”的承办单位", "第41行：完成时限“明年”无法识别，请写成 2026-12-31、2026年12月31日或 2026年12月底"));
		assertThat(keyWorkItems()).isEqualTo(before);
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.keyWork.read("不是表格".getBytes(StandardCharsets.UTF_8), Classification.INTERNAL,
					Cycle.MONTHLY, today()))
			.withMessage("无法读取这个文件：请上传 Excel 的 .xlsx 文件");

		KeyWorkImport.Rows read = this.keyWork.read(sheet(rows), Classification.INTERNAL, Cycle.MONTHLY, today());
		this.items.createAll(read.items(), read.tasks(), SUPERVISOR);
		assertThat(keyWorkItems()).isEqualTo(before + 50);

		Ledger.Filter educationKeyWork = new Ledger.Filter("江临市教育局", "郑国强", Source.KEY_WORK, null, null, null, null);
		try (Workbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(this.ledger.export(educationKeyWork, EDUCATION)))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("督办事项");
			assertThat(sheet.getLastRowNum()).isEqualTo(50);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("重点工作第1项：推进教育强市建设");
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("重点工作");
			assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("江临市教育局");
			assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("江临市财政局、中共江临市委组织部");
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue())
				.isEqualTo(deadline.withDayOfMonth(deadline.lengthOfMonth()).toString());
			assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo(deadline.toString());
			assertThat(sheet.getRow(50).getCell(1).getStringCellValue()).isEqualTo("重点工作第50项：推进教育强市建设");
		}
		assertThat(this.ledger.lines(educationKeyWork, PROPAGANDA)).isEmpty();

		String first = "重点工作第1项：推进教育强市建设";
		assertThat(titles(EDUCATION)).contains("督办任务：" + first);
		UUID firstTask = this.ledger.lines(educationKeyWork, EDUCATION)
			.stream()
			.filter((line) -> line.item().title().equals(first))
			.findFirst()
			.orElseThrow()
			.task()
			.id();
		this.reports.report(firstTask, new Reports.NewReport("已制定实施方案", 10, false), List.of(), EDUCATION);
		assertThat(titles(EDUCATION)).noneMatch((title) -> title.endsWith("：" + first));
		moveTo(today().plusMonths(1).minusDays(SupervisionTodos.SOON));
		assertThat(titles(EDUCATION)).contains("报送进展：" + first);
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.publisher.publishEvent(event));
	}

	/**
	 * Waits until the supervision module has handled the given number of publications of
	 * the 收文's event, as the event publication registry records them.
	 */
	private void awaitHandled(UUID document, int publications) throws InterruptedException {
		for (int attempt = 0; attempt < 100 && handled(document) < publications; attempt++) {
			Thread.sleep(100);
		}
		assertThat(handled(document)).isEqualTo(publications);
	}

	private int handled(UUID document) {
		return this.jdbc.sql("""
				select count(*) from event_publication
				where serialized_event like :document and completion_date is not null""")
			.param("document", "%" + document + "%")
			.query(Integer.class)
			.single();
	}

	private void moveTo(LocalDate day) {
		this.clock.reset();
		this.clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today(), day)));
	}

	private int reminders(UUID task, String occasion) {
		return this.jdbc.sql("select count(*) from supervision_reminder where task_id = :task and occasion = :occasion")
			.param("task", task)
			.param("occasion", occasion)
			.query(Integer.class)
			.single();
	}

	private int keyWorkItems() {
		return this.jdbc.sql("select count(*) from supervision_item where source = 'KEY_WORK'")
			.query(Integer.class)
			.single();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private List<String> titles(CurrentUser user) {
		return this.todos.todosFor(user).stream().map(Todo::title).toList();
	}

	private List<UUID> taskIds(CurrentUser user) {
		return this.ledger.lines(Ledger.Filter.all(), user).stream().map((line) -> line.task().id()).toList();
	}

	private Ledger.Line line(UUID task, CurrentUser user) {
		return this.ledger.lines(Ledger.Filter.all(), user)
			.stream()
			.filter((line) -> line.task().id().equals(task))
			.findFirst()
			.orElseThrow();
	}

	static byte[] sheet(List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("重点工作");
			List<String> headings = List.of("序号", "任务", "牵头单位", "配合单位", "完成时限", "责任领导");
			Row head = sheet.createRow(0);
			for (int c = 0; c < headings.size(); c++) {
				head.createCell(c).setCellValue(headings.get(c));
			}
			CellStyle dates = workbook.createCellStyle();
			dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object value = rows.get(r).get(c);
					Cell cell = row.createCell(c);
					if (value instanceof LocalDate date) {
						cell.setCellValue(date);
						cell.setCellStyle(dates);
					}
					else if (value instanceof Integer number) {
						cell.setCellValue(number);
					}
					else {
						cell.setCellValue(String.valueOf(value));
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static CurrentUser person(String login, String name, String unit, Classification clearance, String role) {
		return new CurrentUser(login.hashCode(), login, name, unit, "", clearance, Set.of(role));
	}

}
