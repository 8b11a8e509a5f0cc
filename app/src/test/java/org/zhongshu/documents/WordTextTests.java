package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Corrections written into a Word document as tracked changes: only what changes is
 * marked, and what is marked can be opened again.
 */
class WordTextTests {

	private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 3, 12, 0);

	/**
	 * Lines of one run, each corrected once: what is marked, and the line as Word reads
	 * it with the marks accepted.
	 */
	static Stream<Arguments> oneLineCorrections() {
		return Stream.of(
				arguments("a doubled character: only the second marked deleted", "我们的的工作要抓紧。", 2, 4, "的", "我们的工作要抓紧。",
						List.of("r:我们的", "del:的", "r:工作要抓紧。")),
				arguments("a word left out: inserted where it belongs", "认真贯彻会议精神。", 6, 6, "的", "认真贯彻会议的精神。",
						List.of("r:认真贯彻会议", "ins:的", "r:精神。")),
				arguments("a character beyond the basic plane: kept whole", "𠀀字有误", 0, 2, "𠀁", "𠀁字有误",
						List.of("del:𠀀", "ins:𠀁", "r:字有误")),
				arguments("nothing that changes: the run left as it was", "请各单位认真落实。", 0, 4, "请各单位", "请各单位认真落实。",
						List.of("r:请各单位认真落实。")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("oneLineCorrections")
	void marksOnlyWhatChanges(String name, String line, int start, int end, String replacement, String read,
			List<String> marks) throws IOException {
		try (XWPFDocument corrected = tracked(line, start, end, replacement)) {
			XWPFParagraph paragraph = corrected.getParagraphs().get(0);
			assertThat(paragraph.getText()).isEqualTo(read);
			assertThat(WordElements.marks(paragraph)).isEqualTo(marks);
		}
	}

	@Test
	void marksInTheNameOfWhoCorrectedAndWhen() throws IOException {
		try (XWPFDocument corrected = tracked("认真贯彻会议精神。", 6, 6, "的")) {
			CTP line = corrected.getParagraphs().get(0).getCTP();
			assertThat(line.getInsArray(0).getAuthor()).isEqualTo("王静");
			assertThat(line.getInsArray(0).xgetDate().getStringValue()).isEqualTo("2026-12-03T12:00:00");
		}
	}

	@Test
	void correctsATitleOfTwoLinesWrittenInOneRun() throws IOException {
		try (XWPFDocument corrected = tracked(List.of("关于做好防汛", "布署工作的通知"), "\n", 7, 9, "部署")) {
			XWPFParagraph title = corrected.getParagraphs().get(0);
			assertThat(title.getText()).isEqualTo("关于做好防汛\n部署工作的通知");
			assertThat(WordElements.marks(title)).containsExactly("r:关于做好防汛", "del:布", "ins:部", "r:署工作的通知");
			assertThat(WordElements.children(title.getCTP().getRArray(0))).containsExactly("t", "br");
		}
	}

	@Test
	void movesWhatFollowsInTheRunAfterTheMarks() throws IOException {
		try (XWPFDocument corrected = tracked(List.of("联系人", "王静"), "\t", 0, 3, "联络人")) {
			XWPFParagraph line = corrected.getParagraphs().get(0);
			assertThat(line.getText()).isEqualTo("联络人\t王静");
			assertThat(WordElements.marks(line)).containsExactly("r:联", "del:系", "ins:络", "r:人王静");
			assertThat(WordElements.children(line.getCTP().getRArray(1))).containsExactly("t", "tab", "t");
		}
	}

	@Test
	void rewritesAPieceOfTextBesideATabAndLeavesTheTabToWord() throws IOException {
		try (XWPFDocument document = document(List.of("联系人", "王静"), "\t")) {
			WordText text = WordText.of(document);

			assertThat(text.correct(4, 6, "王婧")).isTrue();
			assertThat(text.correct(3, 4, "：")).isFalse();
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("联系人\t王婧");
		}
	}

	private static XWPFDocument tracked(String line, int start, int end, String replacement) throws IOException {
		return tracked(List.of(line), "", start, end, replacement);
	}

	/**
	 * @return the document of one paragraph, its pieces written in one run apart by
	 * {@code between}, corrected as tracked changes, written and opened again; the caller
	 * closes it
	 */
	private static XWPFDocument tracked(List<String> pieces, String between, int start, int end, String replacement)
			throws IOException {
		try (XWPFDocument document = document(pieces, between);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			WordText text = WordText.tracked(document, "王静", NOON);
			assertThat(text.text()).isEqualTo(String.join(between, pieces));
			assertThat(text.correct(start, end, replacement)).isTrue();
			document.write(out);
			return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
		}
	}

	/**
	 * @param between a tab or a line break, written between the pieces in their run
	 */
	private static XWPFDocument document(List<String> pieces, String between) {
		XWPFDocument document = new XWPFDocument();
		XWPFRun run = document.createParagraph().createRun();
		for (int i = 0; i < pieces.size(); i++) {
			if (i > 0 && between.equals("\t")) {
				run.addTab();
			}
			else if (i > 0) {
				run.addBreak();
			}
			run.setText(pieces.get(i), i);
		}
		return document;
	}

}
