package org.zhongshu.layout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhongshu.layout.DocxRenderer;
import org.zhongshu.layout.LayoutVerifier;
import org.zhongshu.layout.OfficialDocument;
import org.zhongshu.layout.PdfRenderer;
import org.zhongshu.layout.Typefaces;

/**
 * The DOCX of every sample printed to PDF by LibreOffice, as an office printing it from a
 * word processor would, and measured by the verifier like our own PDF. Without
 * LibreOffice these are skipped with a message, unless {@code ZHONGSHU_E2E=required} (as
 * in CI) makes that a failure.
 */
class LibreOfficeTests {

	static final Path SOFFICE = Path.of("/usr/bin/soffice");

	private static final List<String> SAMPLES = List.of("notice", "request", "joint", "letter", "order", "minutes");

	private static final String ENDING_ON_A_FULL_PAGE = "request-full";

	@TempDir
	static Path folder;

	private static final Typefaces TYPEFACES = Typefaces.find(null);

	private static final PdfRenderer PDF = new PdfRenderer(TYPEFACES);

	private static final Map<String, byte[]> ours = new LinkedHashMap<>();

	private static final Map<String, byte[]> printed = new LinkedHashMap<>();

	@BeforeAll
	static void printEverySampleWithLibreOffice() throws IOException, InterruptedException {
		if (!Files.isExecutable(SOFFICE)) {
			String message = "未找到 " + SOFFICE
					+ "，跳过 LibreOffice 打印 DOCX 的测试（安装 Debian 的 libreoffice-writer-nogui 软件包即可运行）。";
			if ("required".equals(System.getenv("ZHONGSHU_E2E"))) {
				Assertions.fail(message + " ZHONGSHU_E2E=required 要求必须运行。");
			}
			Assumptions.abort(message);
		}
		Map<String, OfficialDocument> documents = new LinkedHashMap<>();
		SAMPLES.forEach((sample) -> documents.put(sample, Samples.read(sample + ".json")));
		documents.put(ENDING_ON_A_FULL_PAGE, requestEndingOnAFullEvenPage(PDF));
		List<String> command = new ArrayList<>(
				List.of(SOFFICE.toString(), "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless",
						"--convert-to", "pdf", "--outdir", folder.toString()));
		try (DocxRenderer docx = new DocxRenderer(TYPEFACES)) {
			for (Map.Entry<String, OfficialDocument> document : documents.entrySet()) {
				Path file = folder.resolve(document.getKey() + ".docx");
				Files.write(file, docx.render(document.getValue()));
				command.add(file.toString());
				ours.put(document.getKey(), PDF.render(document.getValue()));
			}
		}
		Process soffice = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(soffice.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
		for (String name : documents.keySet()) {
			Path pdf = folder.resolve(name + ".pdf");
			assertThat(pdf).as(output).exists();
			printed.put(name, Files.readAllBytes(pdf));
		}
	}

	@AfterAll
	static void closeFonts() {
		PDF.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "notice", "request", "joint", "letter", "order", "minutes" })
	void printsWithinTheNormOnAsManyPagesAsOurPdf(String sample) throws IOException {
		LayoutVerifier.Measurement measurement = LayoutVerifier.measure(printed.get(sample));

		assertThat(measurement.problems()).isEmpty();
		assertThat(measurement.issuerColour()).isEqualTo("#E60012");
		assertThat(measurement.fontsEmbedded()).isTrue();
		assertThat(measurement.linesPerPage()).allMatch((lines) -> lines <= 22);
		assertThat(measurement.pageNumbers()).hasSize(DocxRendererTests.pdfPages(ours.get(sample)));
		assertThat(DocxRendererTests.pageText(printed.get(sample), 1).replaceAll("\\s", ""))
			.contains(Samples.read(sample + ".json").issuers().get(0));
	}

	@Test
	void printsTheNoticeOnTheNormsGrid() {
		LayoutVerifier.Measurement measurement = LayoutVerifier.measure(printed.get("notice"));

		assertThat(measurement.topMargin()).isCloseTo(37, within(0.5));
		assertThat(measurement.leftMargin()).isCloseTo(28, within(0.5));
		assertThat(measurement.linesPerPage()).contains(22);
		assertThat(measurement.longestLine()).isEqualTo(28);
		assertThat(measurement.issuerTop()).isCloseTo(35, within(0.5));
		assertThat(measurement.redLineBelowNumber()).isCloseTo(4, within(0.5));
		assertThat(measurement.pageNumbers()).startsWith("— 1 — right", "— 2 — left");
	}

	/**
	 * Our text of the lengthened 请示 ends on a full second page, so its 版记 follows a blank
	 * page, both unnumbered. LibreOffice sets a line more on the first page (it adds
	 * space between Chinese and digits), so its text ends on the third: the 版记's section
	 * still starts on the next even page, alone at its foot, without a blank page.
	 */
	@Test
	void startsAnImprintOfItsOwnOnTheNextEvenPageWhereverTheTextEnds() throws IOException {
		byte[] pdf = printed.get(ENDING_ON_A_FULL_PAGE);
		LayoutVerifier.Measurement measurement = LayoutVerifier.measure(pdf);
		int pages = measurement.pageNumbers().size();

		assertThat(measurement.problems()).isEmpty();
		assertThat(pages % 2).isZero();
		assertThat(measurement.linesPerPage().get(pages - 1)).isZero();
		assertThat(measurement.linesPerPage().get(pages - 2)).isPositive();
		assertThat(measurement.pageNumbers().get(pages - 1)).isEmpty();
		assertThat(DocxRendererTests.pageText(pdf, pages)).contains("中共江临市委办公室", "印发");
	}

	/**
	 * @return the 请示 lengthened until its text ends on a full even page, so that the 版记
	 * takes a page of its own after a blank one
	 */
	static OfficialDocument requestEndingOnAFullEvenPage(PdfRenderer renderer) throws IOException {
		String paragraph = "{\"text\": \"各地各部门要认真贯彻落实。\"},";
		for (int added = 1; added < 60; added++) {
			String json = Samples.json("request.json").replace("\"body\": [", "\"body\": [" + paragraph.repeat(added));
			OfficialDocument document = DocumentJson.read(json);
			byte[] pdf = renderer.render(document);
			int pages = DocxRendererTests.pdfPages(pdf);
			if (pages >= 4 && DocxRendererTests.pageText(pdf, pages - 1).isEmpty()) {
				return document;
			}
		}
		throw new AssertionError("加长请示也没有得到版记前的空白页");
	}

}
