package org.zhongshu.layout;

import java.util.List;

/**
 * A piece of the 正文 or of an attachment: a paragraph or a table.
 */
public sealed interface Block permits Block.Paragraph, Block.Table {

	/**
	 * A paragraph, as written, its ordinal included (一、加强领导).
	 *
	 * @param level 0 for body text, 1 to 4 for the headings 一、 （一） 1. （1）, set in 黑体, 楷体,
	 * 仿宋 bold and 仿宋 (GB/T 9704-2012 7.3.3)
	 * @param text the paragraph
	 */
	record Paragraph(int level, String text) implements Block {

		public Paragraph {
			if (level < 0 || level > 4) {
				throw new IllegalArgumentException("正文段落的层级只能是 0（正文）或 1～4（一、（一）1.（1））");
			}
			if (text == null || text.isBlank()) {
				throw new IllegalArgumentException("正文中有空段落");
			}
			text = text.strip();
		}

	}

	/**
	 * A table, first row the heading.
	 *
	 * @param rows the rows, each with the same number of cells
	 */
	record Table(List<List<String>> rows) implements Block {

		/**
		 * The most columns a row of the 版心 (28 characters) holds, each at least three
		 * wide.
		 */
		public static final int MOST_COLUMNS = 9;

		public Table {
			if (rows == null || rows.isEmpty() || rows.get(0).isEmpty()) {
				throw new IllegalArgumentException("表格至少要有一行一列");
			}
			int columns = rows.get(0).size();
			if (columns > MOST_COLUMNS) {
				throw new IllegalArgumentException("表格有 %d 列，版心一行只排得下 %d 列".formatted(columns, MOST_COLUMNS));
			}
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i).size() != columns) {
					throw new IllegalArgumentException(
							"表格第 %d 行有 %d 列，与第 1 行的 %d 列不一致".formatted(i + 1, rows.get(i).size(), columns));
				}
			}
			rows = rows.stream()
				.map((row) -> row.stream().map((cell) -> (cell == null) ? "" : cell.strip()).toList())
				.toList();
		}

	}

}
