package org.zhongshu.supervision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.RefusedException;

/**
 * The year's 重点工作 from the .xlsx offices keep them in (序号, 任务, 牵头单位, 配合单位, 完成时限, 责任领导;
 * the columns found by their headings, in any order): every row checked first, and either
 * all imported or none, with each bad row named by its row number in the sheet and what
 * is wrong with it.
 */
@Component
class KeyWorkImport {

	static final int MOST_ROWS = 2000;

	private static final Map<String, String> HEADINGS = Map.of("任务", "任务", "工作任务", "任务", "重点工作", "任务", "牵头单位", "牵头单位",
			"配合单位", "配合单位", "完成时限", "完成时限", "完成时间", "完成时限", "责任领导", "责任领导");

	private static final List<String> REQUIRED = List.of("任务", "牵头单位", "完成时限", "责任领导");

	private static final Pattern SEPARATORS = Pattern.compile("[、，,；;\\s]+");

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

	private static final Pattern END_OF_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(?:底|末)");

	private static final Pattern END_OF_YEAR = Pattern.compile("(\\d{4})\\s*年\\s*(?:底|末)");

	private final Items items;

	KeyWorkImport(Items items) {
		this.items = items;
	}

	/**
	 * The rows of a file, refused whole.
	 */
	static class RowsRefusedException extends RefusedException {

		private final List<String> problems;

		RowsRefusedException(List<String> problems) {
			super("导入文件中有 %d 行有误，全部未导入，请改正后重新导入".formatted(problems.size()));
			this.problems = List.copyOf(problems);
		}

		List<String> problems() {
			return this.problems;
		}

	}

	/**
	 * @param classification the 密级 of every item
	 * @param cycle how often each lead unit reports
	 * @param today the office's date
	 * @return the items and their tasks, one each per row
	 * @throws RowsRefusedException naming every bad row
	 * @throws RefusedException when the file is not a sheet of tasks at all
	 */
	Rows read(byte[] file, Classification classification, Cycle cycle, LocalDate today) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			return read(workbook.getSheetAt(0), classification, cycle, today);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RefusedException refused) {
				throw refused;
			}
			throw new RefusedException("无法读取这个文件：请上传 Excel 的 .xlsx 文件");
		}
	}

	/**
	 * Rows ready to be written.
	 */
	record Rows(List<Items.NewItem> items, List<Items.NewTask> tasks) {

		Rows {
			items = List.copyOf(items);
			tasks = List.copyOf(tasks);
		}

	}

	private Rows read(Sheet sheet, Classification classification, Cycle cycle, LocalDate today) {
		DataFormatter formatter = new DataFormatter();
		Items.HandlingUnits units = this.items.handlingUnits();
		Row heading = null;
		for (Row row : sheet) {
			if (!blank(row, formatter)) {
				heading = row;
				break;
			}
		}
		if (heading == null) {
			throw new RefusedException("文件中没有任务");
		}
		Map<String, Integer> columns = new HashMap<>();
		for (Cell cell : heading) {
			String name = HEADINGS.get(formatter.formatCellValue(cell).replaceAll("\\s", ""));
			if (name != null) {
				columns.putIfAbsent(name, cell.getColumnIndex());
			}
		}
		List<String> missing = REQUIRED.stream().filter((name) -> !columns.containsKey(name)).toList();
		if (!missing.isEmpty()) {
			throw new RefusedException("第%d行应是表头（序号、任务、牵头单位、配合单位、完成时限、责任领导），缺少：%s".formatted(heading.getRowNum() + 1,
					String.join("、", missing)));
		}
		List<Items.NewItem> items = new ArrayList<>();
		List<Items.NewTask> tasks = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (int r = heading.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || blank(row, formatter)) {
				continue;
			}
			if (items.size() + problems.size() >= MOST_ROWS) {
				throw new RefusedException("一次最多导入 %d 项任务，请分成几个文件".formatted(MOST_ROWS));
			}
			List<String> wrong = new ArrayList<>();
			String task = text(row, columns.get("任务"), formatter);
			if (task.isEmpty()) {
				wrong.add("任务为空");
			}
			else if (task.length() > Items.LONGEST_CONTENT) {
				wrong.add("任务超过 %d 字".formatted(Items.LONGEST_CONTENT));
			}
			String leader = text(row, columns.get("责任领导"), formatter);
			if (leader.isEmpty()) {
				wrong.add("缺少责任领导");
			}
			String lead = unit(text(row, columns.get("牵头单位"), formatter), units, wrong);
			List<String> co = new ArrayList<>();
			Integer coColumn = columns.get("配合单位");
			if (coColumn != null) {
				for (String name : SEPARATORS.split(text(row, coColumn, formatter))) {
					if (!name.isEmpty()) {
						tryUnit(name, units, wrong).ifPresent(co::add);
					}
				}
			}
			LocalDate deadline = deadline(row.getCell(columns.get("完成时限")), formatter, today, wrong);
			if (wrong.isEmpty()) {
				String title = (task.length() > Items.LONGEST_TITLE) ? task.substring(0, Items.LONGEST_TITLE - 1) + "…"
						: task;
				items.add(new Items.NewItem(Source.KEY_WORK, "", title, task, leader, classification));
				tasks.add(new Items.NewTask(lead, co, deadline, cycle));
			}
			else {
				problems.add("第%d行：%s".formatted(r + 1, String.join("；", wrong)));
			}
		}
		if (!problems.isEmpty()) {
			throw new RowsRefusedException(problems);
		}
		if (items.isEmpty()) {
			throw new RefusedException("文件中没有任务");
		}
		return new Rows(items, tasks);
	}

	private static String unit(String text, Items.HandlingUnits units, List<String> wrong) {
		if (text.isEmpty()) {
			wrong.add("缺少牵头单位");
			return "";
		}
		String[] names = SEPARATORS.split(text);
		if (names.length > 1) {
			wrong.add("牵头单位只能填一个，其余请填入配合单位");
			return "";
		}
		return tryUnit(text, units, wrong).orElse("");
	}

	private static Optional<String> tryUnit(String name, Items.HandlingUnits units, List<String> wrong) {
		try {
			return Optional.of(units.named(name));
		}
		catch (RefusedException ex) {
			wrong.add(ex.getMessage());
			return Optional.empty();
		}
	}

	private static @Nullable LocalDate deadline(@Nullable Cell cell, DataFormatter formatter, LocalDate today,
			List<String> wrong) {
		LocalDate deadline = null;
		if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			deadline = cell.getLocalDateTimeCellValue().toLocalDate();
		}
		else {
			String text = (cell != null) ? formatter.formatCellValue(cell).strip() : "";
			if (text.isEmpty()) {
				wrong.add("缺少完成时限");
				return null;
			}
			deadline = parse(text);
			if (deadline == null) {
				wrong.add("完成时限“%s”无法识别，请写成 2026-12-31、2026年12月31日或 2026年12月底".formatted(text));
				return null;
			}
		}
		if (deadline.isBefore(today)) {
			wrong.add("完成时限 %s 已经过去".formatted(deadline));
		}
		return deadline;
	}

	static @Nullable LocalDate parse(String text) {
		try {
			Matcher date = DATE.matcher(text);
			if (date.matches()) {
				return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
						Integer.parseInt(date.group(3)));
			}
			Matcher month = END_OF_MONTH.matcher(text);
			if (month.matches()) {
				return YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))).atEndOfMonth();
			}
			Matcher year = END_OF_YEAR.matcher(text);
			if (year.matches()) {
				return LocalDate.of(Integer.parseInt(year.group(1)), 12, 31);
			}
			return null;
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static String text(Row row, int column, DataFormatter formatter) {
		Cell cell = row.getCell(column);
		return (cell != null) ? formatter.formatCellValue(cell).strip() : "";
	}

	private static boolean blank(Row row, DataFormatter formatter) {
		for (Cell cell : row) {
			if (!formatter.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

}
