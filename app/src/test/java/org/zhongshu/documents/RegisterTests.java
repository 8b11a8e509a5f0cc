package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhongshu.documents.DispatchFlow.Participants;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.WebSession;

/**
 * The 发文登记簿: filters that find what they should and nothing the reader is not cleared
 * for, hostile filter text taken literally, pages of 50, and the .xlsx export of what was
 * filtered.
 */
@DemoOfficeTest
class RegisterTests {

	@LocalServerPort
	int port;

	@Autowired
	Dispatches dispatches;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsByTitleTypeAndStateShowingOnlyWhatTheReaderIsClearedFor() throws IOException {
		String marker = "登记" + UUID.randomUUID().toString().substring(0, 6);
		draft(DocumentType.NOTICE, Classification.INTERNAL, "关于" + marker + "甲的通知", "各县（市、区）委");
		draft(DocumentType.NOTICE, Classification.CONFIDENTIAL, "关于" + marker + "乙的通知", "各县（市、区）委");
		draft(DocumentType.REQUEST, Classification.INTERNAL, "关于" + marker + "丙的请示", "市委");
		WebSession cleared = WebSession.signedIn(this.port, "wenmi");
		WebSession internalOnly = WebSession.signedIn(this.port, "wenmi3");

		String byTitle = "/documents/register?title=" + encode(marker);
		assertThat(cleared.get(byTitle).body()).contains("共 3 件", marker + "甲", marker + "乙", marker + "丙", "处室负责人核稿");
		assertThat(internalOnly.get(byTitle).body()).contains("共 2 件").doesNotContain(marker + "乙");
		assertThat(cleared.get(byTitle + "&type=REQUEST").body()).contains("共 1 件", marker + "丙");
		assertThat(cleared.get(byTitle + "&state=" + encode("领导签发")).body()).contains("没有符合条件的公文");

		WebSession.Download export = cleared.download("/documents/register/export?title=" + encode(marker));
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.disposition()).contains("attachment");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
			Sheet sheet = workbook.getSheet("发文登记簿");
			assertThat(cells(sheet.getRow(0))).containsExactly("序号", "文号", "文种", "标题", "密级", "拟稿人", "拟稿日期", "办理状态");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(List.of(sheet.getRow(1), sheet.getRow(2), sheet.getRow(3)))
				.extracting((row) -> cells(row).get(3))
				.containsExactlyInAnyOrder("关于" + marker + "甲的通知", "关于" + marker + "乙的通知", "关于" + marker + "丙的请示");
			assertThat(cells(sheet.getRow(1)).get(5)).isEqualTo("刘洋");
		}
	}

	@Test
	void findsATwoCharacterWordAsAWholeAndOneCharacterWherever() {
		draft(DocumentType.NOTICE, Classification.INTERNAL, "关于鼋鼍栖息地保护的通知", "各县（市、区）委");
		draft(DocumentType.NOTICE, Classification.INTERNAL, "关于鼍鼋调查的通知", "各县（市、区）委");
		draft(DocumentType.NOTICE, Classification.INTERNAL, "关于鼋和鼍的通知", "各县（市、区）委");
		WebSession cleared = WebSession.signedIn(this.port, "wenmi");

		assertThat(cleared.get("/documents/register?title=" + encode("鼋鼍")).body()).contains("共 1 件", "鼋鼍栖息地");
		assertThat(cleared.get("/documents/register?title=" + encode("鼋鼍栖息地")).body()).contains("共 1 件");
		assertThat(cleared.get("/documents/register?title=" + encode(" 鼋 ")).body()).contains("共 3 件");
		assertThat(cleared.get("/documents/register?title=" + encode("鼋鼍鼋")).body()).contains("共 0 件");
	}

	@Test
	void takesHostileFilterTextLiterallyAndRefusesThoseWhoDoNotKeepTheRegister() {
		WebSession cleared = WebSession.signedIn(this.port, "wenmi");

		WebSession.Page injected = cleared.get("/documents/register?title=" + encode("%' or '1'='1' --"));
		WebSession.Page wildcard = cleared.get("/documents/register?title=" + encode("%"));
		WebSession.Page badType = cleared.get("/documents/register?type=DROP_TABLE");

		assertThat(injected.status()).isEqualTo(200);
		assertThat(injected.body()).contains("共 0 件");
		assertThat(wildcard.body()).contains("共 0 件");
		assertThat(badType.status()).isEqualTo(400);
		assertThat(WebSession.signedIn(this.port, "xinxi3").get("/documents/register").status()).isEqualTo(403);
		assertThat(WebSession.signedIn(this.port, "xinxi3").download("/documents/register/export").status())
			.isEqualTo(403);
	}

	@Test
	void pagesThroughManyLinesFiftyAtATime() {
		String marker = "翻页" + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 0; i < 120; i++) {
			this.jdbc.sql("""
					insert into dispatch (id, doc_type, issuer, prefix, classification, recipients, title, body,
					    drafter_login, drafter_name, created_at)
					values (:id, 'NOTICE', '中共江临市委办公室', '市委办发', 'INTERNAL', '各县（市、区）委', :title, '正文',
					    'wenmi2', '刘洋', :at)""")
				.param("id", UUID.randomUUID())
				.param("title", "关于" + marker + "第" + i + "项的通知")
				.param("at", OffsetDateTime.now().minusMinutes(i))
				.update();
		}
		WebSession cleared = WebSession.signedIn(this.port, "wenmi");

		String first = cleared.get("/documents/register?title=" + encode(marker)).body();
		String second = cleared.get(next(first)).body();
		String third = cleared.get(next(second)).body();
		String backToSecond = cleared.get(link(third, "上一页")).body();

		assertThat(first).contains("共 120 件", marker + "第0项", marker + "第49项").doesNotContain(marker + "第50项");
		assertThat(second).contains(marker + "第50项", marker + "第99项").doesNotContain(marker + "第49项", marker + "第100项");
		assertThat(third).contains(marker + "第100项", marker + "第119项").doesNotContain(marker + "第99项");
		assertThat(link(third, "下一页")).isEqualTo("#");
		assertThat(link(first, "上一页")).isEqualTo("#");
		assertThat(backToSecond).contains(marker + "第50项", marker + "第99项").doesNotContain(marker + "第100项");
		assertThat(cleared.get("/documents/register?after=1%27%20or%201=1--&title=" + encode(marker)).body())
			.contains(marker + "第0项");
	}

	private static String next(String page) {
		return link(page, "下一页");
	}

	private static String link(String page, String label) {
		Matcher link = Pattern.compile("href=\"([^\"]*)\">" + label + "<").matcher(page);
		assertThat(link.find()).as("the page links %s", label).isTrue();
		return link.group(1).replace("&amp;", "&");
	}

	private void draft(DocumentType type, Classification classification, String title, String recipients) {
		this.dispatches.draft(
				new Draft(type, "中共江临市委办公室", "市委办发", classification, "", "", recipients, "", title, "正文。"),
				DispatchFlowTests.DRAFTER, new Participants("市委办发", "fuzhuren", "shuji", List.of()));
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		row.forEach((cell) -> cells.add(cell.getCellType() == CellType.NUMERIC
				? String.valueOf((int) cell.getNumericCellValue()) : cell.getStringCellValue()));
		return cells;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
