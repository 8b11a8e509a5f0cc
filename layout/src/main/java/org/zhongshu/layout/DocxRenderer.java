package org.zhongshu.layout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STWrap;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.zhongshu.layout.Placed.Rule;
import org.zhongshu.layout.Placed.Text;
import org.zhongshu.layout.Typefaces.Typeface;

/**
 * Writes a document as DOCX for WPS and Word, editable and in the GB/T 9704-2012 layout:
 * A4 with the norm's margins and a line grid of 22 lines, named styles for the text,
 * headings, title and 版记, every line exactly 28.95 pt and 3号 text condensed to 28
 * characters a line. The 版头 stands in frames at the places the composer gave them (the
 * red line a shaded frame), the text flows from the title's line, the 版记 is a table
 * floating at the foot of the last page, and page numbers are fields in the footers, odd
 * pages right and even pages left. Fonts are named, not embedded: WPS and Word use the
 * office's installed fonts of those names.
 */
public final class DocxRenderer extends Renderer {

	private static final double TWIPS_PER_MM = 1440 / 25.4;

	/** Exactly 28.95 pt a line: 22 lines on the 版心's 225 mm. */
	private static final int LINE = 579;

	/** The 版记's rules in eighths of a point: 0.35 mm and 0.25 mm. */
	private static final int THICK_RULE = 8;

	private static final int THIN_RULE = 6;

	private static final double EMU_PER_MM = 36000;

	/**
	 * A picture in front of the text, placed from the page's left edge and the top of its
	 * paragraph: x, y, width, height in EMU, and its id.
	 */
	private static final String FLOATING_PICTURE = """
			<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
			distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0" \
			locked="0" layoutInCell="1" allowOverlap="1">
			<wp:simplePos x="0" y="0"/>
			<wp:positionH relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionH>
			<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>
			<wp:extent cx="%d" cy="%d"/>
			<wp:effectExtent l="0" t="0" r="0" b="0"/>
			<wp:wrapNone/>
			<wp:docPr id="%d" name="印章"/>
			<wp:cNvGraphicFramePr/>
			</wp:anchor>""";

	public DocxRenderer(Typefaces typefaces) {
		super(typefaces);
	}

	/**
	 * @param document the document
	 * @return the DOCX file
	 * @throws IllegalArgumentException if the seal is not a PNG or JPEG picture
	 */
	@Override
	public synchronized byte[] render(OfficialDocument document) {
		List<Composer.Page> pages = Composer.compose(document);
		try (XWPFDocument docx = new XWPFDocument()) {
			Map<Typeface, String> families = new EnumMap<>(Typeface.class);
			for (Typeface typeface : Typeface.values()) {
				families.put(typeface, this.fonts.family(typeface));
			}
			docx.createStyles().setStyles(styles(families));
			new Writer(docx, document, families).write(Composer.head(document), pages);
			docx.getProperties().getCoreProperties().setTitle(document.title());
			docx.getProperties().getCoreProperties().setCreator("中枢 Zhongshu");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CTStyles styles(Map<Typeface, String> families) throws IOException {
		String xml;
		try (InputStream in = DocxRenderer.class.getResourceAsStream("docx-styles.xml")) {
			xml = new String(Objects.requireNonNull(in, "docx-styles.xml").readAllBytes(), StandardCharsets.UTF_8);
		}
		for (Map.Entry<Typeface, String> family : families.entrySet()) {
			xml = xml.replace("${" + family.getKey().name() + "}", escape(family.getValue()));
		}
		try {
			return StylesDocument.Factory.parse(xml).getStyles();
		}
		catch (XmlException ex) {
			throw new IllegalStateException("docx-styles.xml 不是有效的样式表", ex);
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static BigInteger twips(double millimetres) {
		return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
	}

	/**
	 * @return the width of so many characters of 3号 text on the grid, in twips
	 */
	private static BigInteger characters(double count) {
		return twips(count * Composer.CELL);
	}

	/**
	 * Writes one document.
	 */
	private static final class Writer {

		private final XWPFDocument docx;

		private final OfficialDocument document;

		private final Map<Typeface, String> families;

		Writer(XWPFDocument docx, OfficialDocument document, Map<Typeface, String> families) {
			this.docx = docx;
			this.document = document;
			this.families = families;
		}

		void write(Composer.Head head, List<Composer.Page> pages) throws IOException {
			CTSectPr section = this.docx.getDocument().getBody().addNewSectPr();
			pageSetup(section);
			boolean letter = this.document.format() == DocumentFormat.LETTER;
			numberedFooters(section, letter);
			for (Placed placed : head.items()) {
				frame(placed);
			}
			title();
			main();
			attachments();
			XWPFParagraph opening = this.docx.getParagraphs()
				.stream()
				.filter((paragraph) -> ppr(paragraph).getFramePr() == null)
				.findFirst()
				.orElseThrow();
			spacing(opening).setBefore(BigInteger.valueOf((long) head.titleLine() * LINE));
			imprint(pages, section);
		}

		/**
		 * A4, 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm, a grid of 22 lines; the footer
		 * placed so that page numbers stand 7 mm below the 版心.
		 */
		private void pageSetup(CTSectPr section) {
			PageGeometry page = Composer.PAGE;
			section.addNewPgSz().setW(twips(page.pageWidth()));
			section.getPgSz().setH(twips(page.pageHeight()));
			var margins = section.addNewPgMar();
			margins.setTop(twips(page.topMargin()));
			margins.setBottom(twips(page.bottomMargin()));
			margins.setLeft(twips(page.leftMargin()));
			margins.setRight(twips(page.rightMargin()));
			margins.setHeader(twips(15));
			double small = Composer.SMALL * Composer.MM_PER_POINT;
			double numberBottom = page.topMargin() + page.typeAreaHeight() + Composer.PAGE_NUMBER_GAP + small;
			margins.setFooter(twips(page.pageHeight() - numberBottom));
			margins.setGutter(BigInteger.ZERO);
			var grid = section.addNewDocGrid();
			grid.setType(STDocGrid.LINES);
			grid.setLinePitch(BigInteger.valueOf(LINE));
		}

		/**
		 * Page numbers as fields, — 1 —, odd pages right and even pages left, one
		 * character in; a letter shows none on its first page.
		 */
		private void numberedFooters(CTSectPr section, boolean letter) {
			this.docx.setEvenAndOddHeadings(true);
			XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(this.docx, section);
			pageNumber(policy.createFooter(STHdrFtr.DEFAULT), ParagraphAlignment.RIGHT);
			pageNumber(policy.createFooter(STHdrFtr.EVEN), ParagraphAlignment.LEFT);
			if (letter) {
				section.addNewTitlePg();
				policy.createFooter(STHdrFtr.FIRST);
			}
		}

		private void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
			XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph()
					: footer.getParagraphs().get(0);
			paragraph.setStyle("GwPageNumber");
			paragraph.setAlignment(side);
			BigInteger oneCharacter = twips(Composer.SMALL * Composer.MM_PER_POINT);
			if (side == ParagraphAlignment.RIGHT) {
				paragraph.setIndentationRight(oneCharacter.intValue());
			}
			else {
				paragraph.setIndentationLeft(oneCharacter.intValue());
			}
			paragraph.createRun().setText("— ");
			var field = paragraph.getCTP().addNewFldSimple();
			field.setInstr(" PAGE ");
			field.addNewR().addNewT().setStringValue("1");
			paragraph.createRun().setText(" —");
		}

		/**
		 * Sets an item of the 版头 in a frame at its place on the first page: text in its
		 * font, size, colour and pitch, with its baseline where the composer put it,
		 * centred, right-aligned or left-aligned as it stands, so that fonts of other
		 * widths keep it in place; a rule as a shaded frame of its thickness.
		 */
		private void frame(Placed placed) {
			XWPFParagraph paragraph = this.docx.createParagraph();
			paragraph.setStyle("GwHead");
			CTFramePr frame = ppr(paragraph).addNewFramePr();
			frame.setHAnchor(STHAnchor.PAGE);
			frame.setVAnchor(STVAnchor.PAGE);
			frame.setWrap(STWrap.AROUND);
			frame.setHRule(STHeightRule.EXACT);
			if (placed instanceof Text text) {
				double em = text.size() * Composer.MM_PER_POINT;
				double height = 1.25 * em;
				double end = text.x() + text.width();
				double middle = Composer.PAGE.leftMargin() + Composer.PAGE.typeAreaWidth() / 2;
				if (Math.abs((text.x() + end) / 2 - middle) < 0.5) {
					paragraph.setAlignment(ParagraphAlignment.CENTER);
					frame.setX(twips(Composer.PAGE.leftMargin()));
					frame.setW(twips(Composer.PAGE.typeAreaWidth()));
				}
				else if (text.x() > middle) {
					paragraph.setAlignment(ParagraphAlignment.RIGHT);
					frame.setX(twips(end - text.width() - em));
					frame.setW(twips(text.width() + em));
				}
				else {
					frame.setX(twips(text.x()));
					frame.setW(twips(text.width() + em));
				}
				frame.setY(twips(text.baseline() - height / 2 - 0.38 * em));
				frame.setH(twips(height));
				CTSpacing spacing = spacing(paragraph);
				spacing.setLine(twips(height));
				spacing.setLineRule(STLineSpacingRule.EXACT);
				run(paragraph, text);
			}
			else if (placed instanceof Rule rule) {
				frame.setX(twips(rule.x1()));
				frame.setY(twips(rule.y() - rule.thickness() / 2));
				frame.setW(twips(rule.x2() - rule.x1()));
				frame.setH(twips(rule.thickness()));
				CTSpacing spacing = spacing(paragraph);
				spacing.setLine(twips(rule.thickness()).max(BigInteger.ONE));
				spacing.setLineRule(STLineSpacingRule.EXACT);
				CTShd shading = ppr(paragraph).addNewShd();
				shading.setVal(STShd.CLEAR);
				shading.setFill(hex(rule.colour()));
				XWPFRun empty = paragraph.createRun();
				empty.setFontSize(1);
			}
		}

		/**
		 * A run of the composer's text: font, size, colour, bold, narrowed glyphs, and
		 * the spacing that makes each character take its pitch.
		 */
		private void run(XWPFParagraph paragraph, Text text) {
			XWPFRun run = paragraph.createRun();
			run.setText(text.text());
			font(run, text.typeface());
			run.setFontSize(text.size());
			run.setColor(hex(text.colour()));
			run.setBold(text.bold());
			if (text.widthScale() != 1) {
				run.setTextScale((int) Math.round(text.widthScale() * 100));
			}
			double glyph = text.size() * text.widthScale();
			run.setCharacterSpacing((int) Math.floor((text.pitch() / Composer.MM_PER_POINT - glyph) * 20));
		}

		private void font(XWPFRun run, Typeface typeface) {
			String family = this.families.get(typeface);
			run.setFontFamily(family, XWPFRun.FontCharRange.ascii);
			run.setFontFamily(family, XWPFRun.FontCharRange.hAnsi);
			run.setFontFamily(family, XWPFRun.FontCharRange.eastAsia);
			run.setFontFamily(family, XWPFRun.FontCharRange.cs);
		}

		/**
		 * Sets the title, its lines broken where the composer broke them, a blank line
		 * after it; an order may have none.
		 */
		private void title() {
			if (this.document.title().isEmpty()) {
				return;
			}
			XWPFParagraph paragraph = this.docx.createParagraph();
			paragraph.setStyle("GwTitle");
			XWPFRun run = paragraph.createRun();
			List<String> lines = Composer.titleLines(this.document.title());
			for (int i = 0; i < lines.size(); i++) {
				if (i > 0) {
					run.addBreak();
				}
				run.setText(lines.get(i), i);
			}
			spacing(paragraph).setAfter(BigInteger.valueOf(LINE));
		}

		private void main() throws IOException {
			if (this.document.recipients() != null) {
				paragraph("GwFlush", this.document.recipients());
			}
			body(this.document.body());
			List<Attachment> attachments = this.document.attachments();
			for (int i = 0; i < attachments.size(); i++) {
				String label = (i == 0) ? "附件：" : "";
				String numbered = (attachments.size() == 1) ? attachments.get(i).title()
						: (i + 1) + "." + attachments.get(i).title();
				XWPFParagraph paragraph = paragraph("GwFlush", label + numbered);
				int hanging = (attachments.size() == 1) ? 5 : 6;
				paragraph.setIndentationLeft(characters(hanging).intValue());
				paragraph.setIndentationHanging(characters(hanging - 2).intValue());
				if (i == 0) {
					spacing(paragraph).setBefore(BigInteger.valueOf(LINE));
				}
			}
			attendance();
			switch (Composer.Closing.of(this.document)) {
				case SIGNER -> signedBy();
				case ISSUERS -> signature();
				case NONE -> {
				}
			}
		}

		private void body(List<Block> blocks) {
			for (Block block : blocks) {
				if (block instanceof Block.Paragraph paragraph) {
					paragraph((paragraph.level() == 0) ? "GwBody" : "GwHeading" + paragraph.level(), paragraph.text());
				}
				else if (block instanceof Block.Table table) {
					table(table);
				}
			}
		}

		private XWPFParagraph paragraph(String style, String text) {
			XWPFParagraph paragraph = this.docx.createParagraph();
			paragraph.setStyle(style);
			if (!text.isEmpty()) {
				paragraph.createRun().setText(text);
			}
			return paragraph;
		}

		/**
		 * A table the width of the 版心, its columns equal, ruled above and below each row,
		 * the first row in 黑体.
		 */
		private void table(Block.Table table) {
			int columns = table.rows().get(0).size();
			XWPFTable grid = this.docx.createTable(table.rows().size(), columns);
			CTTblPr properties = grid.getCTTbl().getTblPr();
			fullWidth(properties);
			rules(properties, THIN_RULE, THIN_RULE);
			BigInteger width = twips(Composer.PAGE.typeAreaWidth() / columns);
			for (int r = 0; r < table.rows().size(); r++) {
				XWPFTableRow row = grid.getRow(r);
				row.setHeight(LINE);
				row.getCtRow().getTrPr().getTrHeightArray(0).setHRule(STHeightRule.EXACT);
				for (int c = 0; c < columns; c++) {
					XWPFTableCell cell = row.getCell(c);
					cell.getCTTc().addNewTcPr().addNewTcW().setW(width);
					XWPFParagraph paragraph = cell.getParagraphs().get(0);
					paragraph.setStyle("GwFlush");
					paragraph.setIndentationLeft(characters(0.5).intValue());
					XWPFRun run = paragraph.createRun();
					run.setText(table.rows().get(r).get(c));
					if (r == 0) {
						font(run, Typeface.HEITI);
					}
				}
			}
		}

		/**
		 * The 纪要's 出席, 请假 and 列席 lists: the kind in 黑体 two characters in, the names after
		 * the colon, later lines aligned with the first name.
		 */
		private void attendance() {
			List<Attendance> lists = this.document.attendance();
			for (int i = 0; i < lists.size(); i++) {
				XWPFParagraph paragraph = this.docx.createParagraph();
				paragraph.setStyle("GwFlush");
				paragraph.setIndentationLeft(characters(5).intValue());
				paragraph.setIndentationHanging(characters(3).intValue());
				if (i == 0) {
					spacing(paragraph).setBefore(BigInteger.valueOf(LINE));
				}
				XWPFRun kind = paragraph.createRun();
				kind.setText(lists.get(i).kind() + "：");
				font(kind, Typeface.HEITI);
				XWPFRun names = paragraph.createRun();
				List<String> lines = Composer.wrapNames(lists.get(i).names(),
						(Composer.CHARACTERS - 5) * Composer.CELL);
				for (int k = 0; k < lines.size(); k++) {
					if (k > 0) {
						names.addBreak();
					}
					names.setText(lines.get(k), k);
				}
			}
		}

		/**
		 * 发文机关署名 centred over the 成文日期, four characters in from the right, two lines
		 * below the text and kept on the page of its last lines; the seal over both; the
		 * 附注 below.
		 */
		private void signature() throws IOException {
			keepLastLinesWithWhatFollows();
			blankLines(2);
			String date = Composer.date(this.document.date());
			double dateWidth = Text.width(date, Composer.CELL);
			List<String> signatures = this.document.signatures();
			XWPFParagraph first = null;
			for (String signature : signatures) {
				XWPFParagraph paragraph = rightAligned(signature,
						4 + (dateWidth - Text.width(signature, Composer.CELL)) / 2 / Composer.CELL);
				first = (first == null) ? paragraph : first;
			}
			XWPFParagraph dated = rightAligned(date, 4);
			if (this.document.seal() != null) {
				double middle = Composer.PAGE.leftMargin() + Composer.PAGE.typeAreaWidth() - 4 * Composer.CELL
						- dateWidth / 2;
				double centre = (signatures.size() + 1) * Composer.PITCH / 2 - Composer.SEAL_RAISED;
				seal((first == null) ? dated : first, middle - Composer.SEAL / 2, centre - Composer.SEAL / 2,
						Composer.SEAL);
			}
			if (this.document.note() != null) {
				paragraph("GwBody", "（" + this.document.note() + "）");
			}
		}

		/**
		 * An order's signature: the signer's 职务, two characters, the name in 楷体 (or the
		 * 签名章 over its place), four characters in from the right, two lines below the
		 * text; the date a line lower.
		 */
		private void signedBy() throws IOException {
			keepLastLinesWithWhatFollows();
			blankLines(2);
			String name = this.document.signers().get(0);
			String office = this.document.signatures().isEmpty() ? "" : this.document.signatures().get(0);
			XWPFParagraph signed;
			if (this.document.seal() == null) {
				signed = rightAligned(office + "　　", 4);
				XWPFRun named = signed.createRun();
				named.setText(name);
				font(named, Typeface.KAITI);
			}
			else {
				signed = rightAligned(office, 4 + 2 + Text.width(name, Composer.CELL) / Composer.CELL);
			}
			blankLines(1);
			rightAligned(Composer.date(this.document.date()), 4);
			if (this.document.seal() != null) {
				double size = 2 * Composer.PITCH;
				double nameX = Composer.PAGE.leftMargin() + Composer.PAGE.typeAreaWidth() - 4 * Composer.CELL
						- Text.width(name, Composer.CELL) / 2 - size / 2;
				seal(signed, nameX, Composer.PITCH / 2 - size / 2, size);
			}
		}

		/**
		 * Blank lines kept with what follows them.
		 */
		private void blankLines(int count) {
			for (int i = 0; i < count; i++) {
				ppr(paragraph("GwFlush", "")).addNewKeepNext();
			}
		}

		private XWPFParagraph rightAligned(String text, double charactersIn) {
			XWPFParagraph paragraph = paragraph("GwFlush", text);
			paragraph.setAlignment(ParagraphAlignment.RIGHT);
			paragraph.setIndentationRight(characters(charactersIn).intValue());
			ppr(paragraph).addNewKeepNext();
			return paragraph;
		}

		/**
		 * Keeps the text's last paragraph on the page of the signature that follows: no
		 * page holds the 署名 alone (GB/T 9704-2012 7.3.5).
		 */
		private void keepLastLinesWithWhatFollows() {
			List<XWPFParagraph> paragraphs = this.docx.getParagraphs();
			XWPFParagraph last = paragraphs.get(paragraphs.size() - 1);
			if (ppr(last).getFramePr() == null) {
				ppr(last).addNewKeepNext();
			}
		}

		/**
		 * Presses the seal over the text: a picture floating in front of it, placed from
		 * the page's left edge and from the top of the paragraph it comes with, so that
		 * it moves with the signature if the text before it grows.
		 * @param x from the page's left edge
		 * @param y from the top of the paragraph
		 */
		private void seal(XWPFParagraph anchor, double x, double y, double size) throws IOException {
			byte[] picture = new Placed.Image(Path.of(this.document.seal()), x, y, size).picture();
			boolean png = (picture[0] & 0xFF) == 0x89;
			XWPFRun run = anchor.createRun();
			int emu = (int) Math.round(size * EMU_PER_MM);
			try {
				run.addPicture(new ByteArrayInputStream(picture),
						png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, png ? "seal.png" : "seal.jpg",
						emu, emu);
			}
			catch (InvalidFormatException ex) {
				throw new IllegalArgumentException("印章图片应为 PNG 或 JPEG 文件：" + this.document.seal(), ex);
			}
			CTDrawing drawing = run.getCTR().getDrawingArray(0);
			CTInline inline = drawing.getInlineArray(0);
			CTAnchor floating;
			try {
				floating = CTAnchor.Factory.parse(
						FLOATING_PICTURE.formatted(Math.round(x * EMU_PER_MM), Math.round(y * EMU_PER_MM), emu, emu,
								Math.max(1, inline.getDocPr().getId())),
						new XmlOptions().setLoadReplaceDocumentElement(null));
			}
			catch (XmlException ex) {
				throw new IllegalStateException(ex);
			}
			floating.setGraphic(inline.getGraphic());
			drawing.removeInline(0);
			drawing.setAnchorArray(new CTAnchor[] { floating });
		}

		/**
		 * Attachments with text, each from a new page: 附件 and its number in 黑体 on the
		 * first line, the title on the third.
		 */
		private void attachments() {
			List<Attachment> attachments = this.document.attachments();
			for (int i = 0; i < attachments.size(); i++) {
				Attachment attachment = attachments.get(i);
				if (attachment.body().isEmpty()) {
					continue;
				}
				XWPFParagraph label = this.docx.createParagraph();
				label.setStyle("GwFlush");
				label.setPageBreak(true);
				XWPFRun run = label.createRun();
				run.setText((attachments.size() == 1) ? "附件" : "附件" + (i + 1));
				font(run, Typeface.HEITI);
				XWPFParagraph title = this.docx.createParagraph();
				title.setStyle("GwTitle");
				XWPFRun titleRun = title.createRun();
				List<String> lines = Composer.titleLines(attachment.title());
				for (int k = 0; k < lines.size(); k++) {
					if (k > 0) {
						titleRun.addBreak();
					}
					titleRun.setText(lines.get(k), k);
				}
				spacing(title).setBefore(BigInteger.valueOf(LINE));
				spacing(title).setAfter(BigInteger.valueOf(LINE));
				body(attachment.body());
			}
		}

		/**
		 * The 版记, a table floating at the foot of the last page: 抄送机关, then 印发机关 and
		 * 印发日期, between rules (a letter's 抄送 without). It is a twip narrower than the 版心:
		 * LibreOffice lets a table as wide as the text area flow instead of floating.
		 * When the composer gave it pages of its own, they start a section whose footers
		 * carry no page number, with a blank page first if one is needed to end on an
		 * even page.
		 */
		private void imprint(List<Composer.Page> pages, CTSectPr section) {
			List<String> copiesTo = this.document.copiesTo();
			String printedBy = this.document.printedBy();
			if (copiesTo.isEmpty() && printedBy == null) {
				return;
			}
			boolean letter = this.document.format() == DocumentFormat.LETTER;
			if (letter && copiesTo.isEmpty()) {
				return;
			}
			int count = pages.size();
			boolean ownPage = pages.get(count - 1)
				.items()
				.stream()
				.noneMatch((placed) -> placed instanceof Text text && text.size() == Composer.BODY);
			if (ownPage) {
				List<XWPFParagraph> paragraphs = this.docx.getParagraphs();
				ppr(paragraphs.get(paragraphs.size() - 1)).setSectPr((CTSectPr) section.copy());
				section.addNewType().setVal(STSectionMark.EVEN_PAGE);
				if (count > 2 && pages.get(count - 2).items().isEmpty()) {
					while (section.sizeOfFooterReferenceArray() > 0) {
						section.removeFooterReference(0);
					}
					XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(this.docx, section);
					policy.createFooter(STHdrFtr.DEFAULT).createParagraph().setStyle("GwPageNumber");
					policy.createFooter(STHdrFtr.EVEN).createParagraph().setStyle("GwPageNumber");
				}
				hairline();
			}
			double small = Composer.SMALL * Composer.MM_PER_POINT;
			double room = Composer.PAGE.typeAreaWidth() - 2 * small;
			List<String> copies = copiesTo.isEmpty() ? List.of()
					: Composer.wrap("抄送：" + String.join("，", copiesTo) + "。", room, room - 3 * small, small);
			boolean printedRow = printedBy != null && !letter;
			XWPFTable table = this.docx.createTable();
			CTTblPr properties = table.getCTTbl().getTblPr();
			CTTblPPr floating = properties.addNewTblpPr();
			floating.setVertAnchor(STVAnchor.MARGIN);
			floating.setHorzAnchor(STHAnchor.PAGE);
			floating.setTblpX(twips(Composer.PAGE.leftMargin()));
			int lines = copies.size() + (printedRow ? 1 : 0);
			floating.setTblpY(twips(Composer.PAGE.typeAreaHeight()).subtract(BigInteger.valueOf((long) lines * LINE)));
			floating.setLeftFromText(BigInteger.ZERO);
			floating.setRightFromText(BigInteger.ZERO);
			fullWidth(properties);
			rules(properties, letter ? 0 : THICK_RULE, letter ? 0 : THIN_RULE);
			if (!copies.isEmpty()) {
				XWPFParagraph row = imprintRow(table, copies.size());
				row.setIndentationLeft(twips(4 * small).intValue());
				row.setIndentationHanging(twips(3 * small).intValue());
				XWPFRun run = row.createRun();
				for (int i = 0; i < copies.size(); i++) {
					if (i > 0) {
						run.addBreak();
					}
					run.setText(copies.get(i), i);
				}
			}
			if (printedRow) {
				XWPFParagraph printed = imprintRow(table, 1);
				printed.setIndentationLeft(twips(small).intValue());
				CTTabStop tab = ppr(printed).addNewTabs().addNewTab();
				tab.setVal(STTabJc.RIGHT);
				tab.setPos(twips(Composer.PAGE.typeAreaWidth() - small));
				LocalDate printedOn = Objects.requireNonNullElse(this.document.printedOn(), this.document.date());
				XWPFRun run = printed.createRun();
				run.setText(printedBy);
				run.addTab();
				run.setText(Composer.date(printedOn) + "印发", 1);
			}
			hairline();
		}

		/**
		 * An empty paragraph of no height: what a section starts with and a floating
		 * table is anchored to.
		 */
		private void hairline() {
			XWPFParagraph paragraph = this.docx.createParagraph();
			paragraph.setStyle("GwFlush");
			CTSpacing spacing = spacing(paragraph);
			spacing.setLine(BigInteger.ONE);
			spacing.setLineRule(STLineSpacingRule.EXACT);
		}

		/**
		 * @return the paragraph of a row of so many lines, exactly that high: the table's
		 * first row if it is still empty, or a new one
		 */
		private XWPFParagraph imprintRow(XWPFTable table, int lines) {
			XWPFTableRow first = table.getRow(0);
			boolean unused = first.getCell(0).getParagraphs().get(0).getRuns().isEmpty()
					&& first.getCell(0).getCTTc().getTcPr() == null;
			XWPFTableRow row = unused ? first : table.createRow();
			row.setHeight(lines * LINE);
			row.getCtRow().getTrPr().getTrHeightArray(0).setHRule(STHeightRule.EXACT);
			XWPFTableCell cell = row.getCell(0);
			cell.getCTTc().addNewTcPr().addNewTcW().setW(twips(Composer.PAGE.typeAreaWidth()));
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setStyle("GwImprint");
			return paragraph;
		}

		private static void fullWidth(CTTblPr properties) {
			CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
			width.setW(twips(Composer.PAGE.typeAreaWidth()));
			width.setType(STTblWidth.DXA);
			(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
				.setType(STTblLayoutType.FIXED);
		}

		/**
		 * Rules a table above and below (outer) and between its rows (inner), in eighths
		 * of a point, none when 0; never at the sides or between columns.
		 */
		private static void rules(CTTblPr properties, int outer, int inner) {
			CTTblBorders borders = properties.isSetTblBorders() ? properties.getTblBorders()
					: properties.addNewTblBorders();
			rule(borders.isSetTop() ? borders.getTop() : borders.addNewTop(), outer);
			rule(borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(), outer);
			rule(borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(), inner);
			rule(borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(), 0);
			rule(borders.isSetRight() ? borders.getRight() : borders.addNewRight(), 0);
			rule(borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV(), 0);
		}

		private static void rule(CTBorder border, int eighthsOfAPoint) {
			border.setVal((eighthsOfAPoint == 0) ? STBorder.NIL : STBorder.SINGLE);
			border.setSz(BigInteger.valueOf(eighthsOfAPoint));
			border.setSpace(BigInteger.ZERO);
			border.setColor("000000");
		}

		private static CTPPr ppr(XWPFParagraph paragraph) {
			return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		}

		private static CTSpacing spacing(XWPFParagraph paragraph) {
			CTPPr ppr = ppr(paragraph);
			return ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
		}

		private static String hex(int rgb) {
			return "%06X".formatted(rgb);
		}

	}

}
