package org.zhongshu.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The typefaces GB/T 9704-2012 names, each found as a font file: first in the office's
 * own folder (its licensed 方正小标宋, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体), recognised by file name;
 * otherwise among the free TrueType fonts Debian installs (fonts-arphic-uming,
 * fonts-wqy-zenhei, fonts-lxgw-wenkai), with the substitution said. TrueType outlines
 * only: they can be embedded as subsets in PDF and OFD.
 */
public final class Typefaces {

	private static final Path DEBIAN_FONTS = Path.of("/usr/share/fonts/truetype");

	private final Map<Typeface, Font> fonts;

	private Typefaces(Map<Typeface, Font> fonts) {
		this.fonts = fonts;
	}

	/**
	 * @param officeFolder where the office keeps its licensed fonts, or none
	 * @return a font for every typeface
	 * @throws IllegalStateException naming the typeface no font was found for
	 */
	public static Typefaces find(@Nullable Path officeFolder) {
		List<Path> office = (officeFolder == null) ? List.of() : fontFiles(officeFolder);
		Map<Typeface, Font> fonts = new EnumMap<>(Typeface.class);
		for (Typeface typeface : Typeface.values()) {
			fonts.put(typeface, officeFont(typeface, office).orElseGet(() -> freeFont(typeface)));
		}
		return new Typefaces(fonts);
	}

	/**
	 * @return the font that sets the typeface
	 */
	public Font font(Typeface typeface) {
		return this.fonts.get(typeface);
	}

	/**
	 * @return what was set in another typeface than the norm's, one line each, such as
	 * 仿宋：以 AR PL UMing CN 代替; empty when the office's fonts were all found
	 */
	public List<String> substitutions() {
		return this.fonts.values()
			.stream()
			.filter(Font::substituted)
			.map((font) -> "%s：以 %s 代替".formatted(font.typeface().label(), font.name()))
			.toList();
	}

	private static Optional<Font> officeFont(Typeface typeface, List<Path> files) {
		return files.stream()
			.filter((file) -> typeface.matches(file.getFileName().toString()))
			.findFirst()
			.map((file) -> new Font(typeface, file, null, file.getFileName().toString(), false));
	}

	private static Font freeFont(Typeface typeface) {
		Path file = DEBIAN_FONTS.resolve(typeface.freeFile);
		if (!Files.isReadable(file)) {
			throw new IllegalStateException("找不到%s字体：请在字体目录中放入%s字体文件，或安装 Debian 软件包 %s".formatted(typeface.label(),
					typeface.label(), typeface.freePackage));
		}
		return new Font(typeface, file, typeface.freeName, typeface.freeLabel, typeface.freeIsSubstitute);
	}

	private static List<Path> fontFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("字体目录不存在：" + folder);
		}
		try (Stream<Path> files = Files.walk(folder)) {
			List<Path> fonts = new ArrayList<>();
			files.filter((file) -> {
				String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
				return Files.isRegularFile(file) && (name.endsWith(".ttf") || name.endsWith(".ttc"));
			}).sorted().forEach(fonts::add);
			return fonts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A typeface of the norm.
	 */
	public enum Typeface {

		/** 小标宋: 发文机关标志 and 标题. */
		XIAOBIAOSONG("小标宋", new String[] { "小标宋", "xiaobiaosong", "xbs" }, "arphic/uming.ttc", "UMingCN",
				"AR PL UMing CN", true, "fonts-arphic-uming"),

		/** 仿宋: the body, 发文字号, dates. */
		FANGSONG("仿宋", new String[] { "仿宋", "fangsong", "simfang", "fs_gb2312" }, "arphic/uming.ttc", "UMingCN",
				"AR PL UMing CN", true, "fonts-arphic-uming"),

		/** 黑体: first-level headings, 份号, 密级, 紧急程度, 附件. */
		HEITI("黑体", new String[] { "黑体", "heiti", "simhei" }, "wqy/wqy-zenhei.ttc", "WenQuanYiZenHei",
				"WenQuanYi Zen Hei", false, "fonts-wqy-zenhei"),

		/** 楷体: second-level headings, 签发人 names. */
		KAITI("楷体", new String[] { "楷体", "kaiti", "simkai", "kt_gb2312" }, "lxgw-wenkai/LXGWWenKai-Regular.ttf", null,
				"LXGW WenKai", false, "fonts-lxgw-wenkai"),

		/** 宋体: page numbers. */
		SONGTI("宋体", new String[] { "宋体", "songti", "simsun" }, "arphic/uming.ttc", "UMingCN", "AR PL UMing CN", false,
				"fonts-arphic-uming");

		private final String label;

		private final String[] fileNames;

		private final String freeFile;

		private final @Nullable String freeName;

		private final String freeLabel;

		private final boolean freeIsSubstitute;

		private final String freePackage;

		Typeface(String label, String[] fileNames, String freeFile, @Nullable String freeName, String freeLabel,
				boolean freeIsSubstitute, String freePackage) {
			this.label = label;
			this.fileNames = fileNames;
			this.freeFile = freeFile;
			this.freeName = freeName;
			this.freeLabel = freeLabel;
			this.freeIsSubstitute = freeIsSubstitute;
			this.freePackage = freePackage;
		}

		public String label() {
			return this.label;
		}

		boolean matches(String fileName) {
			String name = fileName.toLowerCase(Locale.ROOT);
			for (String part : this.fileNames) {
				if (name.contains(part)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * A font file chosen for a typeface.
	 *
	 * @param typeface the typeface it sets
	 * @param file the .ttf or .ttc file
	 * @param nameInCollection the PostScript name of the font in a .ttc, or none for a
	 * .ttf
	 * @param name the font's name as people know it
	 * @param substituted whether it stands in for another typeface
	 */
	public record Font(Typeface typeface, Path file, @Nullable String nameInCollection, String name,
			boolean substituted) {
	}

}
