package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.WebSession;
import org.zhongshu.platform.WebSession.Page;

/**
 * 发文 in the browser's terms, over HTTP: 拟稿 with the 条例's type rules, the 工作台 and the list
 * showing what waits, doing a step, and who may see a document at all.
 */
@DemoOfficeTest
class DispatchPageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDraftGoesToItsCheckerWhoSeesItOnTheWorkbenchAndSendsItOn() {
		WebSession drafter = WebSession.signedIn(this.port, "wenmi2");
		String id = draft(drafter, Map.of("title", "关于做好岁末年初安全生产工作的通知"));

		Page page = drafter.get("/documents/" + id);
		assertThat(page.body()).contains("关于做好岁末年初安全生产工作的通知", "拟稿", "刘洋").doesNotContain("由您办理");
		WebSession checker = WebSession.signedIn(this.port, "fuzhuren");
		assertThat(checker.get("/").body()).contains("处室负责人核稿：关于做好岁末年初安全生产工作的通知");
		String task = checker.get("/documents/" + id).body().replaceAll("(?s).*/steps/([^/]+)/complete.*", "$1");
		Page sent = checker.post("/documents/" + id + "/steps/" + task + "/complete", Map.of("opinion", "同意"));

		assertThat(checker.follow(sent).body()).contains("已送下一步", "同意", "林晓燕");
		assertThat(WebSession.signedIn(this.port, "wenmi").get("/documents").body()).contains("办公室审核",
				"关于做好岁末年初安全生产工作的通知");
	}

	@Test
	void refusesARequestToTwoBodiesAndAReportAskingForInstructionsKeepingNothing() {
		WebSession drafter = WebSession.signedIn(this.port, "wenmi2");
		long before = count();

		Page request = drafter.post("/documents", fields(Map.of("type", "REQUEST", "title", "关于召开推进会的请示", "recipients",
				"市委、市政府", "body", "拟于12月召开推进会。妥否，请批示。")));
		Page report = drafter.post("/documents", fields(
				Map.of("type", "REPORT", "title", "关于推进会筹备情况的报告", "recipients", "市委", "body", "筹备工作已就绪。妥否，请批示。")));

		assertThat(request.status()).isEqualTo(200);
		assertThat(request.body()).contains("请示应当一文一报，只主送一个上级机关", "关于召开推进会的请示");
		assertThat(report.body()).contains("报告中不得夹带请示事项：“妥否，请批示”");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void showsADocumentOnlyToThoseTakingPartAndClearedForIt() throws IOException {
		WebSession drafter = WebSession.signedIn(this.port, "wenmi2");
		String confidential = draft(drafter,
				Map.of("title", "关于<script>alert(1)</script>的通知", "classification", "CONFIDENTIAL"));
		WebSession checker = WebSession.signedIn(this.port, "fuzhuren");
		String task = checker.get("/documents/" + confidential)
			.body()
			.replaceAll("(?s).*/steps/([^/]+)/complete.*", "$1");
		checker.post("/documents/" + confidential + "/steps/" + task + "/complete", Map.of("opinion", "同意"));

		assertThat(drafter.get("/documents/" + confidential).body())
			.contains("关于&lt;script&gt;alert(1)&lt;/script&gt;的通知")
			.doesNotContain("<script>alert(1)");
		assertThat(WebSession.signedIn(this.port, "xinxi3").get("/documents/" + confidential).status()).isEqualTo(403);
		WebSession uncleared = WebSession.signedIn(this.port, "wenmi3");
		assertThat(uncleared.get("/documents/" + confidential).status()).isEqualTo(403);
		assertThat(uncleared.download("/documents/" + confidential + "/diagram.png").status()).isEqualTo(403);
		WebSession.Download diagram = drafter.download("/documents/" + confidential + "/diagram.png");
		assertThat(diagram.status()).isEqualTo(200);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(diagram.bytes()));
		assertThat(image.getHeight()).as("one row for each of the flow's steps").isGreaterThan(image.getWidth());
		Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(screenshots.resolve("40-flow-diagram.png"), diagram.bytes());
		assertThat(uncleared.get("/documents").body()).doesNotContain("alert(1)");
		assertThat(WebSession.signedIn(this.port, "wenmi").get("/documents/" + confidential).status()).isEqualTo(200);
		assertThat(drafter.get("/documents/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from audit_event where event = 'ACCESS_REFUSED' and actor = 'xinxi3'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theDrafterWithdrawsUntilTheCheckerActsAndSendingBackNeedsAReason() {
		WebSession drafter = WebSession.signedIn(this.port, "wenmi2");
		String id = draft(drafter, Map.of("title", "关于撤回测试的通知"));

		Page withdrawn = drafter.post("/documents/" + id + "/withdraw", Map.of());

		assertThat(drafter.follow(withdrawn).body()).contains("已撤回至“拟稿”", "由您办理：拟稿");
		String task = drafter.get("/documents/" + id).body().replaceAll("(?s).*/steps/([^/]+)/complete.*", "$1");
		drafter.post("/documents/" + id + "/steps/" + task + "/complete", Map.of("opinion", "已修改"));
		WebSession checker = WebSession.signedIn(this.port, "fuzhuren");
		String check = checker.get("/documents/" + id).body().replaceAll("(?s).*/steps/([^/]+)/complete.*", "$1");
		Page noReason = checker.post("/documents/" + id + "/steps/" + check + "/send-back",
				Map.of("toStep", "draft", "reason", ""));
		assertThat(checker.follow(noReason).body()).contains("退回时请写明理由");
		Page back = checker.post("/documents/" + id + "/steps/" + check + "/send-back",
				Map.of("toStep", "draft", "reason", "请补充时间安排"));
		assertThat(checker.follow(back).body()).contains("已退回至“拟稿”", "请补充时间安排");
		assertThat(drafter.get("/").body()).contains("拟稿：关于撤回测试的通知");
	}

	@Test
	void theWorkbenchListsUnder已办WhatThePersonDidButNotAStepWithdrawnFromThem() {
		WebSession drafter = WebSession.signedIn(this.port, "wenmi2");
		WebSession checker = WebSession.signedIn(this.port, "fuzhuren");
		String id = draft(drafter, Map.of("title", "关于已办测试的通知"));
		drafter.post("/documents/" + id + "/withdraw", Map.of());

		assertThat(done(checker)).doesNotContain("关于已办测试的通知");
		assertThat(done(drafter)).contains("拟稿：关于已办测试的通知", "办理");

		String draft = drafter.get("/documents/" + id).body().replaceAll("(?s).*/steps/([^/]+)/complete.*", "$1");
		drafter.post("/documents/" + id + "/steps/" + draft + "/complete", Map.of("opinion", ""));
		String check = checker.get("/documents/" + id).body().replaceAll("(?s).*/steps/([^/]+)/complete.*", "$1");
		checker.post("/documents/" + id + "/steps/" + check + "/send-back",
				Map.of("toStep", "draft", "reason", "请补充时间安排"));

		assertThat(done(checker)).contains("处室负责人核稿：关于已办测试的通知", "/documents/" + id);
	}

	private static String done(WebSession person) {
		String workbench = person.get("/").body();
		return workbench.substring(workbench.indexOf("id=\"pane-done\""));
	}

	/**
	 * Drafts a notice, the given fields over the defaults.
	 * @return the new document's id
	 */
	private String draft(WebSession drafter, Map<String, String> overrides) {
		Page created = drafter.post("/documents", fields(overrides));
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		return created.redirectPath().replace("/documents/", "");
	}

	private static Map<String, String> fields(Map<String, String> overrides) {
		Map<String, String> fields = new HashMap<>(Map.of("type", "NOTICE", "issuer", "中共江临市委办公室", "prefix", "市委办发",
				"classification", "INTERNAL", "recipients", "各县（市、区）委，市委各部委", "title", "关于做好有关工作的通知", "body",
				"为做好有关工作，现通知如下。\n一、提高认识\n各地要高度重视。", "checker", "fuzhuren", "signer", "shuji"));
		fields.putAll(overrides);
		return fields;
	}

	private long count() {
		return this.jdbc.sql("select count(*) from dispatch").query(Long.class).single();
	}

}
