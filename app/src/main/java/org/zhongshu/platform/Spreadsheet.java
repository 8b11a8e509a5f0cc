package org.zhongshu.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A register exported as .xlsx, streamed row by row so that tens of thousands of lines
 * take little memory: a heading row, then each line numbered (序号) in the first column.
 */
public final class Spreadsheet {

	/** The media type of .xlsx. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Spreadsheet() {
	}

	/**
	 * @param sheetName the sheet's name, such as 发文登记簿
	 * @param headings the columns after 序号
	 * @param widths each column's width in characters after 序号, or 0 for the default
	 * @param lines the lines, each with a cell per heading
	 * @return the workbook's bytes
	 */
	public static byte[] of(String sheetName, List<String> headings, List<Integer> widths, Stream<List<String>> lines) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(sheetName);
			Row head = sheet.createRow(0);
			head.createCell(0).setCellValue("序号");
			for (int c = 0; c < headings.size(); c++) {
				head.createCell(c + 1).setCellValue(headings.get(c));
				if (c < widths.size() && widths.get(c) > 0) {
					sheet.setColumnWidth(c + 1, widths.get(c) * 256);
				}
			}
			int[] next = { 1 };
			lines.forEach((line) -> {
				Row row = sheet.createRow(next[0]);
				row.createCell(0).setCellValue(next[0]++);
				for (int c = 0; c < line.size(); c++) {
					row.createCell(c + 1).setCellValue(line.get(c));
				}
			});
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
