package org.zhongshu.layout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofdrw.reader.OFDReader;

/**
 * The layout command line: render a document to PDF, DOCX, OFD and previews; bad input
 * exits with 2 and a Chinese message, writing nothing.
 */
class LayoutCommandTests {

	@TempDir
	Path directory;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void rendersAPdfADocxAndAnOfdWithPreviewsAndSaysWhichFontsStoodIn() throws IOException {
		Path json = sample("notice.json");
		Path pdf = this.directory.resolve("out").resolve("notice.pdf");
		Path docx = this.directory.resolve("out").resolve("notice.docx");
		Path ofd = this.directory.resolve("out").resolve("notice.ofd");

		int code = run("render", json.toString(), "--pdf", pdf.toString(), "--docx", docx.toString(), "--ofd",
				ofd.toString(), "--png", this.directory.resolve("png").toString());

		assertThat(code).isZero();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getNumberOfPages()).isEqualTo(8);
			assertThat(this.directory.resolve("png").resolve("notice-8.png")).isRegularFile();
		}
		try (OFDReader reader = new OFDReader(ofd)) {
			assertThat(reader.getNumberOfPages()).isEqualTo(8);
		}
		try (XWPFDocument document = DocxRendererTests.open(Files.readAllBytes(docx))) {
			assertThat(document.getParagraphs()).anyMatch((paragraph) -> paragraph.getText().equals("一、切实加强组织领导"));
		}
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("已输出 " + pdf, "已输出 " + docx, "已输出 " + ofd)
			.contains("已输出预览 8 页")
			.contains("字体替代：仿宋：以 AR PL UMing CN 代替");
	}

	@Test
	void verifiesAPdfPrintingTheMeasuresAndExitsWithOneWhenOutsideTheNorm() throws IOException {
		Path json = sample("notice.json");
		Path pdf = this.directory.resolve("notice.pdf");
		run("render", json.toString(), "--pdf", pdf.toString());
		Path a5 = this.directory.resolve("a5.pdf");
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A5));
			document.save(a5.toFile());
		}

		assertThat(run("verify", pdf.toString())).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("\"topMargin\"", "\"problems\" : [ ]");
		assertThat(run("verify", a5.toString())).isEqualTo(1);
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.contains("纸张应为 A4（210 mm × 297 mm），实测 148.0 mm × 210.0 mm");
		assertThat(run("verify", json.toString())).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("不是可读的 PDF 文件");
	}

	@Test
	void refusesBadInputWithTwoAndWritesNothing() throws IOException {
		Path json = sample("notice.json");
		Path broken = Files.writeString(this.directory.resolve("broken.json"),
				Files.readString(json).replace("市委办发〔2026〕12号", "市委办发[2026]12号"));
		Path pdf = this.directory.resolve("never.pdf");

		assertThat(run()).isEqualTo(2);
		assertThat(run("render", broken.toString(), "--pdf", pdf.toString())).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("发文字号“市委办发[2026]12号”不合规范");
		assertThat(run("render", json.toString())).isEqualTo(2);
		assertThat(run("render", json.toString(), "--pdf", pdf.toString(), "--docx")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--docx 后面缺少值");
		assertThat(run("render", this.directory.resolve("没有.json").toString(), "--pdf", pdf.toString())).isEqualTo(2);
		assertThat(run("render", json.toString(), "--pdf", pdf.toString(), "--fonts", "没有这个目录")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("字体目录不存在");
		assertThat(pdf).doesNotExist();
	}

	private Path sample(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
			return Files.write(this.directory.resolve(name), in.readAllBytes());
		}
	}

	private int run(String... args) {
		return LayoutCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
