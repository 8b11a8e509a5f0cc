package org.zhongshu.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The audit trail as an Excel workbook (.xlsx), streamed row by row so that a long trail
 * does not fill memory.
 */
@Component
class AuditExport {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Excel holds 1,048,576 rows a sheet; keep clear of it. */
	static final long MAXIMUM_ROWS = 1_000_000;

	private static final String[] HEADERS = { "序号", "时间", "用户", "IP 地址", "事件", "对象", "结果", "密级", "详情", "SM3 哈希" };

	private static final int[] WIDTHS = { 9, 20, 14, 16, 16, 30, 7, 7, 50, 66 };

	private final AuditRecords records;

	private final ZoneId zone;

	AuditExport(AuditRecords records, Clock clock) {
		this.records = records;
		this.zone = clock.getZone();
	}

	/**
	 * Writes the rows the query matches; the caller has checked there are at most
	 * {@link #MAXIMUM_ROWS}.
	 * @return how many rows were written
	 */
	long write(AuditQuery query, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet("审计日志");
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle time = workbook.createCellStyle();
			time.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			Row first = sheet.createRow(0);
			for (int column = 0; column < HEADERS.length; column++) {
				first.createCell(column).setCellValue(HEADERS[column]);
				first.getCell(column).setCellStyle(header);
				sheet.setColumnWidth(column, WIDTHS[column] * 256);
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
			int[] next = { 1 };
			this.records.forEach(query, (record) -> {
				Row row = sheet.createRow(next[0]++);
				row.createCell(0).setCellValue(record.id());
				row.createCell(1).setCellValue(record.occurredAt().atZone(this.zone).toLocalDateTime());
				row.getCell(1).setCellStyle(time);
				row.createCell(2).setCellValue(record.actor());
				row.createCell(3).setCellValue(record.clientIp());
				row.createCell(4).setCellValue(record.eventName());
				row.createCell(5).setCellValue(record.object());
				row.createCell(6).setCellValue(record.result());
				row.createCell(7).setCellValue(record.classification().label());
				row.createCell(8).setCellValue(record.detail());
				row.createCell(9).setCellValue(record.hash());
			});
			workbook.write(out);
			return next[0] - 1L;
		}
	}

}
