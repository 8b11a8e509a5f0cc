package org.zhongshu.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhongshu.platform.DemoOfficeTest;

/**
 * A 收文 in a real browser, from 签收 to 归档: 机要 registers a document from the province with
 * its scan and gives it its 收文号, a 文秘 screens it, an office leader proposes the 市委书记
 * instruct it, the 书记 instructs on a phone (a unit to handle it by a deadline, marked for
 * supervision, two leaders to read it in order), the two leaders read it from their 待阅,
 * the unit reports it handled from its 工作台, the 文秘 concludes and 机要 files it.
 */
@DemoOfficeTest
@ExtendWith(Browser.class)
class ReceiptJourneyTests {

	@LocalServerPort
	int port;

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
		registrar.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("归档").setExact(true)).click();
		assertThat(registrar.locator("#state")).hasText("已归档");
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
