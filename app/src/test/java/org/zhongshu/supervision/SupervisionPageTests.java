package org.zhongshu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.MutableClock;
import org.zhongshu.platform.WebSession;

/**
 * 督查督办 through the browser's requests: the 督查室 enters an item with its task, the lead
 * unit's liaison reports on it and applies for 办结 with evidence, the 督查室 returns and then
 * accepts it; another unit's liaison is refused the item, its evidence and the 督查室's own
 * pages; hostile input is answered with a Chinese message or 400.
 */
@DemoOfficeTest
class SupervisionPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Items items;

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void anItemIsEnteredReportedOnReturnedAcceptedAndClosedThroughThePages() {
		WebSession supervisor = WebSession.signedIn(this.port, "ducha2");
		supervisor.get("/supervision/new");
		String deadline = LocalDate.now(this.clock).plusDays(12).toString();
		WebSession.Page refused = supervisor.post("/supervision", Map.of("source", "SUPERIOR", "title", "", "leader",
				"李卫东", "classification", "INTERNAL", "leadUnit", "江临市住房和城乡建设局", "deadline", deadline));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("请填写督办事项");
		WebSession.Page created = supervisor.post("/supervision",
				Map.of("source", "SUPERIOR", "sourceReference", "省委办发〔2026〕30号", "title",
						"<script>alert(1)</script>推进城市更新", "content", "按省委部署推进城市更新行动。", "leader", "李卫东",
						"classification", "INTERNAL", "leadUnit", "江临市住房和城乡建设局", "coUnits", "江临市财政局", "deadline",
						deadline, "cycle", "ONCE"));
		assertThat(created.status()).isEqualTo(302);
		String itemPath = created.redirectPath();
		assertThat(itemPath).startsWith("/supervision/items/");
		UUID item = UUID.fromString(itemPath.substring("/supervision/items/".length()));
		UUID task = this.items.tasks(item).get(0).id();

		WebSession.Page page = supervisor.get(itemPath);
		assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;推进城市更新")
			.doesNotContain("<script>alert(1)");

		WebSession housing = WebSession.signedIn(this.port, "lianluo8");
		assertThat(housing.get("/").body()).contains("督办任务：");
		assertThat(housing.get(itemPath).body()).contains("报送进展").contains("申请办结");
		WebSession.Page svg = housing.upload("/supervision/tasks/" + task + "/reports",
				Map.of("text", "已完成", "progress", "100", "completion", "true"), "files", "证明.svg",
				"<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8));
		assertThat(housing.follow(svg).body()).contains("附件“证明.svg”的类型不被接受")
			.as("what the liaison wrote is shown again")
			.contains(">已完成</textarea>");
		WebSession.Page withoutEvidence = housing.post("/supervision/tasks/" + task + "/reports",
				Map.of("text", "项目已全部开工，待补材料", "progress", "90", "completion", "true"));
		assertThat(housing.follow(withoutEvidence).body()).contains("申请办结须附佐证材料")
			.contains(">项目已全部开工，待补材料</textarea>")
			.contains("value=\"90\"");
		WebSession.Page applied = housing.upload("/supervision/tasks/" + task + "/reports",
				Map.of("text", "城市更新项目已全部开工", "progress", "100", "completion", "true"), "files", "开工证明.pdf",
				"%PDF-1.7\n开工证明".getBytes(StandardCharsets.UTF_8));
		assertThat(housing.follow(applied).body()).contains("办结申请已报送督查室").contains("等待督查室审核");

		WebSession propaganda = WebSession.signedIn(this.port, "lianluo2");
		assertThat(propaganda.get(itemPath).status()).isEqualTo(403);
		UUID report = this.jdbc.sql("select id from supervision_report where task_id = :task")
			.param("task", task)
			.query(UUID.class)
			.single();
		assertThat(propaganda.download("/supervision/reports/" + report + "/evidence/1").status()).isEqualTo(403);
		assertThat(propaganda.get("/supervision/new").status()).isEqualTo(403);
		assertThat(propaganda.get("/supervision").body()).doesNotContain("推进城市更新");
		assertThat(housing.download("/supervision/reports/" + report + "/evidence/1").bytes())
			.isEqualTo("%PDF-1.7\n开工证明".getBytes(StandardCharsets.UTF_8));

		supervisor.get(itemPath);
		WebSession.Page returned = supervisor.post("/supervision/reports/" + report + "/review",
				Map.of("item", item.toString(), "accept", "false", "reason", "请补充项目开工许可证"));
		assertThat(supervisor.follow(returned).body()).contains("已退回").contains("请补充项目开工许可证");
		assertThat(housing.get("/").body()).contains("退回重报：");
		housing.get(itemPath);
		WebSession.Page again = housing.upload("/supervision/tasks/" + task + "/reports",
				Map.of("text", "已补充开工许可证", "progress", "100", "completion", "true"), "files", "开工许可证.pdf",
				"%PDF-1.7\n许可证".getBytes(StandardCharsets.UTF_8));
		assertThat(again.status()).isEqualTo(302);
		UUID second = this.jdbc.sql("select id from supervision_report where task_id = :task and verdict is null")
			.param("task", task)
			.query(UUID.class)
			.single();
		supervisor.get(itemPath);
		WebSession.Page accepted = supervisor.post("/supervision/reports/" + second + "/review",
				Map.of("item", item.toString(), "accept", "true"));
		assertThat(supervisor.follow(accepted).body()).contains("已认可").contains("已销号");
		assertThat(supervisor.get("/supervision?light=GREY").body()).contains("推进城市更新");
	}

	@Test
	void everyViewDownloadAndExportOfAClassifiedItemIsAudited() {
		LocalDate today = LocalDate.now(this.clock);
		UUID item = this.items.create(
				new Items.NewItem(Source.SUPERIOR, "", "审计测试：涉密专项督办", "", "李卫东", Classification.CONFIDENTIAL),
				List.of(new Items.NewTask("江临市财政局", List.of(), today.plusDays(9), Cycle.ONCE)),
				SupervisionTests.SUPERVISOR);
		UUID task = this.items.tasks(item).get(0).id();
		UUID report = this.reports.report(task, new Reports.NewReport("已落实", 50, false),
				List.of(SupervisionTests.EVIDENCE),
				SupervisionTests.person("lianluo6", "吴琼", "江临市财政局", Classification.CONFIDENTIAL, "LIAISON"));

		WebSession supervisor = WebSession.signedIn(this.port, "ducha");
		assertThat(supervisor.get("/supervision/items/" + item).status()).isEqualTo(200);
		assertThat(supervisor.download("/supervision/reports/" + report + "/evidence/1").status()).isEqualTo(200);
		assertThat(supervisor.download("/supervision/export?source=SUPERIOR").status()).isEqualTo(200);
		assertThat(this.jdbc.sql("""
				select detail from audit_event
				where event = 'SUPERVISION_READ' and actor = 'ducha' and object like :object order by id""")
			.param("object", "%" + item)
			.query(String.class)
			.list()).containsExactly("查看", "下载佐证材料：落实情况.pdf", "导出督查台账");
	}

	@Test
	void aTaskReportingOnSetDatesIsEnteredWithItsDatesAndABadDateIsNamed() {
		LocalDate today = LocalDate.now(this.clock);
		WebSession supervisor = WebSession.signedIn(this.port, "ducha2");
		supervisor.get("/supervision/new");
		Map<String, String> form = new HashMap<>(Map.of("source", "MEETING", "title", "按节点推进的会议议定事项", "leader", "李卫东",
				"classification", "INTERNAL", "leadUnit", "江临市教育局", "deadline", today.plusDays(40).toString(), "cycle",
				"DATES", "reportDates", today.plusDays(10) + "、下周五"));
		WebSession.Page refused = supervisor.post("/supervision", form);
		assertThat(refused.body()).contains("报送日期“下周五”无法识别，请写成 2026-12-31").contains("按节点推进的会议议定事项");
		form.put("reportDates", today.plusDays(20) + "，" + today.plusDays(10));
		WebSession.Page item = supervisor.follow(supervisor.post("/supervision", form));
		assertThat(item.body()).contains("按指定日期报告").contains("（" + today.plusDays(10) + "、" + today.plusDays(20) + "）");
	}

	@Test
	void theLedgerRefusesWhatItDoesNotKnowAndExportsOnlyTheUnitsOwnTasks() throws IOException {
		LocalDate deadline = LocalDate.now(this.clock).plusDays(30);
		UUID finance = this.items.create(
				new Items.NewItem(Source.SUPERIOR, "", "财政局的专项任务", "", "李卫东", Classification.INTERNAL),
				List.of(new Items.NewTask("江临市财政局", List.of(), deadline, Cycle.MONTHLY)), SupervisionTests.SUPERVISOR);
		this.items.create(new Items.NewItem(Source.SUPERIOR, "", "宣传部的专项任务", "", "李卫东", Classification.INTERNAL),
				List.of(new Items.NewTask("中共江临市委宣传部", List.of(), deadline, Cycle.MONTHLY)),
				SupervisionTests.SUPERVISOR);
		WebSession liaison = WebSession.signedIn(this.port, "lianluo6");
		assertThat(liaison.get("/supervision?light=DROP%20TABLE").status()).isEqualTo(400);
		assertThat(liaison.get("/supervision?page=-1").status()).isEqualTo(200);
		assertThat(liaison.get("/supervision").body()).contains("财政局的专项任务").doesNotContain("宣传部的专项任务");
		assertThat(liaison.get("/supervision/items/" + finance).status()).isEqualTo(200);
		assertThat(liaison.get("/supervision/import").status()).isEqualTo(403);
		assertThat(liaison.get("/supervision/calendar").status()).isEqualTo(403);

		WebSession.Page api = liaison.json("GET", "/api/v1/supervision/tasks?source=SUPERIOR", "");
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.body()).contains("\"title\":\"财政局的专项任务\"", "\"light\":\"GREEN\"").doesNotContain("宣传部的专项任务");
		WebSession.Page figures = liaison.json("GET", "/api/v1/supervision/analysis", "");
		assertThat(figures.body()).contains("\"unit\":\"江临市财政局\"").contains("\"label\":\"正常\"");
		assertThat(liaison.json("GET", "/api/v1/supervision/tasks?from=yesterday", "").status()).isEqualTo(400);

		WebSession.Download export = liaison.download("/supervision/export");
		assertThat(export.disposition()).contains("attachment");
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> leads = new ArrayList<>();
			List<String> titles = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				titles.add(sheet.getRow(r).getCell(1).getStringCellValue());
				leads.add(sheet.getRow(r).getCell(4).getStringCellValue()
						+ sheet.getRow(r).getCell(5).getStringCellValue());
			}
			assertThat(titles).contains("财政局的专项任务").doesNotContain("宣传部的专项任务");
			assertThat(leads).allSatisfy((units) -> assertThat(units).contains("江临市财政局"));
		}
	}

	@Test
	void theMonthlyBulletinIsPrintedAsARedHeaderDocumentWithoutClassifiedItems() throws IOException {
		LocalDate today = LocalDate.now(this.clock);
		UUID done = this.items.create(
				new Items.NewItem(Source.SUPERIOR, "", "通报测试：按期办结的事项", "", "周立新", Classification.INTERNAL),
				List.of(new Items.NewTask("江临市发展和改革委员会", List.of(), today.plusDays(5), Cycle.ONCE)),
				SupervisionTests.SUPERVISOR);
		UUID doneTask = this.items.tasks(done).get(0).id();
		UUID report = this.reports.report(doneTask, new Reports.NewReport("已完成", 100, true),
				List.of(SupervisionTests.EVIDENCE),
				SupervisionTests.person("lianluo5", "周鹏", "江临市发展和改革委员会", Classification.INTERNAL, "LIAISON"));
		this.reports.review(report, true, "", SupervisionTests.SUPERVISOR);
		UUID late = this.items.create(
				new Items.NewItem(Source.SUPERIOR, "", "通报测试：超期未办结的事项", "", "周立新", Classification.INTERNAL),
				List.of(new Items.NewTask("江临市西湖街道工作委员会", List.of(), today, Cycle.ONCE)), SupervisionTests.SUPERVISOR);
		UUID secret = this.items.create(
				new Items.NewItem(Source.SUPERIOR, "", "通报测试：涉密的超期事项", "", "周立新", Classification.CONFIDENTIAL),
				List.of(new Items.NewTask("江临市西湖街道工作委员会", List.of(), today, Cycle.ONCE)), SupervisionTests.SUPERVISOR);
		this.jdbc.sql("update supervision_task set deadline = :deadline where item_id in (:items)")
			.param("deadline", today.minusDays(4))
			.param("items", List.of(late, secret))
			.update();

		YearMonth month = YearMonth.from(today);
		WebSession supervisor = WebSession.signedIn(this.port, "ducha");
		supervisor.get("/supervision/analysis");
		assertThat(
				supervisor.follow(supervisor.post("/supervision/bulletins", Map.of("month", month.toString()))).body())
			.contains("还没有过完，月度通报在次月印发");
		this.clock.advance(Duration.ofDays(31));
		String title = "关于" + today.getYear() + "年" + today.getMonthValue() + "月督查督办工作情况的通报";
		try {
			supervisor = WebSession.signedIn(this.port, "ducha");
			supervisor.get("/supervision/analysis");
			WebSession.Page issued = supervisor
				.follow(supervisor.post("/supervision/bulletins", Map.of("month", month.toString())));
			assertThat(issued.body()).contains("已印发市委办督〔" + today.getYear() + "〕").contains(title);
			assertThat(supervisor.follow(supervisor.post("/supervision/bulletins", Map.of("month", month.toString())))
				.body()).contains("的督查通报已经印发");
		}
		finally {
			this.clock.reset();
		}
		supervisor = WebSession.signedIn(this.port, "ducha");
		WebSession.Download pdf = supervisor.download("/supervision/bulletins/" + month + ".pdf");
		assertThat(pdf.disposition()).contains(".pdf");
		try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text)
				.contains(title, "市委办督〔" + today.getYear() + "〕", "中共江临市委办公室", "江临市发展和改革委员会", "通报测试：按期办结的事项",
						"通报测试：超期未办结的事项", "江临市西湖街道工作委员会")
				.doesNotContain("涉密的超期事项");
		}
		WebSession.Download docx = supervisor.download("/supervision/bulletins/" + month + ".docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
			List<String> rows = document.getTables()
				.stream()
				.flatMap((table) -> table.getRows().stream())
				.map((row) -> row.getTableCells().stream().map((cell) -> cell.getText()).toList().toString())
				.toList();
			assertThat(rows).anyMatch((row) -> row.startsWith("[通报测试：超期未办结的事项, 江临市西湖街道工作委员会, " + today.minusDays(4)));
			assertThat(rows).anyMatch((row) -> row.startsWith("[江临市发展和改革委员会, 1, 0, 0, 100%"));
		}
		assertThat(supervisor.download("/supervision/bulletins/" + month.plusMonths(1) + ".pdf").status())
			.isEqualTo(404);
		assertThat(WebSession.signedIn(this.port, "lianluo5")
			.download("/supervision/bulletins/" + month + ".pdf")
			.status()).isEqualTo(403);
	}

	@Test
	void aNumberedReminderNoticeReachesTheUnitsAndOnlyThem() throws IOException {
		LocalDate today = LocalDate.now(this.clock);
		UUID item = this.items.create(
				new Items.NewItem(Source.SUPERIOR, "省委办发〔2026〕40号", "催办测试：推进乡村振兴示范村建设", "", "李卫东",
						Classification.INTERNAL),
				List.of(new Items.NewTask("中共江临市青山镇委员会", List.of("中共江临市白沙镇委员会"), today, Cycle.ONCE)),
				SupervisionTests.SUPERVISOR);
		UUID task = this.items.tasks(item).get(0).id();
		this.jdbc.sql("update supervision_task set deadline = :deadline where id = :id")
			.param("deadline", today.minusDays(4))
			.param("id", task)
			.update();

		WebSession supervisor = WebSession.signedIn(this.port, "ducha");
		supervisor.get("/supervision/items/" + item);
		WebSession.Page issued = supervisor
			.follow(supervisor.post("/supervision/tasks/" + task + "/notices", Map.of()));
		assertThat(issued.body()).contains("已印发催办单市委督办〔" + today.getYear() + "〕");
		UUID notice = this.jdbc.sql("select id from supervision_notice where task_id = :task")
			.param("task", task)
			.query(UUID.class)
			.single();

		WebSession township = WebSession.signedIn(this.port, "lianluo11");
		assertThat(township.get("/").body()).contains("收到催办通知：催办测试：推进乡村振兴示范村建设");
		WebSession.Download pdf = township.download("/supervision/notices/" + notice + ".pdf");
		try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text).contains("督办事项催办通知", "市委督办〔" + today.getYear() + "〕", "中共江临市青山镇委员会、中共江临市白沙镇委员会：",
					"已超过完成时限4天", "省委办发〔2026〕40号", "联系人：孙丽");
		}
		assertThat(WebSession.signedIn(this.port, "lianluo12")
			.download("/supervision/notices/" + notice + ".docx")
			.status()).isEqualTo(200);
		assertThat(WebSession.signedIn(this.port, "lianluo10")
			.download("/supervision/notices/" + notice + ".pdf")
			.status()).isEqualTo(403);
		assertThat(township.post("/supervision/tasks/" + task + "/notices", Map.of()).status()).isEqualTo(403);
	}

	@Test
	void anImportWithBadRowsShowsEachRowAndImportsNothing() throws IOException {
		WebSession supervisor = WebSession.signedIn(this.port, "ducha");
		supervisor.get("/supervision/import");
		LocalDate deadline = LocalDate.now(this.clock).plusMonths(2);
		byte[] file = SupervisionTests.sheet(List.of(List.of(1, "网页导入的任务", "江临市教育局", "", deadline, "郑国强"),
				List.of(2, "", "江临市教育局", "", deadline, "郑国强")));
		WebSession.Page refused = supervisor.upload("/supervision/import",
				Map.of("classification", "INTERNAL", "cycle", "MONTHLY"), "file", "重点工作.xlsx", file);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("第3行：任务为空").contains("全部未导入");
		assertThat(supervisor.get("/supervision?source=KEY_WORK").body()).doesNotContain("网页导入的任务");
		WebSession.Page notASheet = supervisor.upload("/supervision/import", Map.of(), "file", "../../etc/passwd.xlsx",
				"root:x:0:0".getBytes(StandardCharsets.UTF_8));
		assertThat(notASheet.body()).contains("无法读取这个文件");
	}

}
