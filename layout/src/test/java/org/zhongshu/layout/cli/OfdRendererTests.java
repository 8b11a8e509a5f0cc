package org.zhongshu.layout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.OFDReader;
import org.zhongshu.layout.LayoutVerifier;
import org.zhongshu.layout.OfdRenderer;
import org.zhongshu.layout.OfficialDocument;
import org.zhongshu.layout.PdfRenderer;
import org.zhongshu.layout.Typefaces;

/**
 * The sample documents printed to OFD and read back with ofdrw, as a national-format
 * reader would open them: the same pages and text as the PDF, at the same places, with
 * fonts that show every character.
 */
class OfdRendererTests {

	private static final Typefaces TYPEFACES = Typefaces.find(null);

	private static final OfdRenderer OFD = new OfdRenderer(TYPEFACES);

	private static final PdfRenderer PDF = new PdfRenderer(TYPEFACES);

	@AfterAll
	static void closeFonts() {
		OFD.close();
		PDF.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "notice.json", "request.json", "joint.json", "letter.json", "order.json", "minutes.json" })
	void readsBackWithTheSamePagesAndTextAsThePdf(String sample) throws IOException {
		OfficialDocument document = Samples.read(sample);

		byte[] ofd = OFD.render(document);

		List<String> pdfPages = pdfPages(PDF.render(document));
		try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
			assertThat(reader.getNumberOfPages()).isEqualTo(pdfPages.size());
			for (int i = 0; i < reader.getNumberOfPages(); i++) {
				ST_Box size = reader.getPageSize(i + 1);
				assertThat(size.getWidth()).isEqualTo(210);
				assertThat(size.getHeight()).isEqualTo(297);
				assertThat(pageText(reader, i)).as("page %d", i + 1).isEqualTo(pdfPages.get(i));
			}
		}
	}

	@Test
	void setsTheRedMarkAndLineWhereThePdfHasThem() throws IOException {
		OfficialDocument notice = Samples.read("notice.json");
		LayoutVerifier.Measurement pdf = LayoutVerifier.measure(PDF.render(notice));

		byte[] ofd = OFD.render(notice);

		try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
			List<PageBlockType> first = objects(reader, 0);
			TextObject issuer = first.stream()
				.filter(TextObject.class::isInstance)
				.map(TextObject.class::cast)
				.filter((text) -> text.getSize() > 10)
				.findFirst()
				.orElseThrow();
			assertThat(issuer.getTextCodes().get(0).getContent()).isEqualTo("中共江临市委办公室文件");
			assertThat(issuer.getFillColor().getValue().toString()).isEqualTo("230 0 18");
			double issuerTop = issuer.getTextCodes().get(0).getY() - 0.88 * issuer.getSize();
			assertThat(issuerTop - 37).isCloseTo(pdf.issuerTop(), within(0.1));
			PathObject redLine = first.stream()
				.filter(PathObject.class::isInstance)
				.map(PathObject.class::cast)
				.findFirst()
				.orElseThrow();
			ST_Box line = redLine.getBoundary();
			assertThat(redLine.getFillColor().getValue().toString()).isEqualTo("230 0 18");
			assertThat(line.getTopLeftX()).isCloseTo(pdf.redLine()[0], within(0.1));
			assertThat(line.getWidth()).isCloseTo(156, within(0.1));
			assertThat(line.getTopLeftY() + line.getHeight() / 2).isCloseTo(pdf.redLine()[2], within(0.1));
		}
	}

	@Test
	void embedsEachFontAsASubsetThatShowsEveryCharacterSetInIt() throws IOException {
		byte[] ofd = OFD.render(Samples.read("notice.json"));

		try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
			Map<String, TrueTypeFont> fonts = new HashMap<>();
			for (CT_Font font : reader.getResMgt().getFonts()) {
				Path file = reader.getWorkDir().resolve(font.getFontFile().toString().replaceFirst("^/", ""));
				assertThat(Files.size(file)).as(font.getFamilyName()).isLessThan(400_000);
				fonts.put(font.getID().toString(),
						new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file))));
			}
			assertThat(fonts).hasSize(3);
			for (int i = 0; i < reader.getNumberOfPages(); i++) {
				for (PageBlockType object : objects(reader, i)) {
					if (object instanceof TextObject text) {
						CmapLookup characters = fonts.get(text.getFont().toString()).getUnicodeCmapLookup();
						for (TextCode code : text.getTextCodes()) {
							assertThat(code.getContent().codePoints()).as(code.getContent())
								.allMatch((c) -> characters.getGlyphId(c) != 0);
						}
					}
				}
			}
			for (TrueTypeFont font : fonts.values()) {
				font.close();
			}
		}
	}

	@Test
	void pressesTheSealAndRefusesAnythingButAPicture(@TempDir Path folder) throws IOException {
		Path seal = Samples.seal(folder);

		byte[] sealed = OFD.render(Samples.read("request.json", seal));

		try (OFDReader reader = new OFDReader(new ByteArrayInputStream(sealed))) {
			List<PageBlockType> last = objects(reader, reader.getNumberOfPages() - 1);
			ImageObject image = last.stream()
				.filter(ImageObject.class::isInstance)
				.map(ImageObject.class::cast)
				.findFirst()
				.orElseThrow();
			assertThat(image.getBoundary().getWidth()).isEqualTo(42);
			assertThat(reader.getResMgt().getImage(image).getWidth()).isEqualTo(200);
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OFD.render(Samples.read("request.json", Samples.scriptedSvg(folder))))
			.withMessage("印章图片应为 PNG 或 JPEG 文件：印章.png.svg");
	}

	private static List<String> pdfPages(byte[] pdf) throws IOException {
		List<String> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				pages.add(stripper.getText(document).replaceAll("\\s", ""));
			}
		}
		return pages;
	}

	private static String pageText(OFDReader reader, int index) {
		StringBuilder text = new StringBuilder();
		for (PageBlockType object : objects(reader, index)) {
			if (object instanceof TextObject textObject) {
				textObject.getTextCodes().forEach((code) -> text.append(code.getContent()));
			}
		}
		return text.toString().replaceAll("\\s", "");
	}

	private static List<PageBlockType> objects(OFDReader reader, int index) {
		List<PageBlockType> objects = new ArrayList<>();
		for (CT_Layer layer : reader.getPage(index + 1).getContent().getLayers()) {
			objects.addAll(layer.getPageBlocks());
		}
		return objects;
	}

}
