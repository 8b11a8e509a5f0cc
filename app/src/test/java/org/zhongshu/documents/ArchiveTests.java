package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhongshu.documents.Archive.Item;
import org.zhongshu.documents.Archive.Retention;
import org.zhongshu.documents.Receipts.Paper;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.WebSession;

/**
 * 归档 after DA/T 22-2015: 件号 one after another within 年度 and 保管期限, the 档号 built from them,
 * an archived document read-only, and the 归档文件目录 in the browser and as .xlsx.
 */
@DemoOfficeTest
class ArchiveTests {

	@Autowired
	Archive archive;

	@Autowired
	Receipts receipts;

	@Autowired
	ReceiptFlow flow;

	@LocalServerPort
	int port;

	@Test
	void documentsArchivedOneAfterTheOtherTakeConsecutiveItemNumbersAndTheCatalogueListsThem() throws IOException {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		Item first = archived("关于" + marker + "甲的函");
		Item second = archived("关于" + marker + "乙的函");

		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		assertThat(second.itemNumber()).isEqualTo(first.itemNumber() + 1);
		assertThat(second.archivalCode()).isEqualTo("Z001-WS·%d-D10-BGS-%04d".formatted(year, first.itemNumber() + 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.archive.file(this.receipts.find(first.document()).orElseThrow(), "no-such-task",
					ReceiptFlowTests.REGISTRAR, Retention.PERMANENT))
			.withMessage("这一步不是本公文的归档");

		WebSession keeper = WebSession.signedIn(this.port, "jiyao");
		String catalogue = keeper.get("/archive?year=" + year + "&retention=TEN_YEARS").body();
		assertThat(catalogue).contains(first.archivalCode(), second.archivalCode(), "关于" + marker + "甲的函");
		assertThat(keeper.get("/archive/" + first.document() + "/files/1").status()).isEqualTo(200);
		assertThat(WebSession.signedIn(this.port, "lianluo2").get("/archive").status()).isEqualTo(403);

		WebSession.Download export = keeper.download("/archive/export?year=" + year + "&retention=TEN_YEARS");
		List<String> codes = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
			Sheet sheet = workbook.getSheet("归档文件目录");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("档号");
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(4).getStringCellValue().contains(marker)) {
					codes.add(row.getCell(1).getStringCellValue());
					assertThat(row.getCell(5).getStringCellValue()).matches("\\d{8}");
					assertThat(row.getCell(7).getStringCellValue()).isEqualTo("定期10年");
				}
			}
		}
		assertThat(codes).containsExactlyInAnyOrder(first.archivalCode(), second.archivalCode());
	}

	private Item archived(String title) {
		UUID id = this.receipts.register(new Paper("中共江临市委员会", "江临市档案馆", "", title, Classification.INTERNAL, ""),
				List.of(AttachmentFile.of("来函.pdf", ReceiptFlowTests.SCAN)), ReceiptFlowTests.REGISTRAR);
		this.flow.complete(this.flow.currentSteps(id).get(0).task(), ReceiptFlowTests.REGISTRAR, "");
		this.flow.screen(this.flow.currentSteps(id).get(0).task(), ReceiptFlowTests.SCREENER, true, "");
		this.flow.propose(this.flow.currentSteps(id).get(0).task(), ReceiptFlowTests.OFFICE_LEADER, "拟请阅", "shuji");
		this.receipts.instruct(id, this.flow.currentSteps(id).get(0).task(),
				ReceiptFlowTests.SECRETARY_OF_THE_COMMITTEE,
				new ReceiptFlow.Instruction("阅", List.of(), null, List.of(), false, false));
		this.flow.complete(this.flow.currentSteps(id).get(0).task(), ReceiptFlowTests.SCREENER, "");
		return this.archive.file(this.receipts.find(id).orElseThrow(), this.flow.currentSteps(id).get(0).task(),
				ReceiptFlowTests.REGISTRAR, Retention.TEN_YEARS);
	}

}
