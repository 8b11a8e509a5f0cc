package org.zhongshu.layout.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.zhongshu.layout.Attachment;
import org.zhongshu.layout.Block;
import org.zhongshu.layout.DocxRenderer;
import org.zhongshu.layout.DocumentFormat;
import org.zhongshu.layout.OfdRenderer;
import org.zhongshu.layout.OfficialDocument;
import org.zhongshu.layout.PdfRenderer;
import org.zhongshu.layout.Renderer;
import org.zhongshu.layout.Typefaces;

/**
 * {@code bench}: the time to print a 10-page notice to PDF, OFD and DOCX, fonts loaded
 * once and embedded each time as in use, median after warm-up.
 */
final class Bench {

	private static final int WARM_UP = 10;

	private static final int RUNS = 21;

	private static final String PARAGRAPH = "各地各部门要坚持以人民为中心的发展思想，统筹发展和安全，把各项工作抓细抓实，认真排查风险隐患，"
			+ "及时化解矛盾纠纷，确保各项措施落到实处、见到实效，以实际行动迎接2027年的到来。";

	private Bench() {
	}

	static int run(Typefaces typefaces, PrintStream out) throws IOException {
		OfficialDocument document = tenPages();
		int pages;
		try (PdfRenderer renderer = new PdfRenderer(typefaces)) {
			try (PDDocument pdf = Loader.loadPDF(renderer.render(document))) {
				pages = pdf.getNumberOfPages();
			}
			time(renderer, document, "a notice of %d pages to PDF".formatted(pages), out);
		}
		try (OfdRenderer renderer = new OfdRenderer(typefaces)) {
			time(renderer, document, "the same to OFD", out);
		}
		try (DocxRenderer renderer = new DocxRenderer(typefaces)) {
			time(renderer, document, "the same to DOCX", out);
		}
		return LayoutCommand.DONE;
	}

	private static void time(Renderer renderer, OfficialDocument document, String what, PrintStream out) {
		double[] times = new double[RUNS];
		int size = renderer.render(document).length;
		for (int i = 0; i < WARM_UP; i++) {
			renderer.render(document);
		}
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			renderer.render(document);
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		out.printf("- %s (%d KB): median %.1f ms over %d runs after %d warm-up runs (fastest %.1f, slowest %.1f)%n",
				what, size / 1024, times[RUNS / 2], RUNS, WARM_UP, times[0], times[RUNS - 1]);
	}

	/**
	 * @return a notice whose body and attachment fill ten pages
	 */
	static OfficialDocument tenPages() {
		List<Block> body = new ArrayList<>();
		for (int section = 1; section <= 8; section++) {
			body.add(new Block.Paragraph(1, "一二三四五六七八".charAt(section - 1) + "、切实加强组织领导"));
			body.add(new Block.Paragraph(2, "（一）压实工作责任。" + PARAGRAPH));
			body.add(new Block.Paragraph(3, "1.主要负责同志要亲自研究部署。" + PARAGRAPH));
			body.add(new Block.Paragraph(0, PARAGRAPH + PARAGRAPH + PARAGRAPH));
		}
		List<Block> attachment = List.of(new Block.Table(
				List.of(List.of("日期", "带班领导", "值班人员"), List.of("1月1日", "李卫东", "张伟"), List.of("1月2日", "赵敏", "王静"))),
				new Block.Paragraph(0, PARAGRAPH));
		return new OfficialDocument(DocumentFormat.FILE, "000012", "秘密★1年", "特急", List.of("中共江临市委办公室"), "市委办发〔2026〕12号",
				List.of(), "关于做好2027年元旦春节期间有关工作的通知", "各县（市、区）委，市委各部委，市直各单位党组（党委）：", body,
				List.of(new Attachment("值班安排表", attachment)), List.of("中共江临市委办公室"), LocalDate.of(2026, 12, 1), null,
				null, List.of(), List.of("市纪委监委"), "中共江临市委办公室", LocalDate.of(2026, 12, 2));
	}

}
