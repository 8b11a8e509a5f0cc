package org.zhongshu.layout.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.zhongshu.layout.DocxRenderer;
import org.zhongshu.layout.LayoutVerifier;
import org.zhongshu.layout.OfdRenderer;
import org.zhongshu.layout.OfficialDocument;
import org.zhongshu.layout.PdfRenderer;
import org.zhongshu.layout.Previews;
import org.zhongshu.layout.Renderer;
import org.zhongshu.layout.Typefaces;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The layout command line (DESIGN.md, "Contracts"):
 * {@code render IN.json --pdf OUT.pdf [--docx OUT.docx] [--ofd OUT.ofd] [--png DIR] [--fonts DIR]}
 * and {@code verify OUT.pdf}, which prints the measured layout as JSON. Exit 0 when done
 * (and within the norm), 1 when verify finds the layout outside the norm, 2 on bad input
 * with a Chinese message.
 */
public final class LayoutCommand {

	static final int DONE = 0;

	static final int OUTSIDE_NORM = 1;

	static final int BAD_INPUT = 2;

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private static final String USAGE = """
			用法：
			  render 公文.json --pdf 输出.pdf [--docx 输出.docx] [--ofd 输出.ofd] [--png 预览目录] [--fonts 字体目录]
			      按 GB/T 9704-2012 排版并输出 PDF、OFD（字体子集嵌入）和可编辑的 DOCX，可同时输出每页的 PNG 预览。
			      --fonts  本单位的字体文件目录（方正小标宋、仿宋_GB2312、黑体、楷体_GB2312、宋体）；
			               未给出或缺少时使用已安装的免费字体，并说明以何字体代替。
			  verify 文件.pdf
			      按 GB/T 9704-2012 测量 PDF 的版式，以 JSON 输出测量结果和不合规之处。
			  bench
			      测量把一份 10 页通知排成 PDF、OFD 和 DOCX 各需的时间。
			退出码：0 完成（verify：符合标准），1 verify 发现不合规之处，2 输入有误。""";

	private LayoutCommand() {
	}

	public static void main(String[] args) {
		// POI logs through Log4j, which otherwise complains on the console that it has no
		// logging provider: its simple one, for errors only, is all a command line needs
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
				new PrintStream(System.err, true, StandardCharsets.UTF_8)));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			if (args.length == 0) {
				throw new IllegalArgumentException("请给出命令");
			}
			return switch (args[0]) {
				case "render" -> render(List.of(args).subList(1, args.length), out);
				case "verify" -> verify(List.of(args).subList(1, args.length), out);
				case "bench" -> Bench.run(Typefaces.find(null), out);
				default -> throw new IllegalArgumentException("未知的命令：" + args[0]);
			};
		}
		catch (IllegalArgumentException | IllegalStateException | IOException | UncheckedIOException ex) {
			err.println("错误：" + ex.getMessage());
			err.println(USAGE);
			return BAD_INPUT;
		}
	}

	private static int render(List<String> args, PrintStream out) {
		Path source = null;
		Path pdf = null;
		Path ofd = null;
		Path docx = null;
		Path png = null;
		Path fonts = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
				case "--pdf" -> pdf = Path.of(value(args, ++i, arg));
				case "--png" -> png = Path.of(value(args, ++i, arg));
				case "--fonts" -> fonts = Path.of(value(args, ++i, arg));
				case "--ofd" -> ofd = Path.of(value(args, ++i, arg));
				case "--docx" -> docx = Path.of(value(args, ++i, arg));
				default -> {
					if (arg.startsWith("--") || source != null) {
						throw new IllegalArgumentException("不认识的参数：" + arg);
					}
					source = Path.of(arg);
				}
			}
		}
		if (source == null || (pdf == null && ofd == null && docx == null)) {
			throw new IllegalArgumentException("请给出公文 JSON 文件和输出文件（--pdf、--ofd 或 --docx）");
		}
		OfficialDocument document = DocumentJson.read(read(source));
		Typefaces typefaces = Typefaces.find(fonts);
		if (pdf != null || png != null) {
			byte[] rendered;
			try (PdfRenderer renderer = new PdfRenderer(typefaces)) {
				rendered = renderer.render(document);
			}
			if (pdf != null) {
				write(pdf, rendered);
				out.println("已输出 " + pdf);
			}
			if (png != null) {
				Path named = (pdf != null) ? pdf : source;
				String name = String.valueOf(named.getFileName()).replaceFirst("\\.[^.]*$", "");
				out.println("已输出预览 " + Previews.write(rendered, png, name, 96).size() + " 页：" + png);
			}
		}
		if (docx != null) {
			write(docx, new DocxRenderer(typefaces), document, out);
		}
		if (ofd != null) {
			write(ofd, new OfdRenderer(typefaces), document, out);
		}
		typefaces.substitutions().forEach((substitution) -> out.println("字体替代：" + substitution));
		return DONE;
	}

	private static int verify(List<String> args, PrintStream out) {
		if (args.size() != 1) {
			throw new IllegalArgumentException("verify 需要一个 PDF 文件");
		}
		byte[] pdf;
		try {
			pdf = Files.readAllBytes(Path.of(args.get(0)));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("无法读取 " + args.get(0) + "：" + ex.getMessage(), ex);
		}
		LayoutVerifier.Measurement measurement = LayoutVerifier.measure(pdf);
		out.println(JSON.writeValueAsString(measurement));
		return measurement.problems().isEmpty() ? DONE : OUTSIDE_NORM;
	}

	private static void write(Path target, Renderer renderer, OfficialDocument document, PrintStream out) {
		try (renderer) {
			write(target, renderer.render(document));
		}
		out.println("已输出 " + target);
	}

	private static String value(List<String> args, int index, String option) {
		if (index >= args.size()) {
			throw new IllegalArgumentException(option + " 后面缺少值");
		}
		return args.get(index);
	}

	private static String read(Path source) {
		try {
			return Files.readString(source, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("无法读取 " + source + "：" + ex.getMessage(), ex);
		}
	}

	private static void write(Path target, byte[] bytes) {
		try {
			Path parent = target.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.write(target, bytes);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("无法写入 " + target + "：" + ex.getMessage(), ex);
		}
	}

}
