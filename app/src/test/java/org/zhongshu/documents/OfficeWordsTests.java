package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.WebSession;
import org.zhongshu.platform.WebSession.Page;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 本办词库: the office's staff add a word written right, and nobody's proofreading flags it
 * again; they add a slip, and everybody's flags it; committee leaders and liaisons read
 * the list but do not change it.
 */
@DemoOfficeTest
class OfficeWordsTests {

	private static final String NAMED = "{\"text\": \"刘方炜同志主持会议。\"}";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void emptyTheList() {
		this.jdbc.sql("delete from office_word").update();
	}

	@Test
	void aWordAddedByOneIsLeftAloneInEveryonesProofreadingUntilTakenOut() {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");
		WebSession liaison = WebSession.signedIn(this.port, "lianluo3");
		assertThat(liaison.json("POST", "/api/v1/proofread", NAMED).body()).contains("\"original\":\"炜\"");

		Page added = wenmi.json("POST", "/api/v1/proofread/words", """
				{"written": " 刘方炜 ", "note": "市政协委员"}""");

		assertThat(added.status()).isEqualTo(201);
		assertThat(added.body()).contains("\"written\":\"刘方炜\"", "\"correction\":null", "\"addedBy\":\"王静\"");
		assertThat(liaison.json("POST", "/api/v1/proofread", NAMED).body()).isEqualTo("{\"issues\":[]}");
		assertThat(liaison.json("POST", "/api/v1/proofread", "{\"text\": \"王方炜同志主持会议。\"}").body())
			.as("only the word is allowed, not its characters everywhere")
			.contains("\"original\":\"炜\"");

		long id = this.jdbc.sql("select id from office_word where written = '刘方炜'").query(Long.class).single();
		assertThat(wenmi.json("DELETE", "/api/v1/proofread/words/" + id, "").status()).isEqualTo(204);
		assertThat(liaison.json("POST", "/api/v1/proofread", NAMED).body()).contains("\"original\":\"炜\"");
		assertThat(wenmi.json("DELETE", "/api/v1/proofread/words/" + id, "").status()).isEqualTo(404);
	}

	@Test
	void anOfficeSlipIsFlaggedWithItsRightFormWhereverItIsWritten() {
		String text = "{\"text\": \"由市大数局牵头，市大数局负责平台运维。\"}";
		WebSession zhuren = WebSession.signedIn(this.port, "zhuren");
		assertThat(zhuren.json("POST", "/api/v1/proofread", text).body()).doesNotContain("typo.office");

		assertThat(zhuren.json("POST", "/api/v1/proofread/words", """
				{"written": "大数局", "correction": "大数据局"}""").status()).isEqualTo(201);

		assertThat(WebSession.signedIn(this.port, "xinxi").json("POST", "/api/v1/proofread", text).body()).contains(
				"\"start\":2", "\"start\":9", "\"rule\":\"typo.office\"", "\"suggestions\":[\"大数据局\"]",
				"本单位易错词：应为“大数据局”");
	}

	@Test
	void recordsEveryAdditionAndRemovalInTheAuditTrail() {
		long before = this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");
		wenmi.json("POST", "/api/v1/proofread/words", "{\"written\": \"江临新区\"}");
		long id = this.jdbc.sql("select id from office_word where written = '江临新区'").query(Long.class).single();
		wenmi.json("DELETE", "/api/v1/proofread/words/" + id, "");

		assertThat(this.jdbc.sql("""
				select event || ' ' || actor || ' ' || object || ' ' || detail from audit_event
				where id > :before and event like 'PROOFREAD_WORD%' order by id""")
			.param("before", before)
			.query(String.class)
			.list()).containsExactly("PROOFREAD_WORD_ADDED wenmi 词语“江临新区” 本办用语，校对时不再提示",
					"PROOFREAD_WORD_REMOVED wenmi 词语“江临新区” 本办用语，校对时不再提示");
	}

	@Test
	void refusesWhatIsNoWordInChineseAndWritesNothing() {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");
		wenmi.json("POST", "/api/v1/proofread/words", "{\"written\": \"江临新区\"}");

		Map<String, String> refusals = Map.of("{\"written\": \"喻\"}", "词语须为 2～20 个汉字、字母或数字",
				"{\"written\": \"<script>alert(1)</script>\"}", "词语过长", "{\"written\": \"<b>江临</b>\"}", "不能含空格或标点",
				"{\"written\": \"江临 新区\"}", "不能含空格或标点", "{\"written\": \"江临%' or '1'='1\"}", "不能含空格或标点",
				"{\"written\": \"江临新区\"}", "词库中已有“江临新区”（本办用语，王静 加入）", "{\"written\": \"大数局\", \"correction\": \"大数局\"}",
				"正确写法与原词相同",
				"{\"written\": \"大数局\", \"correction\": \"大数据局\", \"note\": \"%s\"}".formatted("说".repeat(101)),
				"说明过长：最多 100 个字", "{}", "请给出要加入的词语（written）", "{\"written\": \"江临新城\"", "请求内容不是有效的 JSON");
		refusals.forEach((json, message) -> {
			Page refused = wenmi.json("POST", "/api/v1/proofread/words", json);

			assertThat(refused.status()).as(json).isEqualTo(400);
			assertThat(refused.body()).as(json).contains(message);
		});
		assertThat(this.jdbc.sql("select written from office_word").query(String.class).list()).containsExactly("江临新区");
	}

	@Test
	void letsLeadersAndLiaisonsReadTheListButNotChangeIt() {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");
		wenmi.json("POST", "/api/v1/proofread/words", "{\"written\": \"江临新区\"}");
		long id = this.jdbc.sql("select id from office_word where written = '江临新区'").query(Long.class).single();

		for (String reader : new String[] { "shuji", "lianluo1" }) {
			WebSession session = WebSession.signedIn(this.port, reader);

			assertThat(session.get("/proofread/words").body()).as(reader).contains("江临新区").doesNotContain("移出");
			assertThat(session.get("/proofread").body()).as(reader).contains("本办词库");
			assertThat(session.json("GET", "/api/v1/proofread/words?q=新区", "").body()).as(reader)
				.contains("\"written\":\"江临新区\"", "\"addedBy\":\"王静\"", "\"total\":1");
			assertThat(session.json("POST", "/api/v1/proofread/words", "{\"written\": \"江临新城\"}").status()).as(reader)
				.isEqualTo(403);
			assertThat(session.json("DELETE", "/api/v1/proofread/words/" + id, "").status()).as(reader).isEqualTo(403);
			assertThat(session.post("/proofread/words", Map.of("written", "江临新城")).status()).as(reader).isEqualTo(403);
		}
		for (String administrator : new String[] { "sysadmin", "secadmin", "auditor" }) {
			WebSession session = WebSession.signedIn(this.port, administrator);

			assertThat(session.get("/proofread/words").status()).as(administrator).isEqualTo(403);
			assertThat(session.json("GET", "/api/v1/proofread/words", "").status()).as(administrator).isEqualTo(403);
		}
		assertThat(this.jdbc.sql("select written from office_word").query(String.class).list()).containsExactly("江临新区");
	}

	@Test
	void keepsTheListOnItsPageWithSearchPagingAndConfirmation() {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");
		wenmi.get("/proofread/words");

		Page added = wenmi.follow(wenmi.post("/proofread/words",
				Map.of("written", "大数局", "correction", "大数据局", "note", "<i>机构改革后的新名称</i>")));
		Page refused = wenmi.follow(wenmi.post("/proofread/words", Map.of("written", "大", "note", "一个字的说明")));
		Page forged = wenmi.postRaw("/proofread/words", Map.of("written", "江临新城"));

		assertThat(added.body()).contains("已加入易错词“大数局”，校对时将提示改为“大数据局”", "易错词 → 大数据局", "王静")
			.contains("&lt;i&gt;机构改革后的新名称&lt;/i&gt;")
			.contains("data-confirm=\"确定将“大数局”移出本办词库吗？");
		assertThat(refused.body()).contains("词语须为 2～20 个汉字、字母或数字").contains("value=\"一个字的说明\"");
		assertThat(forged.status()).isEqualTo(403);

		for (int i = 0; i < 60; i++) {
			wenmi.json("POST", "/api/v1/proofread/words", "{\"written\": \"江临%d号地块\"}".formatted(i));
		}
		assertThat(wenmi.get("/proofread/words").body()).contains("共 61 个词", "第 1 / 2 页", "江临59号地块")
			.doesNotContain("江临9号地块");
		assertThat(wenmi.get("/proofread/words?page=1").body()).contains("江临9号地块", "大数局");
		assertThat(wenmi.get("/proofread/words?q=数据").body()).contains("含“数据”的词 1 个", "大数局");
		assertThat(wenmi.get("/proofread/words?q=%25'%20or%201=1--").body()).contains("没有含“%&#39; or 1=1--”的词");

		long id = this.jdbc.sql("select id from office_word where written = '大数局'").query(Long.class).single();
		Page removed = wenmi.follow(wenmi.post("/proofread/words/" + id + "/delete", Map.of("q", "数据")));
		Page again = wenmi.follow(wenmi.post("/proofread/words/" + id + "/delete", Map.of()));

		assertThat(removed.body()).contains("已将“大数局”移出本办词库", "没有含“数据”的词");
		assertThat(again.body()).contains("词库中没有这个词，可能已被他人移出");
	}

	@Test
	void addsAPastedListAllOrNothingAndExportsTheListToExcel() throws IOException {
		WebSession wenmi = WebSession.signedIn(this.port, "wenmi");
		wenmi.json("POST", "/api/v1/proofread/words", "{\"written\": \"江临新区\"}");
		wenmi.get("/proofread/words");

		Page refused = wenmi.follow(wenmi.post("/proofread/words/import",
				Map.of("lines", "大数局\t大数据局\n江临新区\n\n喻\n刘方炜 → 刘方炜\n\t大数据局", "note", "名录")));

		assertThat(refused.body())
			.contains("有 3 行不能加入，词库未作改动。", "第 4 行（喻）：词语须为 2～20 个汉字", "第 5 行（刘方炜 → 刘方炜）：正确写法与原词相同", "第 6 行（大数据局）：请填写词语。")
			.contains(">大数局\t大数据局\n江临新区");
		assertThat(this.jdbc.sql("select count(*) from office_word").query(Long.class).single()).isOne();

		Page imported = wenmi.follow(wenmi.post("/proofread/words/import",
				Map.of("lines", "大数局\t大数据局\r\n江临新区\r\n刘方炜\r\n刘方炜\r\n 阿卜杜·热合曼 -> 阿卜杜·热合曼江\r\n", "note", "2026 年名录")));

		assertThat(imported.body()).contains("已加入 3 个词。另有 1 个词库中已有，未重复加入。", "共 4 个词");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
				WebSession.signedIn(this.port, "lianluo4").download("/proofread/words/export").bytes()))) {
			Sheet sheet = workbook.getSheet("本办词库");
			assertThat(sheet.getLastRowNum()).isEqualTo(4);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("词语");
			assertThat(rowOf(sheet, "大数局")).containsExactly("易错词", "大数据局", "2026 年名录", "王静");
			assertThat(rowOf(sheet, "刘方炜")).containsExactly("本办用语", "", "2026 年名录", "王静");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(wenmi.download("/proofread/words/export?q=数据").bytes()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isOne();
		}
	}

	/**
	 * @return the kind, right form, note and adder of the word's line in the exported
	 * list
	 */
	private static List<String> rowOf(Sheet sheet, String word) {
		for (Row row : sheet) {
			if (row.getCell(1).getStringCellValue().equals(word)) {
				return List.of(row.getCell(2).getStringCellValue(), row.getCell(3).getStringCellValue(),
						row.getCell(4).getStringCellValue(), row.getCell(5).getStringCellValue());
			}
		}
		throw new AssertionError(word + " is not in the exported list");
	}

	@Test
	void offersTheStaffToAddAFlaggedWordFromTheProofreadingResult() {
		String text = "市委常委喻晖出席会议。会议对工作作了布署。";

		Page staff = WebSession.signedIn(this.port, "wenmi").post("/proofread", Map.of("text", text));
		Page liaison = WebSession.signedIn(this.port, "lianluo2").post("/proofread", Map.of("text", text));

		assertThat(staff.body()).contains("data-add-word=\"0\"", "data-start=\"4\"", "data-end=\"5\"")
			.contains("data-add-word=\"1\"");
		assertThat(liaison.body()).doesNotContain("data-add-word");
	}

}
