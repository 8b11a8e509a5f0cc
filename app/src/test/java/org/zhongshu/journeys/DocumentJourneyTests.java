package org.zhongshu.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhongshu.platform.DemoOfficeTest;

/**
 * 公文 in a real browser. A 发文 from 拟稿 to its recipients: a 文秘 drafts a notice with a typo,
 * the reviewer sees the proofreader flag it and takes its suggestion, a unit
 * countersigns, the 书记 signs on a phone, 机要 numbers, prints and distributes it, and a
 * recipient unit's liaison signs for it and downloads the 红头文件. A 收文 from 签收 to 归档: 机要
 * registers a document from the province with its scan and gives it its 收文号, a 文秘 screens
 * it, an office leader proposes the 市委书记 instruct it, the 书记 instructs on a phone (a unit
 * to handle it by a deadline, marked for supervision, two leaders to read it in order),
 * the 督查室 finds the instruction waiting to be assigned, the two leaders read it from
 * their 待阅, the unit reports it handled from its 工作台, the 文秘 concludes and 机要 files it.
 */
@DemoOfficeTest
@ExtendWith(Browser.class)
class DocumentJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void theDraftsHeadingsStayInOrderWhateverIsPastedTypedMovedOrDeleted() {
		Page drafter = signedIn("wenmi2", 1280, 900);
		drafter.navigate(url("/documents/new"));
		drafter.waitForLoadState();
		Locator first = paragraph(drafter, 1);
		first.fill("");
		first.evaluate("(field, text) => { const data = new DataTransfer(); data.setData('text/plain', text); "
				+ "field.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true})); }",
				"现将有关事项通知如下。\r\n一、总体要求\r\n（一）压实责任。\r\n（二）强化保障。\r\n二、工作措施");
		assertThat(drafter.locator("#body"))
			.hasValue("现将有关事项通知如下。\n一、总体要求\n（一）压实责任。\n（二）强化保障。\n二、工作措施\n三、……\n四、……\n特此通知。");

		drafter.onDialog((dialog) -> dialog.accept());
		remove(drafter, 6);
		remove(drafter, 6);
		move(drafter, 5, "上移");
		assertThat(drafter.locator("#body")).hasValue("现将有关事项通知如下。\n一、总体要求\n（一）压实责任。\n二、工作措施\n（一）强化保障。\n特此通知。");

		drafter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加段落")).click();
		drafter.keyboard().type("（一）加强督查。");
		assertThat(drafter.getByLabel("第7段层级", new Page.GetByLabelOptions().setExact(true))).hasValue("2");
		move(drafter, 7, "上移");
		Locator closing = paragraph(drafter, 7);
		closing.press("Home");
		closing.press("Backspace");
		assertThat(drafter.locator("#body")).hasValue("现将有关事项通知如下。\n一、总体要求\n（一）压实责任。\n二、工作措施\n（一）强化保障。\n（二）加强督查。特此通知。");

		drafter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("按纯文本编辑")).click();
		drafter.getByLabel("正文", new Page.GetByLabelOptions().setExact(true)).fill("一、总体要求\n三、工作措施");
		drafter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("按段落编辑")).click();
		assertThat(drafter.locator(".zs-ordinal")).hasText(new String[] { "一、", "二、" });
		assertThat(drafter.locator("#body")).hasValue("一、总体要求\n二、工作措施");
	}

	private static Locator paragraph(Page page, int number) {
		return page.getByLabel("第" + number + "段", new Page.GetByLabelOptions().setExact(true));
	}

	private static void remove(Page page, int number) {
		move(page, number, "删除本段");
	}

	private static void move(Page page, int number, String action) {
		paragraph(page, number).locator("xpath=..")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action))
			.click();
	}

	@Test
	void aNoticeWithATypoIsFixedAtReviewSignedOnAPhoneAndReachesItsRecipientUnit() throws IOException {
		String title = "关于做好" + UUID.randomUUID().toString().substring(0, 4) + "元旦春节期间值班工作的通知";

		Page drafter = signedIn("wenmi2", 1280, 900);
		drafter.navigate(url("/documents/new"));
		Locator recipients = drafter.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("添加主送单位"));
		recipients.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ 市委组织部")).click();
		recipients.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ 市财政局")).click();
		recipients.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("+ 市委组织部")).click();
		assertThat(drafter.getByLabel("主送机关")).hasValue("市委组织部、市财政局");
		drafter.getByLabel("标题").fill(title);
		paragraph(drafter, 1).fill("为做好元旦春节期间值班工作，现将有关事项通知如下。");
		Locator heading = paragraph(drafter, 2);
		heading.fill("严格值班制度");
		heading.press("End");
		heading.press("Enter");
		drafter.keyboard().type("各单位要认真布署，确保24小时有人值守。");
		paragraph(drafter, 4).fill("加强应急值守");
		paragraph(drafter, 5).press("End");
		drafter.keyboard().press("Enter");
		drafter.keyboard().type("值班人员要坚守岗位。");
		assertThat(drafter.locator(".zs-ordinal").nth(3)).hasText("二、");
		assertThat(drafter.locator("#body"))
			.hasValue("为做好元旦春节期间值班工作，现将有关事项通知如下。\n一、严格值班制度\n" + "各单位要认真布署，确保24小时有人值守。\n二、加强应急值守\n特此通知。\n值班人员要坚守岗位。");
		move(drafter, 6, "上移");
		assertThat(drafter.locator("#body"))
			.hasValue("为做好元旦春节期间值班工作，现将有关事项通知如下。\n一、严格值班制度\n" + "各单位要认真布署，确保24小时有人值守。\n二、加强应急值守\n值班人员要坚守岗位。\n特此通知。");
		Browser.screenshot(drafter, "29-draft-paragraphs");
		drafter.getByLabel("核稿人（处室负责人）").selectOption("fuzhuren");
		drafter.getByLabel("签发人").selectOption("shuji");
		drafter.getByLabel("会签（可多选，不需要会签则不选）").selectOption("ducha");
		drafter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送核稿")).click();
		assertThat(drafter.locator("#route [aria-current=step]")).hasText("处室负责人核稿");

		Page checker = signedIn("fuzhuren", 1280, 900);
		checker.getByText("处室负责人核稿：" + title).click();
		checker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送下一步")).click();
		assertThat(checker.getByRole(AriaRole.STATUS)).containsText("已送下一步");

		Page reviewer = signedIn("wenmi", 1280, 900);
		reviewer.getByText("办公室审核：" + title).click();
		Locator report = reviewer.locator("#proofreading");
		assertThat(report).containsText("1 处错误待处理");
		assertThat(report.locator("mark")).hasText("布署");
		Browser.screenshot(reviewer, "30-review-report");
		report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("改为“部署”")).click();
		assertThat(reviewer.getByRole(AriaRole.STATUS)).containsText("已改为“部署”");
		assertThat(reviewer.locator(".zs-dispatch-paragraph").nth(2)).containsText("各单位要认真部署");
		assertThat(reviewer.locator("#proofreading")).containsText("未发现问题");
		reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送下一步")).click();
		assertThat(reviewer.getByRole(AriaRole.STATUS)).containsText("已审核");

		Page countersigner = signedIn("ducha", 1280, 900);
		countersigner.getByText("会签：" + title).click();
		countersigner.getByLabel("意见").fill("督查室同意");
		countersigner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送下一步")).click();
		assertThat(countersigner.getByRole(AriaRole.STATUS)).containsText("已送下一步");

		Page leader = signedIn("shuji", 390, 844);
		leader.getByText("领导签发：" + title).click();
		leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("同意").setExact(true)).click();
		Browser.screenshot(leader, "31-sign-phone");
		leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送下一步")).click();
		assertThat(leader.getByRole(AriaRole.STATUS)).containsText("已送下一步");

		reviewer.navigate(url("/"));
		reviewer.getByText("复核：" + title).click();
		reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送下一步")).click();

		Page registrar = signedIn("jiyao", 1280, 900);
		registrar.getByText("登记编号：" + title).click();
		registrar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送下一步")).click();
		assertThat(registrar.getByRole(AriaRole.STATUS)).containsText("已登记编号：市委办发〔");
		registrar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送下一步")).click();
		assertThat(registrar.locator("#printed")).containsText("PDF");
		assertThat(registrar.locator("#distribution")).containsText("中共江临市委组织部、江临市财政局");
		Browser.screenshot(registrar, "32-distribute");
		registrar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送下一步")).click();
		assertThat(registrar.locator("#route [aria-current=step]")).hasText("归档");

		Page liaison = signedIn("lianluo1", 1280, 900);
		liaison.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("收文")).click();
		Locator unsigned = liaison.locator("#unsigned .list-group-item", new Page.LocatorOptions().setHasText(title));
		assertThat(unsigned).containsText("市委办发〔");
		unsigned.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("签收")).click();
		assertThat(liaison.getByRole(AriaRole.STATUS)).containsText("已签收");
		assertThat(liaison.locator("#signed")).containsText("赵磊");
		Download pdf = liaison.waitForDownload(() -> liaison.locator("#printed").getByText("PDF").click());
		assertThat(pdf.suggestedFilename()).isEqualTo(title + ".pdf");
		assertThat(Files.readAllBytes(pdf.path())).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
		Browser.screenshot(liaison, "33-received");

		registrar.reload();
		assertThat(registrar.locator("#deliveries")).containsText("赵磊 签收于");
		assertThat(registrar.locator("#deliveries li", new Page.LocatorOptions().setHasText("江临市财政局")))
			.containsText("未签收");
	}

	@Test
	void anIncomingDocumentGoesFromSigningToArchiveWithAnInstructionAndTwoReaders() {
		String title = "关于做好" + UUID.randomUUID().toString().substring(0, 4) + "冬春森林防火工作的通知";

		Page registrar = signedIn("jiyao", 1280, 900);
		registrar.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("收文")).click();
		registrar.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记来文")).click();
		registrar.getByLabel("来文单位").fill("中共江南省委办公厅");
		registrar.getByLabel("来文字号").fill("省委办发〔2026〕21号");
		registrar.getByLabel("标题").fill(title);
		registrar.getByLabel("紧急程度").selectOption("加急");
		registrar.locator("#files")
			.setInputFiles(
					new FilePayload("来文扫描件.pdf", "application/pdf", "%PDF-1.7\n%扫描件".getBytes(StandardCharsets.UTF_8)));
		registrar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签收并登记")).click();
		assertThat(registrar.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
		assertThat(registrar.locator("#signed")).containsText("林峰");
		assertThat(registrar.locator("#attachments")).containsText("来文扫描件.pdf");
		registrar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记").setExact(true)).click();
		assertThat(registrar.getByRole(AriaRole.STATUS)).containsText("已登记，收文号：市委办收〔");
		assertThat(registrar.locator("#receipt-number")).containsText("市委办收〔");
		assertThat(registrar.locator("#route [aria-current=step]")).hasText("初审");
		Browser.screenshot(registrar, "20-receipt-registered");

		Page screener = signedIn("wenmi", 1280, 900);
		screener.getByText("初审：" + title).click();
		screener.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("符合要求，送拟办")).click();
		assertThat(screener.getByRole(AriaRole.STATUS)).containsText("已送拟办");

		Page officeLeader = signedIn("fuzhuren", 1280, 900);
		officeLeader.getByText("拟办：" + title).click();
		officeLeader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("拟请领导批示后交有关单位办理")).click();
		officeLeader.getByLabel("批办领导").selectOption("shuji");
		officeLeader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送领导批办")).click();
		assertThat(officeLeader.getByRole(AriaRole.STATUS)).containsText("已送领导批办");

		Page leader = signedIn("shuji", 390, 844);
		leader.getByText("批办：" + title).click();
		leader.getByLabel("批示").fill("请市委组织部牵头抓好落实，卫东、国平同志阅。");
		leader.getByLabel("中共江临市委组织部（赵磊）").check();
		leader.getByLabel("办理时限").fill("2026-12-20");
		leader.getByLabel("列入督办").check();
		leader.getByLabel("李卫东（市委副书记、市长）").check();
		leader.getByLabel("孙国平（市委常委、组织部部长）").check();
		leader.getByLabel("依次传阅（不勾选则同时传阅）").check();
		Browser.screenshot(leader, "21-receipt-instruction-phone");
		leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("批办").setExact(true)).click();
		assertThat(leader.getByRole(AriaRole.STATUS)).containsText("已批办，并已列入督办");
		assertThat(leader.locator("#history")).containsText("请市委组织部牵头抓好落实");

		Page supervisor = signedIn("ducha", 1280, 900);
		Browser.todo(supervisor, "分解交办：" + title).click();
		assertThat(supervisor.locator("#content")).hasText("请市委组织部牵头抓好落实，卫东、国平同志阅。");
		assertThat(supervisor.getByLabel("牵头单位")).hasValue("中共江临市委组织部");
		assertThat(supervisor.getByLabel("完成时限")).hasValue("2026-12-20");

		Page mayor = signedIn("fushuji", 1280, 900);
		mayor.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("待阅")).click();
		mayor.getByText("传阅（依次）：" + title).click();
		mayor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("阅毕")).click();
		assertThat(mayor.getByRole(AriaRole.STATUS)).containsText("已办理");

		Page organisationHead = signedIn("zuzhi", 1280, 900);
		organisationHead.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("待阅")).click();
		organisationHead.getByText("传阅（依次）：" + title).click();
		organisationHead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("阅毕")).click();

		Page liaison = signedIn("lianluo1", 1280, 900);
		Locator todo = liaison.locator(".zs-todo", new Page.LocatorOptions().setHasText("承办：" + title));
		assertThat(todo).containsText("12月20日");
		todo.click();
		liaison.getByLabel("办理情况").fill("已印发全市组织系统抓好落实");
		liaison.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办理完毕")).click();
		assertThat(liaison.getByRole(AriaRole.STATUS)).containsText("已办理");

		screener.navigate(url("/"));
		screener.getByText("办结：" + title).click();
		assertThat(screener.locator("#history")).containsText("李卫东");
		assertThat(screener.locator("#history")).containsText("孙国平");
		assertThat(screener.locator("#history")).containsText("已印发全市组织系统抓好落实");
		screener.getByLabel("意见").fill("已按批示办理完毕");
		screener.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("办结").setExact(true)).click();

		registrar.navigate(url("/"));
		registrar.getByText("归档：" + title).click();
		assertThat(registrar.getByLabel("保管期限")).hasValue("THIRTY_YEARS");
		registrar.getByLabel("保管期限").selectOption("PERMANENT");
		registrar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("归档").setExact(true)).click();
		assertThat(registrar.getByRole(AriaRole.STATUS)).containsText("已归档，档号：Z001-WS·");
		assertThat(registrar.locator("#state")).hasText("已归档");
		assertThat(registrar.locator("#archival-code")).containsText("-Y-BGS-");
		assertThat(registrar.locator("#archived")).containsText("来文扫描件.pdf");
		assertThat(registrar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤回"))).hasCount(0);
		assertThat(registrar.locator("#my-step")).hasCount(0);
		Browser.screenshot(registrar, "22-receipt-archived");
	}

	private Page signedIn(String loginName, int width, int height) {
		return Browser.signedIn(url(""), loginName, width, height);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
