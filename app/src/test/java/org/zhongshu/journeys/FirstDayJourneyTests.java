package org.zhongshu.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhongshu.platform.DemoOfficeTest;

/**
 * The first day with Zhongshu, in a real browser: a duty officer starts the day at the
 * 工作台; the system administrator gives a new colleague an account, and the colleague signs
 * in, sets their own password and arrives at the 工作台; the secretary proofreads a notice,
 * accepts and ignores what the proofreader found, and downloads the corrected text (and
 * her uploaded Word document with the corrections written into it), and adds a name the
 * proofreader doubts and a slip of the office's own to its word list; a notice is
 * drafted, checked by the office leader from the 工作台, and sent back by the reviewing
 * secretary.
 */
@DemoOfficeTest
@ExtendWith(Browser.class)
class FirstDayJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDutyOfficerStartsTheDayAtTheWorkbench() {
		Page page = Browser.newPage(1280, 900);
		page.navigate(url("/"));
		assertThat(page).hasURL(url("/login"));
		Browser.screenshot(page, "01-login");

		Browser.signIn(page, "zhiban4", DemoOfficeTest.PASSWORD);

		assertThat(page).hasURL(url("/"));
		assertThat(page.locator(".zs-greeting")).containsText("曹阳");
		assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("待办"))).isVisible();
		assertThat(page.getByText("暂无待办事项")).isVisible();
		Browser.screenshot(page, "02-workbench-zhiban4");
	}

	@Test
	void theWorkbenchReadsWellOnAPhone() {
		Page page = signedIn("shuji", 390, 844);

		assertThat(page.locator(".zs-greeting")).containsText("周立新");
		Browser.screenshot(page, "03-workbench-phone");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("工作台"))).isHidden();
		page.getByLabel("展开导航").click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("工作台"))).isVisible();

	}

	@Test
	void theAdministratorCreatesAColleagueWhoSetsTheirOwnPassword() {
		String loginName = "zhao" + UUID.randomUUID().toString().substring(0, 6);
		Page admin = signedIn("sysadmin", 1280, 900);
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("用户管理")).click();
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建用户")).click();
		assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("新建用户"))).isVisible();

		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
		assertThat(admin.getByText("请填写登录名")).isVisible();
		assertThat(admin.getByText("请填写姓名")).isVisible();
		Browser.screenshot(admin, "04-new-user-invalid");

		admin.getByLabel("登录名").fill(loginName);
		admin.getByLabel("姓名").fill("赵六");
		admin.getByLabel("所在单位").selectOption(new SelectOption().setValue(String.valueOf(unitId("秘书科"))));
		admin.getByLabel("岗位").fill("文秘");
		admin.getByLabel("联系电话").fill("13812345678");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

		assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("用户已建立"))).isVisible();
		String temporaryPassword = admin.locator("#temporary-password").textContent().strip();
		Browser.screenshot(admin, "05-new-user-password");
		admin.locator("#user-menu").click();
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出登录")).click();
		assertThat(admin.getByText("您已安全退出")).isVisible();

		Page colleague = Browser.newPage(1280, 900);
		colleague.navigate(url("/login"));
		Browser.signIn(colleague, loginName, temporaryPassword);
		assertThat(colleague).hasURL(url("/account/password"));
		assertThat(colleague.getByText("首次登录或密码已被管理员重置")).isVisible();
		Browser.screenshot(colleague, "06-forced-password-change");
		colleague.getByLabel("当前密码").fill(temporaryPassword);
		colleague.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("Zhaoliu#2026");
		colleague.getByLabel("再次输入新密码").fill("Zhaoliu#2026");
		colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存新密码")).click();

		assertThat(colleague).hasURL(url("/"));
		assertThat(colleague.locator(".zs-greeting")).containsText("赵六");
		assertThat(colleague.getByText("尚未分配角色")).isVisible();

		Browser.screenshot(colleague, "07-colleague-workbench");
	}

	@Test
	void theAuditorVerifiesTheTrailWithoutLeavingThePage() {
		Page page = signedIn("auditor", 1280, 900);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("审计日志").setExact(true)).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("审计日志"))).isVisible();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("校验哈希链")).click();

		assertThat(page.locator("#verification")).containsText("审计日志完整");
		assertThat(page).hasURL(url("/audit"));
		Browser.screenshot(page, "08-audit-verified");
	}

	@Test
	void aSecretaryProofreadsANoticeAndDownloadsItCorrected() throws IOException {
		Page page = signedIn("wenmi", 1280, 900);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("校对").setExact(true)).click();

		proofread(page, "市委书记周立欣出席会议并讲话。会议对下一步工作作了布署,要求各单位认真罐车落实，年内持旭推进。");

		assertThat(page.getByText("发现 5 处问题")).isVisible();
		assertThat(page.locator("mark.zs-cat-NAME")).hasText("周立欣");
		assertThat(page.locator("mark.zs-cat-TYPO")).hasText(new String[] { "布署", "罐车", "旭" });
		Browser.screenshot(page, "09-proofread-result");
		page.getByText("标点符号 1").click();
		assertThat(page.locator(".zs-proof-list [data-category=PUNCTUATION]")).isHidden();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改为“部署”")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改为“周立新”")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改为“贯彻”")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改为“续”")).click();
		page.getByText("标点符号 1").click();
		page.locator(".zs-proof-list [data-category=PUNCTUATION]")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("忽略"))
			.click();

		assertThat(page.locator("#proof-remaining")).hasText("已全部处理");
		Download download = page.waitForDownload(() -> page.getByText("下载校对后文本").click());
		assertThat(download.suggestedFilename()).isEqualTo("校对后文本.txt");
		assertThat(Files.readString(download.path())).isEqualTo("市委书记周立新出席会议并讲话。会议对下一步工作作了部署,要求各单位认真贯彻落实，年内持续推进。");
		Browser.screenshot(page, "10-proofread-settled");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("slipsExplained")
	void aSecretaryIsToldWhatIsWrongAndWhyAndDownloadsTheTextCorrected(String story, Slips slips) throws IOException {
		Page page = signedIn("wenmi", 1280, 900);
		page.navigate(url("/proofread"));

		proofread(page, slips.text());

		assertThat(page.getByText("发现 " + slips.marked().size() + " 处问题")).isVisible();
		assertThat(page.locator("mark.zs-cat-TYPO")).hasText(slips.marked().toArray(String[]::new));
		for (String message : slips.messages()) {
			assertThat(page.locator(".zs-proof-list")).containsText(message);
		}
		Browser.screenshot(page, slips.screenshot());
		assertThat(acceptEachAndDownload(page, slips.accepted().toArray(String[]::new))).isEqualTo(slips.corrected());
	}

	static Stream<Arguments> slipsExplained() {
		return Stream.of(
				arguments("which of 的, 地 and 得 the words beside it want",
						new Slips("这次会议开地很成功。要进一步增强工作得针对性。", List.of("地", "得"),
								List.of("此处宜用“得”，不用“地”（定语后用“的”，状语后用“地”，补语前用“得”）。"), List.of("得", "的"),
								"这次会议开得很成功。要进一步增强工作的针对性。", "10g-proofread-particles")),
				arguments("a particle wrong where only its neighbours show it",
						new Slips("城乡发展是紧密相连得，不能割裂开来。经过三个月的努力，问题终于的到了解决。", List.of("得", "的"),
								List.of("“得”后没有补语，此处宜用“的”（“是……的”）。", "疑为错字，应为“得”。"), List.of("的", "得"),
								"城乡发展是紧密相连的，不能割裂开来。经过三个月的努力，问题终于得到了解决。", "10i-proofread-particle-end")),
				arguments("both slips of a hurried sentence",
						new Slips("组织社会本育指导员广泛开展全民健身指导服务，建立全民建身志愿服务长效机制。", List.of("本", "建"),
								List.of("疑为错字，应为“体”。", "疑为错字，应为“健”。"), List.of("体", "健"),
								"组织社会体育指导员广泛开展全民健身指导服务，建立全民健身志愿服务长效机制。", "10j-proofread-two-slips")));
	}

	/**
	 * Wrong characters pasted on the 校对 page, and what the secretary sees and does.
	 *
	 * @param marked the characters marked as 错别字
	 * @param messages the reasons the list gives
	 * @param accepted the suggestions she accepts, one button each
	 * @param corrected the text she downloads
	 * @param screenshot the name of the screenshot taken once the issues show
	 */
	record Slips(String text, List<String> marked, List<String> messages, List<String> accepted, String corrected,
			String screenshot) {
	}

	@Test
	void aSecretaryGetsHerWordDocumentBackCorrected() throws IOException {
		Path notice = Files.createTempFile("notice", ".docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(notice)) {
			XWPFRun title = document.createParagraph().createRun();
			title.setBold(true);
			title.setText("关于做好防汛工作的通知");
			document.createParagraph().createRun().setText("请各单位于本月底前完成防汛布署。");
			document.write(out);
		}
		Page page = signedIn("wenmi", 1280, 900);
		page.navigate(url("/proofread"));

		upload(page, notice);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改为“部署”")).click();
		Download corrected = page.waitForDownload(() -> page.getByText("下载校对后 Word 文档").click());

		assertThat(corrected.suggestedFilename()).endsWith("（校对后）.docx");
		assertThat(page.locator("#word-status")).hasText("已以修订标记写入 1 处修改，可在 Word 或 WPS 的“审阅”中逐条接受或拒绝。");
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(corrected.path()))) {
			assertThat(document.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
			XWPFParagraph line = document.getParagraphs().get(1);
			assertThat(line.getText()).isEqualTo("请各单位于本月底前完成防汛部署。");
			assertThat(line.getCTP().getDelArray(0).getAuthor()).isEqualTo("王静");
			assertThat(line.getCTP().getDelArray(0).getRArray(0).getDelTextArray(0).getStringValue()).isEqualTo("布");
			assertThat(line.getCTP().getInsArray(0).getRArray(0).getTArray(0).getStringValue()).isEqualTo("部");
		}
		Browser.screenshot(page, "10d-proofread-word");

		try (XWPFDocument document = downloadPlainWord(page)) {
			assertThat(document.getParagraphs().get(1).getText()).isEqualTo("请各单位于本月底前完成防汛部署。");
			assertThat(document.getParagraphs().get(1).getCTP().sizeOfDelArray()).isZero();
		}

		page.evaluate("() => sessionStorage.clear()");
		Path another = Files.createTempFile("another", ".docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(another)) {
			document.createParagraph().createRun().setText("另一份文件。");
			document.write(out);
		}
		page.waitForFileChooser(() -> page.getByText("下载校对后 Word 文档").click()).setFiles(another);
		assertThat(page.locator("#word-status")).hasText("所选文件与校对时的文件内容不一致：请重新上传该文件校对后再下载。");
		Download again = page.waitForDownload(
				() -> page.waitForFileChooser(() -> page.getByText("下载校对后 Word 文档").click()).setFiles(notice));

		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(again.path()))) {
			assertThat(document.getParagraphs().get(1).getText()).isEqualTo("请各单位于本月底前完成防汛部署。");
		}

		page.getByLabel("或上传文件")
			.setInputFiles(new FilePayload("防汛通知（校对后）.docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					Files.readAllBytes(corrected.path())));
		startCheck(page);
		assertThat(page.getByText("文档中有尚未接受或拒绝的修订：以下按接受全部修订后的文字校对。")).isVisible();
		assertThat(page.getByLabel("修订模式")).not().isChecked();
		assertThat(page.locator("#proof-text")).hasText("关于做好防汛工作的通知\n请各单位于本月底前完成防汛部署。");
		Browser.screenshot(page, "10e-proofread-revised");
		Files.delete(notice);
		Files.delete(another);
	}

	@Test
	void aSecretaryIsToldWhichCorrectionsAreLeftForWord() throws IOException {
		Path notice = Files.createTempFile("linked", ".docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(notice)) {
			XWPFParagraph line = document.createParagraph();
			line.createRun().setText("详见");
			line.createHyperlinkRun("https://www.example.gov.cn/notice").setText("防汛工作布署方案");
			document.write(out);
		}
		Page page = signedIn("wenmi", 1280, 900);
		page.navigate(url("/proofread"));
		upload(page, notice);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改为“部署”")).click();

		page.getByLabel("修订模式").check();
		Download tracked = page.waitForDownload(() -> page.getByText("下载校对后 Word 文档").click());
		assertThat(page.locator("#word-status"))
			.hasText("没有写入修改：采纳的 1 处位于域、制表符、内容控件、超链接或原有修订中，请在 Word 中手工修改。下载的文档与原文相同。");
		try (XWPFDocument document = new XWPFDocument(Files.newInputStream(tracked.path()))) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("详见防汛工作布署方案");
		}
		Browser.screenshot(page, "10h-proofread-left-for-word");

		try (XWPFDocument document = downloadPlainWord(page)) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("详见防汛工作部署方案");
		}
	}

	@Test
	void aSecretaryAcceptsEveryTypoSuggestionAtOnce() {
		Page page = signedIn("wenmi", 1280, 900);
		page.navigate(url("/proofread"));
		proofread(page, "各单位要认真组只实施,确保落实。请于本月底前完成防汛布署。法院开庭审理了喻晖与该医院的纠纷，院方要求调解，遭到喻晖拒绝。");
		assertThat(page.locator("mark.zs-issue")).hasText(new String[] { "只", ",", "布署", "喻", "喻" });
		Locator acceptShown = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("采纳显示的全部建议"));

		page.getByText("标点符号 1").click();
		page.onceDialog((dialog) -> {
			assertThat(dialog.message()).isEqualTo("将采纳显示的 4 处问题的第一条建议（其中 2 处为“提示”，未必有错），确定吗？");
			dialog.dismiss();
		});
		acceptShown.click();
		assertThat(page.locator("#proof-remaining")).hasText("待处理 5 处");
		page.locator("label[for=filter-INFO]").click();
		page.onceDialog((dialog) -> {
			assertThat(dialog.message()).isEqualTo("将采纳显示的 2 处问题的第一条建议，确定吗？");
			dialog.accept();
		});
		acceptShown.click();

		assertThat(page.locator("#accept-shown-status")).hasText("已采纳 2 处。");
		assertThat(page.locator("#proof-text")).containsText("各单位要认真组织实施,确保落实。请于本月底前完成防汛部署。");
		assertThat(page.locator("#proof-remaining")).hasText("待处理 3 处");
		page.getByText("标点符号 1").click();
		Browser.screenshot(page, "10f-proofread-accept-shown");
		page.onceDialog((dialog) -> dialog.accept());
		acceptShown.click();
		assertThat(page.locator("#accept-shown-status")).hasText("已采纳 1 处。");
		assertThat(page.locator("#proof-remaining")).hasText("待处理 2 处");
		acceptShown.click();
		assertThat(page.locator("#accept-shown-status")).hasText("显示的问题中没有待采纳的建议。");
	}

	@Test
	void aSecretaryTeachesTheProofreaderTheOfficesOwnWords() {
		String text = "刘方炜同志主持会议，王方炜同志参加。市大数局负责平台运维。";
		Page page = signedIn("wenmi", 1280, 900);
		try {
			page.navigate(url("/proofread"));
			proofread(page, text);
			assertThat(page.locator("mark.zs-issue")).hasText(new String[] { "刘方", "炜", "炜", "局" });
			assertThat(page.locator("#item-0")).containsText("名单中是“刘芳”");

			Locator slip = page.locator("#item-3");
			slip.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("加入词库")).click();
			assertThat(slip.getByLabel("加入词库的词语")).hasValue("局");
			slip.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("加入").setExact(true)).click();
			assertThat(slip.locator(".invalid-feedback")).containsText("词语须为 2～20 个汉字、字母或数字");
			slip.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("取消")).click();
			assertThat(slip.locator(".zs-proof-word")).hasCount(0);

			Locator name = page.locator("#item-0");
			name.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("加入词库")).click();
			assertThat(name.locator(".zs-proof-word")).containsText("原文：…刘方炜同志主持会议");
			Locator word = name.getByLabel("加入词库的词语");
			assertThat(word).hasValue("刘方");
			word.fill("");
			name.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("加入").setExact(true)).click();
			assertThat(name.locator(".invalid-feedback")).containsText("请填写要加入词库的词语");
			word.fill("方炜同");
			name.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("加入").setExact(true)).click();
			assertThat(name.locator(".invalid-feedback")).containsText("“方炜同”不含此处标出的“刘方”");
			Browser.screenshot(page, "10a-word-refused");
			word.fill("刘方炜");
			name.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("加入").setExact(true)).click();

			assertThat(name.locator(".zs-proof-state")).hasText("已加入词库");
			assertThat(page.locator("#item-1 .zs-proof-state")).hasText("已加入词库");
			assertThat(page.locator("#item-2 .zs-proof-state")).hasText("");
			assertThat(page.locator("#proof-remaining")).hasText("待处理 2 处");
			Browser.screenshot(page, "10b-word-added");

			page.locator("#office-words").click();
			assertThat(page.locator("#words")).containsText("刘方炜");
			assertThat(page.locator("#words")).containsText("王静");
			page.getByLabel("词语", new Page.GetByLabelOptions().setExact(true)).fill("大数局");
			page.getByLabel("正确写法（易错词才填）").fill("大数据局");
			page.getByLabel("说明（可不填）").fill("机构改革后更名");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("加入").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("已加入易错词“大数局”，校对时将提示改为“大数据局”");
			page.getByText("批量加入（从名录或 Excel 粘贴）").click();
			page.getByLabel("词语，每行一个").fill("江临新区\n临江镇\t临江乡\n临江 新村");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("批量加入")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("有 1 行不能加入，词库未作改动。第 3 行（临江 新村）");
			assertThat(page.getByLabel("词语，每行一个")).hasValue("江临新区\n临江镇\t临江乡\n临江 新村");
			page.getByLabel("词语，每行一个").fill("江临新区\n临江镇\t临江乡");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("批量加入")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("已加入 2 个词。");
			assertThat(page.locator("#words tbody tr")).hasCount(4);
			Browser.screenshot(page, "10c-office-words");

			page.navigate(url("/proofread"));
			proofread(page, text);
			assertThat(page.locator("mark.zs-issue")).hasText(new String[] { "炜", "大数局" });
			assertThat(page.locator("#item-1")).containsText("本单位易错词：应为“大数据局”");

			page.locator("#office-words").click();
			page.onceDialog((dialog) -> {
				assertThat(dialog.message()).contains("确定将“刘方炜”移出本办词库吗");
				dialog.accept();
			});
			page.locator("#words tr", new Page.LocatorOptions().setHasText("刘方炜"))
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("移出"))
				.click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("已将“刘方炜”移出本办词库");
			assertThat(page.locator("#words")).not().containsText("刘方炜");
		}
		finally {
			this.jdbc.sql("delete from office_word").update();
		}
	}

	@Test
	void aNoticeIsDraftedCheckedFromTheWorkbenchAndSentBackWithAReason() {
		String title = "关于做好" + UUID.randomUUID().toString().substring(0, 4) + "号台风防御工作的通知";
		Page drafter = signedIn("wenmi2", 1280, 900);
		drafter.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("发文")).click();
		drafter.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("拟稿")).click();
		drafter.waitForLoadState();
		assertThat(drafter.getByLabel("正文", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("为……，经……同意，现就有关事项通知如下。\n一、……\n二、……\n特此通知。");
		drafter.getByLabel("文种").selectOption("REQUEST");
		assertThat(drafter.getByLabel("正文", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("……（请示的缘由）。\n……（请示的事项，一文一事）。\n妥否，请批示。");
		assertThat(drafter.getByLabel("出席", new Page.GetByLabelOptions().setExact(true))).isHidden();
		drafter.getByLabel("文种").selectOption("MINUTES");
		assertThat(drafter.getByLabel("出席", new Page.GetByLabelOptions().setExact(true))).isVisible();
		drafter.getByLabel("文种").selectOption("NOTICE");
		assertThat(drafter.getByLabel("出席", new Page.GetByLabelOptions().setExact(true))).isHidden();
		drafter.getByLabel("主送机关").fill("各县（市、区）委，市委各部委");
		drafter.getByLabel("标题").fill(title.replace("的通知", "的报告"));
		drafter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("按纯文本编辑")).click();
		drafter.getByLabel("正文", new Page.GetByLabelOptions().setExact(true))
			.fill("台风即将登陆，现将有关事项通知如下。\n一、加强值班值守\n各地要严格执行领导带班制度。");
		drafter.getByLabel("核稿人（处室负责人）").selectOption("fuzhuren");
		drafter.getByLabel("签发人").selectOption("shuji");
		drafter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送核稿")).click();
		assertThat(drafter.getByRole(AriaRole.ALERT)).containsText("标题应以文种“通知”结尾");
		Browser.screenshot(drafter, "11-draft-refused");
		drafter.getByLabel("标题").fill(title);
		drafter.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送核稿")).click();

		assertThat(drafter.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
		assertThat(drafter.locator("#route [aria-current=step]")).hasText("处室负责人核稿");
		Browser.screenshot(drafter, "12-draft-sent");

		Page checker = signedIn("fuzhuren", 1280, 900);
		checker.getByText("处室负责人核稿：" + title).click();
		checker.waitForLoadState();
		checker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("同意，请按程序办理")).click();
		assertThat(checker.getByLabel("意见")).hasValue("同意，请按程序办理");
		checker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送下一步")).click();
		assertThat(checker.getByRole(AriaRole.STATUS)).containsText("已送下一步");
		assertThat(checker.locator("#history")).containsText("林晓燕");
		assertThat(checker.locator("#route [aria-current=step]")).hasText("办公室审核");
		Browser.screenshot(checker, "13-checked");

		Page reviewer = signedIn("wenmi", 1280, 900);
		reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("发文")).click();
		reviewer.locator("#waiting").getByText(title).click();
		reviewer.getByLabel("退回至").selectOption("draft");
		reviewer.getByLabel("退回理由").fill("请补充防御等级和时间要求");
		reviewer.onceDialog((dialog) -> dialog.accept());
		reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退回")).click();

		assertThat(reviewer.getByRole(AriaRole.STATUS)).containsText("已退回至“拟稿”");
		drafter.navigate(url("/"));
		assertThat(drafter.locator("#pane-actions").getByText("拟稿：" + title)).isVisible();
		Browser.screenshot(reviewer, "14-sent-back");
		reviewer.navigate(url("/"));
		reviewer.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("已办")).click();
		assertThat(reviewer.locator("#pane-done")).hasClass(Pattern.compile("\\bshow\\b"));
		assertThat(reviewer.locator("#pane-done").getByText("办公室审核：" + title)).isVisible();
		Browser.screenshot(reviewer, "15-workbench-done");

		reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("发文")).click();
		reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("发文登记簿")).click();
		reviewer.getByLabel("标题含").fill(title.substring(2, 8));
		reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("筛选")).click();
		assertThat(reviewer.locator("#register")).containsText(title);
		assertThat(reviewer.locator("#register")).containsText("拟稿");
		Download export = reviewer.waitForDownload(
				() -> reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("导出 Excel")).click());
		assertThat(export.suggestedFilename()).isEqualTo("发文登记簿.xlsx");
		Browser.screenshot(reviewer, "15-register");
	}

	private Page signedIn(String loginName, int width, int height) {
		return Browser.signedIn(url(""), loginName, width, height);
	}

	/**
	 * Pastes the text on the 校对 page and starts the check.
	 */
	private static void proofread(Page page, String text) {
		page.getByLabel("粘贴要校对的文字").fill(text);
		startCheck(page);
	}

	/**
	 * Uploads a Word document on the 校对 page, once the page has kept it for the corrected
	 * download, and starts the check.
	 */
	private static void upload(Page page, Path document) {
		page.getByLabel("或上传文件").setInputFiles(document);
		page.waitForFunction("() => sessionStorage.getItem('zhongshu.proofread.word') !== null");
		startCheck(page);
	}

	/**
	 * Accepts the suggestions offered, one button each, and downloads the corrected text
	 * once the page says every issue is settled.
	 * @return the corrected text
	 */
	private static String acceptEachAndDownload(Page page, String... suggestions) throws IOException {
		for (String suggestion : suggestions) {
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("改为“" + suggestion + "”")).click();
		}
		assertThat(page.locator("#proof-remaining")).hasText("已全部处理");
		Download download = page.waitForDownload(() -> page.getByText("下载校对后文本").click());
		return Files.readString(download.path());
	}

	/**
	 * Downloads the corrected Word document with the corrections written plainly, not
	 * tracked, after the page says the one accepted correction was written.
	 * @return the downloaded document, opened
	 */
	private static XWPFDocument downloadPlainWord(Page page) throws IOException {
		page.getByLabel("修订模式").uncheck();
		Download plain = page.waitForDownload(() -> page.getByText("下载校对后 Word 文档").click());
		assertThat(page.locator("#word-status")).hasText("已写入 1 处修改，原文版式不变。");
		try (InputStream in = Files.newInputStream(plain.path())) {
			return new XWPFDocument(in);
		}
	}

	/**
	 * Starts the check of what was pasted or uploaded and waits for the page of results
	 * to load, its script included: the issues show before the script that filters and
	 * accepts them has run.
	 */
	private static void startCheck(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始校对")).click();
		page.waitForLoadState();
	}

	private long unitId(String name) {
		return this.jdbc.sql("SELECT id FROM unit WHERE name = :name").param("name", name).query(Long.class).single();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
