package org.zhongshu.documents;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFieldRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * The text of a Word .docx as the 校对 page shows it — its paragraphs, one a line, and its
 * tables, a row a line with the cells apart by tabs — with every character traced to the
 * run it was written in, so that corrections accepted on the page can be written back
 * into the document with its formatting.
 */
final class WordText {

	private final StringBuilder text = new StringBuilder();

	private final List<Piece> pieces = new ArrayList<>();

	private WordText(XWPFDocument document) {
		body(document.getBodyElements());
	}

	static WordText of(XWPFDocument document) {
		return new WordText(document);
	}

	/**
	 * @return the text as shown, without the blank lines and spaces around it
	 */
	String text() {
		return this.text.toString().strip();
	}

	/**
	 * Writes a correction into the document: the characters from {@code start} to
	 * {@code end} of {@link #text()} become {@code replacement}, in the format of the run
	 * the first of them was written in. Corrections are to be written last first, so that
	 * the offsets of those before stay true.
	 * @return false, with the document left as it was, where the characters are not all
	 * plain text of runs (a field, a tab, a content control)
	 */
	boolean correct(int start, int end, String replacement) {
		int lead = this.text.length() - this.text.toString().stripLeading().length();
		int from = start + lead;
		int to = end + lead;
		List<Piece> touched = new ArrayList<>();
		for (Piece piece : this.pieces) {
			boolean holds = (from < to) ? piece.start() < to && from < piece.end()
					: piece.start() <= from && from <= piece.end() && piece.start() < piece.end();
			if (holds) {
				if (piece.run() == null) {
					return false;
				}
				touched.add(piece);
			}
		}
		if (touched.isEmpty()) {
			return false;
		}
		for (int i = touched.size() - 1; i >= 0; i--) {
			Piece piece = touched.get(i);
			String written = piece.run().text();
			int cutFrom = Math.max(from, piece.start()) - piece.start();
			int cutTo = Math.min(to, piece.end()) - piece.start();
			String inserted = (i == 0) ? replacement : "";
			piece.run().setText(written.substring(0, cutFrom) + inserted + written.substring(cutTo), 0);
		}
		return true;
	}

	private void body(List<IBodyElement> elements) {
		for (IBodyElement element : elements) {
			if (element instanceof XWPFParagraph paragraph) {
				paragraph(paragraph);
				this.text.append('\n');
			}
			else if (element instanceof XWPFTable table) {
				table(table);
			}
			else if (element instanceof XWPFSDT control) {
				fixed(control.getContent().getText());
				this.text.append('\n');
			}
		}
	}

	private void paragraph(XWPFParagraph paragraph) {
		for (IRunElement element : paragraph.getIRuns()) {
			if (element instanceof XWPFRun run) {
				int start = this.text.length();
				this.text.append(run.text());
				this.pieces.add(new Piece(start, this.text.length(), plain(run) ? run : null));
			}
			else if (element instanceof XWPFSDT control) {
				fixed(control.getContent().getText());
			}
		}
	}

	private void table(XWPFTable table) {
		for (XWPFTableRow row : table.getRows()) {
			List<XWPFTableCell> cells = row.getTableCells();
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					this.text.append('\t');
				}
				List<XWPFParagraph> paragraphs = cells.get(i).getParagraphs();
				for (int j = 0; j < paragraphs.size(); j++) {
					if (j > 0) {
						this.text.append('\n');
					}
					paragraph(paragraphs.get(j));
				}
			}
			this.text.append('\n');
		}
	}

	private void fixed(String content) {
		int start = this.text.length();
		this.text.append(content);
		this.pieces.add(new Piece(start, this.text.length(), null));
	}

	/**
	 * @return whether the run holds nothing but its format and one piece of text, which a
	 * correction can rewrite without losing a tab, a break or a field's code
	 */
	private static boolean plain(XWPFRun run) {
		if (run instanceof XWPFFieldRun) {
			return false;
		}
		CTR xml = run.getCTR();
		return xml.sizeOfTArray() == 1 && xml.sizeOfTabArray() == 0 && xml.sizeOfBrArray() == 0
				&& xml.sizeOfCrArray() == 0 && xml.sizeOfFldCharArray() == 0 && xml.sizeOfInstrTextArray() == 0
				&& xml.sizeOfDrawingArray() == 0 && xml.sizeOfSymArray() == 0;
	}

	/**
	 * A stretch of the text and the run it was written in, or null where it cannot be
	 * rewritten.
	 */
	private record Piece(int start, int end, @Nullable XWPFRun run) {
	}

}
