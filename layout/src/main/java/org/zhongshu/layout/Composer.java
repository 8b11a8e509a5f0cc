package org.zhongshu.layout;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.zhongshu.layout.Placed.Rule;
import org.zhongshu.layout.Placed.Text;
import org.zhongshu.layout.Typefaces.Typeface;

/**
 * Sets a document on pages as GB/T 9704-2012 lays out the 文件格式, the 信函格式 and the 纪要格式:
 * every line of the 版心 on a grid of 22 lines of 28 characters (5.1, 5.2.1), the 版头 (7.2),
 * the 主体 (7.3), attachments from new pages (8.7) and the 版记 on the last even page (7.4),
 * with page numbers (7.5).
 */
final class Composer {

	static final PageGeometry PAGE = PageGeometry.GB_T_9704;

	static final int LINES = 22;

	static final int CHARACTERS = 28;

	/** The fewest characters a column of a table is given. */
	static final int NARROWEST_COLUMN = 3;

	/** Line pitch: 225 mm for 22 lines. */
	static final double PITCH = PAGE.typeAreaHeight() / LINES;

	/** Character pitch: 156 mm for 28 characters. */
	static final double CELL = PAGE.typeAreaWidth() / CHARACTERS;

	static final double MM_PER_POINT = 25.4 / 72;

	/** 3号, 2号 and 4号 in points. */
	static final double BODY = 16;

	static final double TITLE = 22;

	static final double SMALL = 14;

	/** The top of the 发文机关标志 below the top of the 版心 (7.2.4). */
	static final double ISSUER_TOP = 35;

	/** The 发文机关标志's height, under the norm's 15 mm. */
	static final double ISSUER_HEIGHT = 14;

	/** The red line below the 发文字号 (7.2.5). */
	static final double RED_LINE_GAP = 4;

	/**
	 * 信函格式 (10.1): the 标志's top below the page's top edge, its height, the double lines.
	 */
	static final double LETTER_ISSUER_TOP = 30;

	static final double LETTER_ISSUER_HEIGHT = 11;

	static final double LETTER_LINE = 170;

	static final double LETTER_BOTTOM_LINE = 20;

	static final double THICK = 0.8;

	static final double THIN = 0.3;

	static final double DOUBLE_GAP = 0.8;

	/** 命令（令）格式 (10.2): the 标志's top below the top of the 版心. */
	static final double ORDER_ISSUER_TOP = 20;

	/** The seal's diameter: the common 4.2 cm of a committee office's seal. */
	static final double SEAL = 42;

	/**
	 * The seal's centre above the middle of 署名 and date, which sit a little below it
	 * (7.3.5.1).
	 */
	static final double SEAL_RAISED = 3;

	/** Page numbers below the 版心 (7.5). */
	static final double PAGE_NUMBER_GAP = 7;

	/** Marks that may not begin a line (避头). */
	private static final String NO_LINE_START = "，。、；：？！）》”’〕】…—";

	/** Marks that may not end a line (避尾). */
	private static final String NO_LINE_END = "（《“‘〔【";

	private final OfficialDocument document;

	private final List<Page> pages = new ArrayList<>();

	private List<Placed> page;

	private int line;

	private Composer(OfficialDocument document) {
		this.document = document;
		this.page = newPage();
	}

	static List<Page> compose(OfficialDocument document) {
		Composer composer = new Composer(document);
		composer.head();
		composer.title();
		composer.main();
		composer.attachments();
		composer.imprint();
		return List.copyOf(composer.pages);
	}

	/**
	 * @return the 版头 alone, as it stands on the first page, and the line of the grid the
	 * title (or, for an order without one, the text) starts on
	 */
	static Head head(OfficialDocument document) {
		Composer composer = new Composer(document);
		composer.head();
		return new Head(List.copyOf(composer.page), composer.line);
	}

	/**
	 * The 版头 of a document.
	 *
	 * @param items what it sets on the first page
	 * @param titleLine the line of the grid the title starts on
	 */
	record Head(List<Placed> items, int titleLine) {
	}

	/**
	 * How a document is signed (7.3.5): an order by its signer, minutes by their issuing
	 * bodies only when given signatures, other documents by their issuing bodies.
	 */
	enum Closing {

		SIGNER, ISSUERS, NONE;

		static Closing of(OfficialDocument document) {
			if (document.format() == DocumentFormat.ORDER) {
				return SIGNER;
			}
			return (document.format() == DocumentFormat.MINUTES && document.signatures().isEmpty()) ? NONE : ISSUERS;
		}

	}

	/**
	 * A composed page.
	 *
	 * @param number its page number, or 0 for none
	 * @param items what is set on it
	 */
	record Page(int number, List<Placed> items) {
	}

	private List<Placed> newPage() {
		List<Placed> items = new ArrayList<>();
		this.pages.add(new Page(this.pages.size() + 1, items));
		this.line = 0;
		return items;
	}

	/**
	 * @return the baseline of a 3号 character centred in the given line of the grid
	 */
	static double baseline(int line, double size) {
		return PAGE.topMargin() + line * PITCH + PITCH / 2 + 0.38 * size * MM_PER_POINT;
	}

	private void head() {
		switch (this.document.format()) {
			case LETTER -> letterHead();
			case ORDER -> orderHead();
			default -> fileHead();
		}
	}

	/**
	 * The 信函格式's head (10.1): the host body's name 30 mm below the page's top edge, a red
	 * double line (thick over thin) 4 mm below it and another (thin over thick) 20 mm
	 * above the page's bottom edge, both 170 mm long; 份号, 密级 and 紧急程度 left and the 发文字号
	 * right on the first line below the double line; the title two lines lower.
	 */
	private void letterHead() {
		double em = LETTER_ISSUER_HEIGHT / 0.88;
		String issuer = this.document.issuers().get(0);
		double pitch = Math.min(LETTER_ISSUER_HEIGHT, (PAGE.typeAreaWidth() - 2 * CELL) / issuer.length());
		double x = PAGE.leftMargin() + (PAGE.typeAreaWidth() - issuer.length() * pitch) / 2;
		this.page.add(new Text(issuer, Typeface.XIAOBIAOSONG, em / MM_PER_POINT, false, Placed.RED, x,
				LETTER_ISSUER_TOP + LETTER_ISSUER_HEIGHT, pitch, pitch / em));
		double lineTop = LETTER_ISSUER_TOP + LETTER_ISSUER_HEIGHT + RED_LINE_GAP;
		double x1 = (PAGE.pageWidth() - LETTER_LINE) / 2;
		double x2 = x1 + LETTER_LINE;
		this.page.add(new Rule(x1, x2, lineTop + THICK / 2, THICK, Placed.RED));
		this.page.add(new Rule(x1, x2, lineTop + THICK + DOUBLE_GAP + THIN / 2, THIN, Placed.RED));
		double bottomLine = PAGE.pageHeight() - LETTER_BOTTOM_LINE;
		this.page.add(new Rule(x1, x2, bottomLine - THICK / 2, THICK, Placed.RED));
		this.page.add(new Rule(x1, x2, bottomLine - THICK - DOUBLE_GAP - THIN / 2, THIN, Placed.RED));
		int first = lineBelow(lineTop + THICK + DOUBLE_GAP + THIN);
		List<String> marks = marks();
		for (int i = 0; i < marks.size(); i++) {
			this.page
				.add(text(marks.get(i), Typeface.HEITI, BODY, false, Placed.BLACK, left(0), baseline(first + i, BODY)));
		}
		String number = this.document.referenceNumber();
		if (number != null) {
			this.page.add(new Text(number, Typeface.FANGSONG, BODY, false, Placed.BLACK,
					right(0) - Text.width(number, CELL), baseline(first, BODY), CELL, 1));
		}
		this.line = first + Math.max(1, marks.size()) + 1;
		unnumber(0);
	}

	/**
	 * The 命令（令）格式's head (10.2): the body's name with 令, red, 20 mm below the top of the
	 * 版心; the 令号 two lines below it; the text two lines below that (after the title, if
	 * the order has one).
	 */
	private void orderHead() {
		double bottom = issuerMark(PAGE.topMargin() + ORDER_ISSUER_TOP);
		int numberLine = lineBelow(bottom) + 2;
		String number = Objects.requireNonNull(this.document.referenceNumber());
		this.page.add(centred(number, Typeface.FANGSONG, BODY, Placed.BLACK, baseline(numberLine, BODY)));
		this.line = numberLine + 3;
	}

	/**
	 * @return 份号 (six digits), 密级和保密期限 and 紧急程度, those given, in that order
	 */
	private List<String> marks() {
		List<String> marks = new ArrayList<>();
		String copyNumber = this.document.copyNumber();
		String secrecy = this.document.secrecy();
		String urgency = this.document.urgency();
		if (copyNumber != null) {
			marks.add(pad(copyNumber));
		}
		if (secrecy != null) {
			marks.add(secrecy);
		}
		if (urgency != null) {
			marks.add(urgency);
		}
		return marks;
	}

	/**
	 * The 文件格式's 版头 (7.2).
	 */
	private void fileHead() {
		List<String> marks = marks();
		for (int i = 0; i < marks.size(); i++) {
			this.page.add(text(marks.get(i), Typeface.HEITI, BODY, false, Placed.BLACK, left(0), baseline(i, BODY)));
		}
		double bottom = issuerMark(PAGE.topMargin() + ISSUER_TOP);
		double numberBaseline = bottom + 2 * PITCH + PITCH / 2 + 0.38 * BODY * MM_PER_POINT;
		String number = this.document.referenceNumber();
		if (number != null && this.document.isUpward()) {
			numberBaseline = signers(numberBaseline);
			this.page.add(text(number, Typeface.FANGSONG, BODY, false, Placed.BLACK, left(1), numberBaseline));
		}
		else if (number != null) {
			this.page.add(centred(number, Typeface.FANGSONG, BODY, Placed.BLACK, numberBaseline));
		}
		if (this.document.format() == DocumentFormat.MINUTES) {
			numberBaseline += (number == null) ? 0 : PITCH;
			this.page.add(centred(date(this.document.date()), Typeface.FANGSONG, BODY, Placed.BLACK, numberBaseline));
		}
		double redLine = numberBaseline + 0.12 * BODY * MM_PER_POINT + RED_LINE_GAP;
		this.page.add(new Rule(PAGE.leftMargin(), PAGE.leftMargin() + PAGE.typeAreaWidth(), redLine, 0.5, Placed.RED));
		this.line = lineBelow(redLine) + 2;
	}

	/**
	 * Sets the title from the current line, centred, a blank line after it; an order may
	 * have none.
	 */
	private void title() {
		if (this.document.title().isEmpty()) {
			return;
		}
		for (String part : titleLines(this.document.title())) {
			this.page.add(centred(part, Typeface.XIAOBIAOSONG, TITLE, Placed.BLACK, baseline(this.line++, TITLE)));
		}
		this.line++;
	}

	/**
	 * Sets 签发人 and the names right, one character in (7.2.6): two names to a row, left to
	 * right and top to bottom, later rows aligned with the first name.
	 * @param firstBaseline the baseline of the first row
	 * @return the baseline of the last row, on which the 发文字号 stands
	 */
	private double signers(double firstBaseline) {
		List<String> signers = this.document.signers();
		double column = signers.stream().mapToDouble((name) -> Text.width(name, CELL)).max().orElse(0) + CELL;
		int columns = Math.min(2, signers.size());
		double namesX = right(1) - columns * column + CELL;
		this.page.add(new Text("签发人：", Typeface.FANGSONG, BODY, false, Placed.BLACK, namesX - 4 * CELL, firstBaseline,
				CELL, 1));
		double baseline = firstBaseline;
		for (int i = 0; i < signers.size(); i++) {
			baseline = firstBaseline + (i / 2) * PITCH;
			this.page.add(new Text(signers.get(i), Typeface.KAITI, BODY, false, Placed.BLACK, namesX + (i % 2) * column,
					baseline, CELL, 1));
		}
		return baseline;
	}

	/**
	 * Sets the 发文机关标志: the body's name with 文件, or for 联合行文 the bodies' names one above
	 * the other with 文件 beside them, in red, narrowed to fit the 版心.
	 * @return the bottom of the mark
	 */
	private double issuerMark(double top) {
		double em = ISSUER_HEIGHT / 0.88;
		double size = em / MM_PER_POINT;
		String host = this.document.issuers().get(0);
		List<String> issuers = switch (this.document.format()) {
			case MINUTES -> List.of(host.endsWith("纪要") ? host : host + "纪要");
			case ORDER -> List.of(host.endsWith("令") ? host : host + "令");
			default -> this.document.issuers();
		};
		String suffix = (this.document.format() == DocumentFormat.FILE) ? "文件" : "";
		double lineHeight = ISSUER_HEIGHT * 1.2;
		int longest = issuers.stream().mapToInt(String::length).max().orElse(1) + suffix.length();
		double pitch = Math.min(ISSUER_HEIGHT, (PAGE.typeAreaWidth() - CELL) / longest);
		double width = longest * pitch;
		double x = PAGE.leftMargin() + (PAGE.typeAreaWidth() - width) / 2;
		for (int i = 0; i < issuers.size(); i++) {
			String name = (issuers.size() == 1) ? issuers.get(i) + suffix : issuers.get(i);
			double baseline = top + i * lineHeight + ISSUER_HEIGHT;
			double nameX = (issuers.size() == 1) ? x : x + (longest - suffix.length() - name.length()) * pitch / 2;
			this.page.add(
					new Text(name, Typeface.XIAOBIAOSONG, size, false, Placed.RED, nameX, baseline, pitch, pitch / em));
		}
		if (issuers.size() > 1) {
			double middle = top + (issuers.size() * lineHeight - (lineHeight - ISSUER_HEIGHT)) / 2;
			this.page.add(new Text("文件", Typeface.XIAOBIAOSONG, size, false, Placed.RED, x + (longest - 2) * pitch,
					middle + 0.38 * em, pitch, pitch / em));
		}
		return top + issuers.size() * lineHeight - (lineHeight - ISSUER_HEIGHT);
	}

	/**
	 * The 纪要's lists below the body (10.3): 出席, 请假, 列席 in 黑体 two characters in, a colon,
	 * then the units and names in 仿宋, later lines aligned after the colon.
	 */
	private void attendance() {
		if (this.document.attendance().isEmpty()) {
			return;
		}
		this.line++;
		for (Attendance list : this.document.attendance()) {
			List<String> lines = wrapNames(list.names(), (CHARACTERS - 5) * CELL);
			for (int i = 0; i < lines.size(); i++) {
				if (i == 0) {
					if (this.line >= LINES) {
						this.page = newPage();
					}
					this.page.add(new Text(list.kind() + "：", Typeface.HEITI, BODY, false, Placed.BLACK, left(2),
							baseline(this.line, BODY), CELL, 1));
				}
				place(new Text(lines.get(i), Typeface.FANGSONG, BODY, false, Placed.BLACK, left(5), 0, CELL, 1));
			}
		}
	}

	private void main() {
		String recipients = this.document.recipients();
		if (recipients != null) {
			paragraph(recipients, Typeface.FANGSONG, false, 0, 0);
		}
		body(this.document.body());
		List<Attachment> attachments = this.document.attachments();
		if (!attachments.isEmpty()) {
			this.line++;
			for (int i = 0; i < attachments.size(); i++) {
				String label = (i == 0) ? "附件：" : "　　　";
				String numbered = (attachments.size() == 1) ? attachments.get(i).title()
						: (i + 1) + "." + attachments.get(i).title();
				paragraph(label + numbered, Typeface.FANGSONG, false, 2, (attachments.size() == 1) ? 5 : 6);
			}
		}
		attendance();
		switch (Closing.of(this.document)) {
			case SIGNER -> signedBy();
			case ISSUERS -> signature();
			case NONE -> {
			}
		}
	}

	private void body(List<Block> blocks) {
		for (Block block : blocks) {
			if (block instanceof Block.Paragraph paragraph) {
				Typeface typeface = switch (paragraph.level()) {
					case 1 -> Typeface.HEITI;
					case 2 -> Typeface.KAITI;
					default -> Typeface.FANGSONG;
				};
				paragraph(paragraph.text(), typeface, paragraph.level() == 3, 2, 0);
			}
			else if (block instanceof Block.Table table) {
				table(table);
			}
		}
	}

	/**
	 * Sets a paragraph on the grid, breaking lines at 28 characters, never a closing mark
	 * at a line's start.
	 * @param indent characters the first line starts in
	 * @param hanging characters the following lines start in
	 */
	private void paragraph(String text, Typeface typeface, boolean bold, int indent, int hanging) {
		List<String> lines = wrap(text, (CHARACTERS - indent) * CELL, (CHARACTERS - hanging) * CELL, CELL);
		for (int i = 0; i < lines.size(); i++) {
			place(new Text(lines.get(i), typeface, BODY, bold, Placed.BLACK, left((i == 0) ? indent : hanging), 0, CELL,
					1));
		}
	}

	private void place(Text text) {
		if (this.line >= LINES) {
			this.page = newPage();
		}
		this.page.add(new Text(text.text(), text.typeface(), text.size(), text.bold(), text.colour(), text.x(),
				baseline(this.line++, text.size()), text.pitch(), text.widthScale()));
	}

	/**
	 * Sets a table as rows of cells on the grid, ruled above and below each row: each
	 * column as wide as its longest cell asks, shared out of the 版心's width when they ask
	 * for more, and a cell longer than its column wrapped onto further lines of its row,
	 * so that no character of a cell is lost. A row starts on a new page when it does not
	 * fit on the current one.
	 */
	private void table(Block.Table table) {
		int[] widths = columnWidths(table.rows());
		for (int r = 0; r < table.rows().size(); r++) {
			List<String> row = table.rows().get(r);
			List<List<String>> cells = new ArrayList<>();
			int height = 1;
			for (int c = 0; c < widths.length; c++) {
				List<String> lines = wrap(row.get(c), widths[c] - 1);
				cells.add(lines);
				height = Math.max(height, lines.size());
			}
			if (this.line + height > LINES) {
				this.page = newPage();
			}
			double top = PAGE.topMargin() + this.line * PITCH;
			this.page.add(new Rule(left(0), right(0), top, 0.25, Placed.BLACK));
			int start = 0;
			for (int c = 0; c < widths.length; c++) {
				for (int l = 0; l < cells.get(c).size(); l++) {
					this.page.add(new Text(cells.get(c).get(l), (r == 0) ? Typeface.HEITI : Typeface.FANGSONG, BODY,
							false, Placed.BLACK, left(start) + CELL / 2, baseline(this.line + l, BODY), CELL, 1));
				}
				start += widths[c];
			}
			this.line += height;
			this.page.add(new Rule(left(0), right(0), PAGE.topMargin() + this.line * PITCH, 0.25, Placed.BLACK));
		}
	}

	/**
	 * @return each column's width in characters: what its longest cell needs (with half a
	 * character either side) when the line holds every column so; otherwise each column
	 * as wide as its heading, the rest of the line shared in proportion to what the
	 * columns still need; never narrower than {@value #NARROWEST_COLUMN}
	 */
	static int[] columnWidths(List<List<String>> rows) {
		int columns = rows.get(0).size();
		int[] wanted = new int[columns];
		int[] least = new int[columns];
		for (int c = 0; c < columns; c++) {
			least[c] = Math.max(NARROWEST_COLUMN, rows.get(0).get(c).length() + 1);
		}
		for (List<String> row : rows) {
			for (int c = 0; c < columns; c++) {
				wanted[c] = Math.max(wanted[c], Math.max(least[c], row.get(c).length() + 1));
			}
		}
		if (Arrays.stream(least).sum() > CHARACTERS) {
			Arrays.fill(least, NARROWEST_COLUMN);
		}
		int total = Arrays.stream(wanted).sum();
		int[] widths = new int[columns];
		if (total <= CHARACTERS) {
			int spare = CHARACTERS - total;
			for (int c = 0; c < columns; c++) {
				widths[c] = wanted[c] + spare / columns + ((c < spare % columns) ? 1 : 0);
			}
			return widths;
		}
		int extra = CHARACTERS - Arrays.stream(least).sum();
		int needed = 0;
		for (int c = 0; c < columns; c++) {
			needed += Math.max(0, wanted[c] - least[c]);
		}
		int shared = 0;
		for (int c = 0; c < columns; c++) {
			widths[c] = least[c] + Math.max(0, wanted[c] - least[c]) * extra / needed;
			shared += widths[c];
		}
		widths[widest(widths)] += CHARACTERS - shared;
		return widths;
	}

	private static int widest(int[] widths) {
		int widest = 0;
		for (int c = 1; c < widths.length; c++) {
			widest = (widths[c] > widths[widest]) ? c : widest;
		}
		return widest;
	}

	private static List<String> wrap(String text, int characters) {
		List<String> lines = new ArrayList<>();
		int[] codePoints = text.codePoints().toArray();
		for (int from = 0; from < codePoints.length; from += characters) {
			lines.add(new String(codePoints, from, Math.min(characters, codePoints.length - from)));
		}
		return lines.isEmpty() ? List.of("") : lines;
	}

	/**
	 * 发文机关署名 centred over the 成文日期, which stands four characters in from the right
	 * (7.3.5.1), two lines below the text, the seal over both; the 附注 below in brackets.
	 */
	private void signature() {
		String date = date(this.document.date());
		if (this.line + 2 + this.document.signatures().size() + 1 > LINES) {
			carryOver(2);
		}
		this.line += 2;
		double dateX = right(4) - Text.width(date, CELL);
		double middle = dateX + Text.width(date, CELL) / 2;
		int firstLine = this.line;
		for (String signature : this.document.signatures()) {
			place(new Text(signature, Typeface.FANGSONG, BODY, false, Placed.BLACK,
					middle - Text.width(signature, CELL) / 2, 0, CELL, 1));
		}
		place(new Text(date, Typeface.FANGSONG, BODY, false, Placed.BLACK, dateX, 0, CELL, 1));
		String seal = this.document.seal();
		if (seal != null) {
			double centre = (PAGE.topMargin() + firstLine * PITCH + PAGE.topMargin() + this.line * PITCH) / 2
					- SEAL_RAISED;
			this.page.add(new Placed.Image(Path.of(seal), middle - SEAL / 2, centre - SEAL / 2, SEAL));
		}
		String note = this.document.note();
		if (note != null) {
			paragraph("（" + note + "）", Typeface.FANGSONG, false, 2, 0);
		}
	}

	/**
	 * Starts a new page with the last lines of text of the current one (and any blank
	 * line between them), so that the 署名 and date never stand on a page of their own
	 * (GB/T 9704-2012 7.3.5 allows no page without body text before them). A blank line
	 * before the lines carried is left behind: the new page starts with text on its first
	 * line.
	 */
	private void carryOver(int lines) {
		List<Placed> previous = this.page;
		List<Integer> textLines = new ArrayList<>();
		for (int k = 0; k < this.line; k++) {
			double baseline = baseline(k, BODY);
			if (previous.stream()
				.anyMatch((placed) -> placed instanceof Text text && Math.abs(text.baseline() - baseline) < 0.01)) {
				textLines.add(k);
			}
		}
		int from = textLines.isEmpty() ? this.line : textLines.get(Math.max(0, textLines.size() - lines));
		int end = this.line;
		this.page = newPage();
		for (int k = from; k < end; k++) {
			double baseline = baseline(k, BODY);
			for (Placed placed : List.copyOf(previous)) {
				if (placed instanceof Text text && Math.abs(text.baseline() - baseline) < 0.01) {
					previous.remove(text);
					this.page.add(new Text(text.text(), text.typeface(), text.size(), text.bold(), text.colour(),
							text.x(), baseline(k - from, BODY), text.pitch(), text.widthScale()));
				}
			}
		}
		this.line = end - from;
	}

	/**
	 * An order's signature (7.3.5.3): two lines below the text, four characters in from
	 * the right, the signer's 签名章 (or, without one, the name), the 职务 two characters to
	 * its left; the date a line lower, four characters in from the right.
	 */
	private void signedBy() {
		String name = this.document.signers().get(0);
		String office = this.document.signatures().isEmpty() ? "" : this.document.signatures().get(0);
		String date = date(this.document.date());
		if (this.line + 5 > LINES) {
			carryOver(2);
		}
		this.line += 2;
		double nameX = right(4) - Text.width(name, CELL);
		int nameLine = this.line;
		String seal = this.document.seal();
		if (seal == null) {
			this.page.add(new Text(name, Typeface.KAITI, BODY, false, Placed.BLACK, nameX, baseline(nameLine, BODY),
					CELL, 1));
		}
		else {
			double centre = PAGE.topMargin() + nameLine * PITCH + PITCH / 2;
			double size = 2 * PITCH;
			this.page.add(new Placed.Image(Path.of(seal), nameX + Text.width(name, CELL) / 2 - size / 2,
					centre - size / 2, size));
		}
		this.page.add(new Text(office, Typeface.FANGSONG, BODY, false, Placed.BLACK,
				nameX - 2 * CELL - Text.width(office, CELL), baseline(nameLine, BODY), CELL, 1));
		this.line += 2;
		place(new Text(date, Typeface.FANGSONG, BODY, false, Placed.BLACK, right(4) - Text.width(date, CELL), 0, CELL,
				1));
	}

	private void attachments() {
		List<Attachment> attachments = this.document.attachments();
		for (int i = 0; i < attachments.size(); i++) {
			Attachment attachment = attachments.get(i);
			if (attachment.body().isEmpty()) {
				continue;
			}
			this.page = newPage();
			String label = (attachments.size() == 1) ? "附件" : "附件" + (i + 1);
			this.page.add(text(label, Typeface.HEITI, BODY, false, Placed.BLACK, left(0), baseline(0, BODY)));
			this.line = 2;
			for (String part : titleLines(attachment.title())) {
				this.page.add(centred(part, Typeface.XIAOBIAOSONG, TITLE, Placed.BLACK, baseline(this.line++, TITLE)));
			}
			this.line++;
			body(attachment.body());
		}
	}

	/**
	 * The 版记 at the foot of the last page, which must be even: 抄送机关 and 印发机关 with 印发日期,
	 * between rules (7.4). Pages added for it, and a blank page before it, carry no page
	 * number.
	 */
	private void imprint() {
		List<String> copiesTo = this.document.copiesTo();
		String printedBy = this.document.printedBy();
		if (copiesTo.isEmpty() && printedBy == null) {
			return;
		}
		double small = SMALL * MM_PER_POINT;
		double room = PAGE.typeAreaWidth() - 2 * small;
		List<String> copies = copiesTo.isEmpty() ? List.of()
				: wrap("抄送：" + String.join("，", copiesTo) + "。", room, room - 3 * small, small);
		if (this.document.format() == DocumentFormat.LETTER) {
			letterImprint(copies);
			return;
		}
		int needed = copies.size() + ((printedBy == null) ? 0 : 1);
		boolean even = this.pages.size() % 2 == 0;
		if (!even || this.line + needed > LINES) {
			boolean blankBefore = even;
			if (blankBefore) {
				this.page = newPage();
				unnumber(this.pages.size() - 1);
			}
			this.page = newPage();
			if (blankBefore) {
				unnumber(this.pages.size() - 1);
			}
		}
		double bottom = PAGE.topMargin() + PAGE.typeAreaHeight();
		int row = LINES - needed;
		double top = PAGE.topMargin() + row * PITCH;
		this.page.add(new Rule(left(0), right(0), top, 0.35, Placed.BLACK));
		for (int i = 0; i < copies.size(); i++) {
			double x = left(0) + small + ((i == 0) ? 0 : 3 * small);
			this.page.add(new Text(copies.get(i), Typeface.FANGSONG, SMALL, false, Placed.BLACK, x,
					baseline(row++, SMALL), small, 1));
		}
		if (printedBy != null) {
			if (!copies.isEmpty()) {
				this.page.add(new Rule(left(0), right(0), PAGE.topMargin() + row * PITCH, 0.25, Placed.BLACK));
			}
			LocalDate printedOn = Objects.requireNonNullElse(this.document.printedOn(), this.document.date());
			String printed = date(printedOn) + "印发";
			double baseline = baseline(row, SMALL);
			this.page.add(new Text(printedBy, Typeface.FANGSONG, SMALL, false, Placed.BLACK, left(0) + small, baseline,
					small, 1));
			this.page.add(new Text(printed, Typeface.FANGSONG, SMALL, false, Placed.BLACK,
					right(0) - small - Text.width(printed, small), baseline, small, 1));
		}
		this.page.add(new Rule(left(0), right(0), bottom, 0.35, Placed.BLACK));
	}

	/**
	 * The 信函格式's 版记 (10.1): the 抄送机关 at the foot of the last page, without 印发机关, 印发日期 or
	 * rules.
	 */
	private void letterImprint(List<String> copies) {
		if (copies.isEmpty()) {
			return;
		}
		if (this.line + copies.size() > LINES) {
			this.page = newPage();
		}
		double small = SMALL * MM_PER_POINT;
		int row = LINES - copies.size();
		for (int i = 0; i < copies.size(); i++) {
			this.page.add(new Text(copies.get(i), Typeface.FANGSONG, SMALL, false, Placed.BLACK,
					left(0) + small + ((i == 0) ? 0 : 3 * small), baseline(row++, SMALL), small, 1));
		}
	}

	/**
	 * Takes the number off a page: a blank page before the 版记, and the 版记 page after it,
	 * carry none (7.5).
	 */
	private void unnumber(int index) {
		this.pages.set(index, new Page(0, this.pages.get(index).items()));
	}

	/**
	 * @return the page number's text and place: — 1 —, 4号 half-width 宋体, 7 mm below the
	 * 版心, odd pages right and even pages left, one character in
	 */
	static Text pageNumber(int number) {
		double small = SMALL * MM_PER_POINT;
		String text = "— " + number + " —";
		double width = Text.width(text, small);
		double x = (number % 2 == 1) ? PAGE.leftMargin() + PAGE.typeAreaWidth() - small - width
				: PAGE.leftMargin() + small;
		double baseline = PAGE.topMargin() + PAGE.typeAreaHeight() + PAGE_NUMBER_GAP + 0.88 * small;
		return new Text(text, Typeface.SONGTI, SMALL, false, Placed.BLACK, x, baseline, small, 1);
	}

	/**
	 * @return the title broken into lines that fit the 版心 in 2号, each no longer than the
	 * one above so that the title narrows like a trapezoid, broken where the meaning
	 * allows: after 关于, 的, 和, 与, 及 or a mark, never inside a number
	 */
	static List<String> titleLines(String title) {
		if (title.indexOf('\n') >= 0) {
			return title.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		}
		double pitch = TITLE * MM_PER_POINT;
		double room = PAGE.typeAreaWidth() - 2 * pitch;
		List<String> lines = new ArrayList<>();
		String rest = title;
		while (Text.width(rest, pitch) > room) {
			int lineCount = (int) Math.ceil(Text.width(rest, pitch) / room);
			double target = Text.width(rest, pitch) / lineCount;
			int best = -1;
			double bestCost = Double.MAX_VALUE;
			for (int end = 1; end < rest.length(); end++) {
				double width = Text.width(rest.substring(0, end), pitch);
				if (width > room || NO_LINE_START.indexOf(rest.charAt(end)) >= 0
						|| (Character.isDigit(rest.charAt(end)) && Character.isDigit(rest.charAt(end - 1)))) {
					continue;
				}
				double cost = Math.abs(width - target) + ((width < target) ? pitch : 0)
						- (breaksByMeaning(rest, end) ? 2 * pitch : 0);
				if (cost < bestCost) {
					bestCost = cost;
					best = end;
				}
			}
			if (best < 0) {
				break;
			}
			lines.add(rest.substring(0, best));
			rest = rest.substring(best);
		}
		lines.add(rest);
		return lines;
	}

	private static boolean breaksByMeaning(String text, int at) {
		char before = text.charAt(at - 1);
		return "的和与及、，".indexOf(before) >= 0 || text.startsWith("关于", at - 2) || text.startsWith("关于", at);
	}

	/**
	 * Breaks text into lines: the first {@code firstRoom} wide, the others
	 * {@code nextRoom}; a closing mark never starts a line (it takes the character before
	 * it along), an opening mark never ends one, and a number or Latin word is never cut.
	 */
	static List<String> wrap(String text, double firstRoom, double nextRoom, double pitch) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		double room = firstRoom;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (current.length() > 0 && Text.width(current.toString() + c, pitch) > room + 1e-6) {
				int keep = current.length();
				if (NO_LINE_START.indexOf(c) >= 0) {
					keep--;
				}
				else if (isAlphanumeric(c)) {
					while (keep > 0 && isAlphanumeric(current.charAt(keep - 1))) {
						keep--;
					}
				}
				while (keep > 1 && NO_LINE_END.indexOf(current.charAt(keep - 1)) >= 0) {
					keep--;
				}
				keep = (keep <= 0) ? current.length() : keep;
				lines.add(current.substring(0, keep));
				current = new StringBuilder(current.substring(keep));
				room = nextRoom;
			}
			current.append(c);
		}
		if (current.length() > 0) {
			lines.add(current.toString());
		}
		return lines;
	}

	private static boolean isAlphanumeric(char c) {
		return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '%';
	}

	/**
	 * @return the names separated by ，, in lines of the given width broken only between
	 * names (a name longer than a line is broken as text is)
	 */
	static List<String> wrapNames(List<String> names, double room) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (int i = 0; i < names.size(); i++) {
			String item = names.get(i) + ((i < names.size() - 1) ? "，" : "");
			if (current.length() > 0 && Text.width(current + item, CELL) > room + 1e-6) {
				lines.add(current.toString());
				current.setLength(0);
			}
			if (Text.width(item, CELL) > room) {
				List<String> parts = wrap(item, room, room, CELL);
				lines.addAll(parts.subList(0, parts.size() - 1));
				current.append(parts.get(parts.size() - 1));
			}
			else {
				current.append(item);
			}
		}
		if (current.length() > 0) {
			lines.add(current.toString());
		}
		return lines;
	}

	/**
	 * @return the grid line whose top is the first at or below {@code y}
	 */
	private static int lineBelow(double y) {
		return (int) Math.ceil((y - PAGE.topMargin()) / PITCH - 1e-6);
	}

	private static double left(int characters) {
		return PAGE.leftMargin() + characters * CELL;
	}

	private static double right(int characters) {
		return PAGE.leftMargin() + PAGE.typeAreaWidth() - characters * CELL;
	}

	private static Text text(String text, Typeface typeface, double size, boolean bold, int colour, double x,
			double baseline) {
		return new Text(text, typeface, size, bold, colour, x, baseline, size * MM_PER_POINT, 1);
	}

	private static Text centred(String text, Typeface typeface, double size, int colour, double baseline) {
		double pitch = size * MM_PER_POINT;
		double x = PAGE.leftMargin() + (PAGE.typeAreaWidth() - Text.width(text, pitch)) / 2;
		return new Text(text, typeface, size, false, colour, x, baseline, pitch, 1);
	}

	/**
	 * @return the date as 公文 write it: 2026年12月1日, Arabic numerals, no padding (7.3.5)
	 */
	static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static String pad(String copyNumber) {
		return "0".repeat(6 - copyNumber.length()) + copyNumber;
	}

}
