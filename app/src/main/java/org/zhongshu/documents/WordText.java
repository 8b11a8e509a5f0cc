package org.zhongshu.documents;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.namespace.QName;

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
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * The text of a Word .docx as the 校对 page shows it — its paragraphs, one a line, and its
 * tables, a row a line with the cells apart by tabs — with every character traced to the
 * run it was written in, so that corrections accepted on the page can be written back
 * into the document with its formatting, or marked as Word's tracked changes (修订) for the
 * drafter to accept or reject one by one. Text already deleted in a tracked change is not
 * part of the text; text inserted in one is.
 */
final class WordText {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** The elements whose runs hold text a tracked change took out. */
	private static final Set<String> TAKEN_OUT = Set.of("del", "moveFrom");

	/** The elements whose runs hold text a tracked change put in. */
	private static final Set<String> PUT_IN = Set.of("ins", "moveTo");

	private final StringBuilder text = new StringBuilder();

	/**
	 * The stretches of the text written in runs or content controls, in text order; the
	 * line breaks and tabs between paragraphs and cells are in none.
	 */
	private final List<Piece> pieces = new ArrayList<>();

	/** How many blank characters {@link #text()} leaves out before the text. */
	private final int lead;

	/** Whether the document holds tracked changes not yet accepted or rejected. */
	private boolean revised;

	/** How corrections are marked as tracked changes, or null to write them plainly. */
	private final @Nullable Revisions revisions;

	private WordText(XWPFDocument document, @Nullable Revisions revisions) {
		body(document.getBodyElements());
		this.lead = this.text.length() - this.text.toString().stripLeading().length();
		this.revisions = revisions;
	}

	/**
	 * @return the text of the document, into which corrections are written plainly
	 */
	static WordText of(XWPFDocument document) {
		return new WordText(document, null);
	}

	/**
	 * @param author who made the corrections, as Word shows beside each
	 * @param when when, in the office's time
	 * @return the text of the document, into which corrections are written as tracked
	 * changes
	 */
	static WordText tracked(XWPFDocument document, String author, LocalDateTime when) {
		return new WordText(document, new Revisions(document, author, when));
	}

	/**
	 * @return the text as shown, without the blank lines and spaces around it
	 */
	String text() {
		return this.text.toString().strip();
	}

	/**
	 * @return whether the document holds tracked changes not yet accepted or rejected,
	 * which {@link #text()} reads as accepted
	 */
	boolean revised() {
		return this.revised;
	}

	/**
	 * Writes a correction into the document: the characters from {@code start} to
	 * {@code end} of {@link #text()} become {@code replacement}, those alike at either
	 * end left as written, in the format of the run the first of them was written in (an
	 * insertion goes at the end of the run before it); tracked, the characters are marked
	 * deleted and the replacement, in the same format, inserted after them. Corrections
	 * are to be written last first, so that the offsets of those before stay true.
	 * @return false, with the document left as it was, where the characters are not all
	 * plain text of runs, one after another (a field, a tab, a content control, the break
	 * between two paragraphs), or, tracked, not all in runs of the paragraph itself (a
	 * hyperlink, a tracked change already made)
	 */
	boolean correct(int start, int end, String replacement) {
		int from = start + this.lead;
		int to = end + this.lead;
		int alike = sameStart(this.text, from, to, replacement);
		from += alike;
		String rest = replacement.substring(alike);
		int alikeAtEnd = sameEnd(this.text, from, to, rest);
		to -= alikeAtEnd;
		String changed = rest.substring(0, rest.length() - alikeAtEnd);
		if (from == to && changed.isEmpty()) {
			return true;
		}
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
		if (touched.stream()
			.anyMatch((piece) -> piece.text() == null
					|| (this.revisions != null && !parent(runOf(piece.text())).equals("p")))) {
			return false;
		}
		for (int i = touched.size() - 1; i >= 0; i--) {
			Piece piece = touched.get(i);
			CTText element = Objects.requireNonNull(piece.text());
			String written = element.getStringValue();
			int cutFrom = Math.max(from, piece.start()) - piece.start();
			int cutTo = Math.min(to, piece.end()) - piece.start();
			if (this.revisions != null) {
				this.revisions.mark(runOf(element), element, written.substring(0, cutFrom),
						written.substring(cutFrom, cutTo), (i == touched.size() - 1) ? changed : "",
						runOf(Objects.requireNonNull(touched.get(0).text())), written.substring(cutTo));
			}
			else {
				write(element, written.substring(0, cutFrom) + ((i == 0) ? changed : "") + written.substring(cutTo));
			}
		}
		return true;
	}

	/**
	 * @return how many characters the stretch of the text from {@code from} to {@code to}
	 * and its replacement begin with alike, which a correction leaves as written (布署 → 部署
	 * changes one), a character written as two halves whole or not at all
	 */
	private static int sameStart(CharSequence text, int from, int to, String replacement) {
		int same = 0;
		while (from + same < to && same < replacement.length()
				&& text.charAt(from + same) == replacement.charAt(same)) {
			same++;
		}
		return (same > 0 && Character.isHighSurrogate(replacement.charAt(same - 1))) ? same - 1 : same;
	}

	/**
	 * @return how many characters the stretch and its replacement end with alike
	 */
	private static int sameEnd(CharSequence text, int from, int to, String replacement) {
		int same = 0;
		while (to - same > from && same < replacement.length()
				&& text.charAt(to - same - 1) == replacement.charAt(replacement.length() - same - 1)) {
			same++;
		}
		return (same > 0 && Character.isLowSurrogate(replacement.charAt(replacement.length() - same))) ? same - 1
				: same;
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
				String parent = parent(run.getCTR());
				this.revised |= TAKEN_OUT.contains(parent) || PUT_IN.contains(parent);
				if (!TAKEN_OUT.contains(parent)) {
					run(run);
				}
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
	 * Adds a run's text, each piece of text in it (a run may hold tabs and line breaks
	 * between its pieces: a title of two lines) traced to the element it is written in; a
	 * run that holds anything else (a field's code, a drawing, a symbol) or reads
	 * otherwise than POI reads it is added whole, not to be rewritten.
	 */
	private void run(XWPFRun run) {
		String content = run.text();
		List<Part> parts = (run instanceof XWPFFieldRun) ? List.of() : parts(run.getCTR());
		if (!parts.stream().map(Part::content).collect(Collectors.joining()).equals(content)) {
			piece(content, null);
			return;
		}
		for (Part part : parts) {
			piece(part.content(), part.text());
		}
	}

	/**
	 * @return the run's pieces of text, tabs and line breaks, in order; none if it holds
	 * anything else
	 */
	private static List<Part> parts(CTR run) {
		List<Part> parts = new ArrayList<>();
		try (XmlCursor cursor = run.newCursor()) {
			for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
				Part part = switch (cursor.getName().getLocalPart()) {
					case "rPr", "lastRenderedPageBreak" -> new Part("", null);
					case "t" -> new Part(((CTText) cursor.getObject()).getStringValue(), (CTText) cursor.getObject());
					case "tab" -> new Part("\t", null);
					case "br", "cr" -> new Part("\n", null);
					default -> null;
				};
				if (part == null) {
					return List.of();
				}
				parts.add(part);
			}
		}
		return parts;
	}

	/**
	 * @param text the element of a run that holds the content, null where it cannot be
	 * rewritten
	 */
	private void piece(String content, @Nullable CTText text) {
		if (!content.isEmpty()) {
			this.pieces.add(new Piece(this.text.length(), this.text.length() + content.length(), text));
			this.text.append(content);
		}
	}

	private static void write(CTText element, String text) {
		element.setStringValue(text);
		if (!text.equals(text.strip())) {
			element.setSpace(SpaceAttribute.Space.PRESERVE);
		}
	}

	/**
	 * @return the name of the element the run is written in: p for the paragraph itself
	 */
	private static String parent(CTR run) {
		try (XmlCursor cursor = run.newCursor()) {
			cursor.toParent();
			return cursor.getName().getLocalPart();
		}
	}

	/**
	 * @return the run a piece of text is written in
	 */
	private static CTR runOf(CTText text) {
		try (XmlCursor cursor = text.newCursor()) {
			cursor.toParent();
			return (CTR) cursor.getObject();
		}
	}

	/**
	 * A stretch of the text and the element of a run that holds it, null where it cannot
	 * be rewritten.
	 */
	private record Piece(int start, int end, @Nullable CTText text) {
	}

	/**
	 * What a child of a run adds to the text, and the element that holds it if it is a
	 * piece of text.
	 */
	private record Part(String content, @Nullable CTText text) {
	}

	/**
	 * Corrections marked as Word's tracked changes, by one author at one time, numbered
	 * after the marks the document already has.
	 */
	private static final class Revisions {

		private static final QName ID = new QName(W, "id");

		private static final QName AUTHOR = new QName(W, "author");

		private static final QName DATE = new QName(W, "date");

		/**
		 * The time as Word writes it, the office's own without a zone, which Word shows
		 * as it stands.
		 */
		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

		private final String author;

		private final String when;

		private long nextId;

		Revisions(XWPFDocument document, String author, LocalDateTime when) {
			this.author = author;
			this.when = WHEN.format(when);
			this.nextId = highestId(document) + 1;
		}

		/**
		 * Marks part of a piece of text deleted and a replacement inserted after it: the
		 * run keeps what comes before, a run after the marks what comes after, in the
		 * run's format.
		 * @param insertedLike the run whose format the replacement takes: the first of
		 * those the correction touches, as a correction written plainly takes
		 */
		void mark(CTR run, CTText text, String before, String deleted, String inserted, CTR insertedLike,
				String after) {
			try (XmlCursor cursor = run.newCursor()) {
				cursor.toEndToken();
				cursor.toNextToken();
				if (!deleted.isEmpty()) {
					write(formatted(change(cursor, "del").addNewR(), run).addNewDelText(), deleted);
				}
				if (!inserted.isEmpty()) {
					write(formatted(change(cursor, "ins").addNewR(), insertedLike).addNewT(), inserted);
				}
				cursor.beginElement(new QName(W, "r"));
				cursor.toParent();
				CTR rest = formatted((CTR) cursor.getObject(), run);
				if (!after.isEmpty()) {
					write(rest.addNewT(), after);
				}
				moveAfter(text, rest);
				if (isEmpty(rest)) {
					cursor.removeXml();
				}
			}
			if (before.isEmpty()) {
				remove(text);
			}
			else {
				write(text, before);
			}
			if (isEmpty(run)) {
				remove(run);
			}
		}

		/**
		 * Moves the children of a run that follow {@code child} to the end of
		 * {@code run}.
		 */
		private static void moveAfter(XmlObject child, CTR run) {
			List<XmlObject> following = new ArrayList<>();
			try (XmlCursor cursor = child.newCursor()) {
				while (cursor.toNextSibling()) {
					following.add(cursor.getObject());
				}
			}
			try (XmlCursor end = run.newCursor()) {
				end.toEndToken();
				for (XmlObject sibling : following) {
					try (XmlCursor moved = sibling.newCursor()) {
						moved.moveXml(end);
					}
				}
			}
		}

		/**
		 * @return whether the run holds nothing but its format
		 */
		private static boolean isEmpty(CTR run) {
			try (XmlCursor cursor = run.newCursor()) {
				for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
					if (!cursor.getName().getLocalPart().equals("rPr")) {
						return false;
					}
				}
			}
			return true;
		}

		private static void remove(XmlObject element) {
			try (XmlCursor cursor = element.newCursor()) {
				cursor.removeXml();
			}
		}

		/**
		 * Begins a tracked change at the cursor, which is left after it.
		 * @param kind ins or del
		 */
		private CTRunTrackChange change(XmlCursor cursor, String kind) {
			cursor.beginElement(new QName(W, kind));
			cursor.insertAttributeWithValue(ID, String.valueOf(this.nextId++));
			cursor.insertAttributeWithValue(AUTHOR, this.author);
			cursor.insertAttributeWithValue(DATE, this.when);
			cursor.toParent();
			CTRunTrackChange change = (CTRunTrackChange) cursor.getObject();
			cursor.toEndToken();
			cursor.toNextToken();
			return change;
		}

		private static CTR formatted(CTR run, CTR like) {
			if (like.isSetRPr()) {
				run.setRPr(like.getRPr());
			}
			return run;
		}

		/**
		 * @return the highest number a mark of the document bears (a tracked change, a
		 * comment, a bookmark), which those added must not repeat; 0 if none
		 */
		private static long highestId(XWPFDocument document) {
			long highest = 0;
			try (XmlCursor cursor = document.getDocument().newCursor()) {
				while (!cursor.toNextToken().isEnddoc()) {
					if (cursor.isAttr() && cursor.getName().equals(ID)) {
						highest = Math.max(highest, number(cursor.getTextValue()));
					}
				}
			}
			return highest;
		}

		private static long number(String id) {
			try {
				return Long.parseLong(id.strip());
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}

	}

}
