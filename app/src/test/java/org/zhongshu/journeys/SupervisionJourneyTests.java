package org.zhongshu.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhongshu.documents.SupervisionRequested;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.DemoOfficeTest;

/**
 * 督查督办 in a real browser: a leader's 批示 arrives at the 督查室, which assigns it to the 财政局
 * with the 组织部 helping; the 财政局's liaison reports it done with evidence, the 督查室 returns
 * it once for a missing document, accepts the second report and closes the task; the
 * ledger, filtered to the 财政局's closed tasks, is exported and opened as .xlsx.
 */
@DemoOfficeTest
@ExtendWith(Browser.class)
class SupervisionJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void anInstructionIsAssignedReportedReturnedOnceAcceptedClosedAndExported() throws IOException {
		String title = "关于加快" + UUID.randomUUID().toString().substring(0, 4) + "专项债券资金支出进度的报告";
		LocalDate deadline = LocalDate.now(this.clock).plusDays(20);
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new SupervisionRequested(UUID.randomUUID(), title, "市委办收〔2026〕188号", Classification.INTERNAL,
					"周立新", "请财政局牵头、组织部配合，加快支出进度。", List.of("江临市财政局", "中共江临市委组织部"), deadline, this.clock.instant())));

		Page supervisor = signedIn("ducha");
		Browser.todo(supervisor, "分解交办：" + title).click();
		assertThat(supervisor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
		assertThat(supervisor.locator("#tasks-empty")).containsText("江临市财政局、中共江临市委组织部");
		assertThat(supervisor.getByLabel("牵头单位")).hasValue("江临市财政局");
		assertThat(supervisor.getByLabel("完成时限")).hasValue(deadline.toString());
		supervisor.getByLabel("报送要求").selectOption("WEEKLY");
		supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("交办").setExact(true)).click();
		assertThat(supervisor.getByRole(AriaRole.STATUS)).containsText("任务已交办");
		Locator task = supervisor.locator("#task-1");
		assertThat(task.locator(".lead-unit")).hasText("江临市财政局");
		assertThat(task).containsText("中共江临市委组织部");
		assertThat(task.locator(".light")).hasText("正常");
		Browser.screenshot(supervisor, "40-supervision-assigned");

		supervisor.onDialog((dialog) -> dialog.accept());
		supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("催办").setExact(true)).click();
		assertThat(supervisor.getByRole(AriaRole.STATUS)).containsText("已催办 2 个单位");

		Page finance = signedIn("lianluo6");
		assertThat(finance.locator("#bell-count")).not().hasText("0");
		finance.locator("#bell").click();
		assertThat(finance.locator("#notices")).containsText("督查室催办：" + title);
		finance.locator(".zs-todo", new Page.LocatorOptions().setHasText("督办任务：" + title)).click();
		report(finance, "已拨付专项债券资金 3.2 亿元，支出进度 100%", "拨付凭证.pdf");
		assertThat(finance.getByRole(AriaRole.STATUS)).containsText("办结申请已报送督查室");
		assertThat(finance.locator("#task-1")).containsText("等待督查室审核");

		supervisor.navigate(url("/"));
		supervisor.locator(".zs-todo", new Page.LocatorOptions().setHasText("审核办结申请：江临市财政局·" + title)).click();
		assertThat(supervisor.locator(".report").first()).containsText("拨付凭证.pdf");
		supervisor.getByLabel("审核意见（退回时必填）").fill("请补充项目单位的收款确认");
		supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退回")).click();
		assertThat(supervisor.getByRole(AriaRole.STATUS)).containsText("已退回");
		assertThat(supervisor.locator(".report .verdict").first()).hasText("已退回");

		finance.navigate(url("/"));
		finance.locator(".zs-todo", new Page.LocatorOptions().setHasText("退回重报：" + title)).click();
		assertThat(finance.locator(".report").first()).containsText("请补充项目单位的收款确认");
		report(finance, "已补充各项目单位的收款确认", "收款确认.pdf");
		Browser.screenshot(finance, "41-supervision-reported");

		supervisor.navigate(url("/"));
		supervisor.locator(".zs-todo", new Page.LocatorOptions().setHasText("审核办结申请：江临市财政局·" + title)).click();
		supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("认可并销号")).click();
		assertThat(supervisor.getByRole(AriaRole.STATUS)).containsText("已认可");
		assertThat(supervisor.locator("#task-1 .light")).hasText("已办结");
		assertThat(supervisor.locator("#task-1")).containsText("已销号");

		supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("督查台账")).click();
		supervisor.getByLabel("承办单位").selectOption("江临市财政局");
		supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
		supervisor.locator("#lights [data-light=GREY]").click();
		assertThat(supervisor.locator("#ledger")).containsText(title);
		Browser.screenshot(supervisor, "42-supervision-ledger");
		Download download = supervisor.waitForDownload(() -> supervisor.locator("#export").click());
		assertThat(download.suggestedFilename()).isEqualTo("督查台账.xlsx");
		List<List<String>> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach((cell) -> cells.add(cell.toString()));
				rows.add(cells);
			}
		}
		assertThat(rows.get(0)).containsExactly("序号", "督办事项", "来源", "责任领导", "牵头单位", "配合单位", "完成时限", "进度", "最新进展", "状态",
				"超期天数");
		assertThat(rows.subList(1, rows.size())).allSatisfy((row) -> assertThat(row.get(9)).isEqualTo("已销号"))
			.anySatisfy((row) -> assertThat(row.subList(1, 10)).containsExactly(title, "领导批示", "周立新", "江临市财政局",
					"中共江临市委组织部", deadline.toString(), "100%", "已补充各项目单位的收款确认", "已销号"));

		supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("督查分析")).click();
		supervisor.getByLabel("完成时限自").fill(deadline.toString());
		supervisor.getByLabel("至").fill(deadline.toString());
		supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("统计")).click();
		Locator financeFigures = supervisor.locator("#units-table tr", new Page.LocatorOptions().setHasText("江临市财政局"));
		assertThat(financeFigures.locator("td").last()).hasText("100%");
		assertThat(supervisor.locator("#chart-units[data-drawn=true] canvas")).hasCount(1);
		assertThat(supervisor.locator("#chart-lights[data-drawn=true] canvas")).hasCount(1);
		assertThat(supervisor.locator("#chart-months[data-drawn=true] canvas")).hasCount(1);
		Browser.screenshot(supervisor, "43-supervision-analysis");
	}

	private static void report(Page liaison, String text, String evidence) {
		liaison.getByLabel("进展情况").fill(text);
		liaison.getByLabel("完成进度（%）").fill("100");
		liaison.getByLabel("佐证材料", new Page.GetByLabelOptions().setExact(true))
			.setInputFiles(new FilePayload(evidence, "application/pdf",
					("%PDF-1.7\n" + evidence).getBytes(StandardCharsets.UTF_8)));
		liaison.getByLabel("申请办结（须附佐证材料）").check();
		liaison.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("报送")).click();
	}

	private Page signedIn(String loginName) {
		return Browser.signedIn(url(""), loginName, 1280, 900);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
