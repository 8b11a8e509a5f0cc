package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;

/**
 * Corrections written into a Word document as tracked changes: only what changes is
 * marked, and what is marked can be opened again.
 */
class WordTextTests {

	private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 3, 12, 0);

	@Test
	void marksOnlyTheCharacterThatChanges() throws IOException {
		XWPFDocument corrected = tracked("我们的的工作要抓紧。", 2, 4, "的");

		XWPFParagraph line = corrected.getParagraphs().get(0);
		assertThat(line.getText()).isEqualTo("我们的工作要抓紧。");
		assertThat(marks(line)).containsExactly("r:我们的", "del:的", "r:工作要抓紧。");
	}

	@Test
	void marksAWordLeftOutAsInsertedWhereItBelongs() throws IOException {
		XWPFDocument corrected = tracked("认真贯彻会议精神。", 6, 6, "的");

		XWPFParagraph line = corrected.getParagraphs().get(0);
		assertThat(line.getText()).isEqualTo("认真贯彻会议的精神。");
		assertThat(marks(line)).containsExactly("r:认真贯彻会议", "ins:的", "r:精神。");
		assertThat(line.getCTP().getInsArray(0).getAuthor()).isEqualTo("王静");
		assertThat(line.getCTP().getInsArray(0).xgetDate().getStringValue()).isEqualTo("2026-12-03T12:00:00");
	}

	@Test
	void keepsACharacterBeyondTheBasicPlaneWhole() throws IOException {
		XWPFDocument corrected = tracked("𠀀字有误", 0, 2, "𠀁");

		XWPFParagraph line = corrected.getParagraphs().get(0);
		assertThat(line.getText()).isEqualTo("𠀁字有误");
		assertThat(marks(line)).containsExactly("del:𠀀", "ins:𠀁", "r:字有误");
	}

	@Test
	void leavesTheDocumentAsItWasWhereNothingChanges() throws IOException {
		XWPFDocument corrected = tracked("请各单位认真落实。", 0, 4, "请各单位");

		assertThat(marks(corrected.getParagraphs().get(0))).containsExactly("r:请各单位认真落实。");
	}

	/**
	 * @return the document of one line, written, corrected as tracked changes and opened
	 * again
	 */
	private static XWPFDocument tracked(String line, int start, int end, String replacement) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(line);
			WordText text = WordText.tracked(document, "王静", NOON);
			assertThat(text.text()).isEqualTo(line);
			assertThat(text.correct(start, end, replacement)).isTrue();
			document.write(out);
			return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
		}
	}

	/**
	 * @return the paragraph's children in order, each as its name and the text it holds
	 */
	private static List<String> marks(XWPFParagraph paragraph) {
		List<String> marks = new ArrayList<>();
		try (XmlCursor cursor = paragraph.getCTP().newCursor()) {
			for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
				marks.add(cursor.getName().getLocalPart() + ":" + cursor.getTextValue());
			}
		}
		return marks;
	}

}
