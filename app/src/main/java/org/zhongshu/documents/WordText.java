package org.zhongshu.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

	/**
	 * The stretches of the text written in runs or content controls, in text order; the
	 * line breaks and tabs between paragraphs and cells are in none.
	 */
	private final List<Piece> pieces = new ArrayList<>();

	/** How many blank characters {@link #text()} leaves out before the text. */
	private final int lead;

	private WordText(XWPFDocument document) {
		body(document.getBodyElements());
		this.lead = this.text.length() - this.text.toString().stripLeading().length();
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
	 * the first of them was written in (an insertion goes at the end of the run before
	 * it). Corrections are to be written last first, so that the offsets of those before
	 * stay true.
	 * @return false, with the document left as it was, where the characters are not all
	 * plain text of runs, one after another (a field, a tab, a content control, the break
	 * between two paragraphs)
	 */
	boolean correct(int start, int end, String replacement) {
		int from = start + this.lead;
		int to = end + this.lead;
		int at = (from == to && from > 0) ? from - 1 : from;
		int first = firstEndingAfter(at);
		if (first == this.pieces.size() || this.pieces.get(first).start() > at) {
			return false;
		}
		int last = first;
		while (this.pieces.get(last).end() < to) {
			if (last + 1 == this.pieces.size() || this.pieces.get(last + 1).start() != this.pieces.get(last).end()) {
				return false;
			}
			last++;
		}
		List<Piece> touched = this.pieces.subList(first, last + 1);
		if (touched.stream().anyMatch((piece) -> piece.run() == null)) {
			return false;
		}
		for (int i = touched.size() - 1; i >= 0; i--) {
			Piece piece = touched.get(i);
			XWPFRun run = Objects.requireNonNull(piece.run());
			String written = run.text();
			int cutFrom = Math.max(from, piece.start()) - piece.start();
			int cutTo = Math.min(to, piece.end()) - piece.start();
			run.setText(written.substring(0, cutFrom) + ((i == 0) ? replacement : "") + written.substring(cutTo), 0);
		}
		return true;
	}

	/**
	 * @return the first piece that ends after the character at {@code at}, or the number
	 * of pieces if none does
	 */
	private int firstEndingAfter(int at) {
		int low = 0;
		int high = this.pieces.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.pieces.get(middle).end() <= at) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
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
				piece(control.getContent().getText(), null);
				this.text.append('\n');
			}
		}
	}

	private void paragraph(XWPFParagraph paragraph) {
		for (IRunElement element : paragraph.getIRuns()) {
			if (element instanceof XWPFRun run) {
				piece(run.text(), plain(run) ? run : null);
			}
			else if (element instanceof XWPFSDT control) {
				piece(control.getContent().getText(), null);
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

	/**
	 * @param run the run the content was written in, null where it cannot be rewritten
	 */
	private void piece(String content, @Nullable XWPFRun run) {
		if (!content.isEmpty()) {
			this.pieces.add(new Piece(this.text.length(), this.text.length() + content.length(), run));
			this.text.append(content);
		}
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
