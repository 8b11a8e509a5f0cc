package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhongshu.documents.Receipts.Paper;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.WebSession;

/**
 * 收文登记簿: the office's 收文 with their 收文号, filtered by what a person types (taken
 * literally), each reader seeing what they are cleared for, and the same lines as .xlsx.
 */
@DemoOfficeTest
class ReceiptRegisterTests {

	@Autowired
	Receipts receipts;

	@Autowired
	ReceiptFlow flow;

	@LocalServerPort
	int port;

	@Test
	void listsTheOfficesReceiptsWithTheirNumbersForThoseClearedAndExportsThem() throws IOException {
		String marker = "收登" + UUID.randomUUID().toString().substring(0, 6);
		UUID internal = register("关于" + marker + "甲的通知", Classification.INTERNAL);
		this.flow.complete(this.flow.currentSteps(internal).get(0).task(), ReceiptFlowTests.REGISTRAR, "");
		register("关于" + marker + "乙的通知", Classification.SECRET);
		String number = this.flow.referenceNumber(internal);

		WebSession keeper = WebSession.signedIn(this.port, "jiyao");
		String page = keeper.get("/receipts/register?title=" + encode(marker)).body();
		assertThat(page).contains("共 2 件", marker + "甲", marker + "乙", number, "初审", "登记");
		assertThat(WebSession.signedIn(this.port, "wenmi3").get("/receipts/register?title=" + encode(marker)).body())
			.contains("共 1 件", marker + "甲")
			.doesNotContain(marker + "乙");
		assertThat(keeper.get("/receipts/register?title=" + encode(marker + "%' or 1=1 --")).body()).contains("共 0 件");
		assertThat(keeper.get("/receipts/register?unit=" + encode("中共江临市委组织部") + "&title=" + encode(marker)).body())
			.contains("共 2 件");
		assertThat(WebSession.signedIn(this.port, "lianluo1").get("/receipts/register").status()).isEqualTo(403);

		WebSession.Download export = keeper.download("/receipts/register/export?title=" + encode(marker));
		assertThat(export.disposition()).contains(encode("收文登记簿").replace("+", "%20"));
		List<String> titles = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
			Sheet sheet = workbook.getSheet("收文登记簿");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("收文号");
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					titles.add(row.getCell(4).getStringCellValue());
				}
			}
		}
		assertThat(titles).containsExactly("关于" + marker + "乙的通知", "关于" + marker + "甲的通知");
	}

	private UUID register(String title, Classification classification) {
		return this.receipts.register(new Paper("中共江临市委员会", "中共江南省委办公厅", "", title, classification, ""),
				List.of(AttachmentFile.of("来文.pdf", ReceiptFlowTests.SCAN)), ReceiptFlowTests.REGISTRAR);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
