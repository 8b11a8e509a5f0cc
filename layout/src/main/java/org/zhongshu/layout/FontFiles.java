package org.zhongshu.layout;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.zhongshu.layout.Placed.Text;
import org.zhongshu.layout.Typefaces.Font;

/**
 * The typefaces' font files, each parsed at its first use and kept open for every
 * typeface it sets until {@link #close()}: parsing the character map of a CJK font takes
 * longer than printing a document. Not thread-safe; the renderers that own one print one
 * document at a time.
 */
final class FontFiles implements AutoCloseable {

	private final Typefaces typefaces;

	/** The fonts parsed so far, by file and name in the file: typefaces may share one. */
	private final Map<String, TrueTypeFont> parsed = new HashMap<>();

	private final List<Closeable> files = new ArrayList<>();

	FontFiles(Typefaces typefaces) {
		this.typefaces = typefaces;
	}

	Font font(Typefaces.Typeface typeface) {
		return this.typefaces.font(typeface);
	}

	/**
	 * @return the typeface's font, parsed
	 */
	TrueTypeFont parsed(Typefaces.Typeface typeface) throws IOException {
		Font font = this.typefaces.font(typeface);
		String key = font.file() + "#" + font.nameInCollection();
		TrueTypeFont known = this.parsed.get(key);
		if (known != null) {
			return known;
		}
		TrueTypeFont loaded;
		if (font.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
			TrueTypeCollection collection = new TrueTypeCollection(font.file().toFile());
			this.files.add(collection);
			TrueTypeFont[] chosen = { null };
			collection.processAllFonts((candidate) -> {
				if (chosen[0] == null
						&& (font.nameInCollection() == null || font.nameInCollection().equals(candidate.getName()))) {
					chosen[0] = candidate;
				}
			});
			if (chosen[0] == null) {
				throw new IllegalStateException("字体文件 %s 中没有 %s".formatted(font.file(), font.nameInCollection()));
			}
			loaded = chosen[0];
		}
		else {
			loaded = new TTFParser().parse(new RandomAccessReadBufferedFile(font.file().toFile()));
			this.files.add(loaded);
		}
		this.parsed.put(key, loaded);
		return loaded;
	}

	/**
	 * @return the family name the typeface's font is installed under, which word
	 * processors look fonts up by
	 */
	String family(Typefaces.Typeface typeface) throws IOException {
		TrueTypeFont font = parsed(typeface);
		return (font.getNaming() == null || font.getNaming().getFontFamily() == null) ? font(typeface).name()
				: font.getNaming().getFontFamily();
	}

	/**
	 * Refuses, before anything is drawn, a character a typeface's font cannot show,
	 * naming it and where it stands.
	 * @throws IllegalArgumentException naming the character, its font and its text
	 */
	void checkGlyphs(List<Composer.Page> pages) throws IOException {
		for (Typefaces.Typeface typeface : Typefaces.Typeface.values()) {
			Font font = font(typeface);
			CmapLookup characters = parsed(typeface).getUnicodeCmapLookup();
			for (Composer.Page page : pages) {
				for (Placed placed : page.items()) {
					if (!(placed instanceof Text text) || text.typeface() != typeface) {
						continue;
					}
					for (int c : text.text().codePoints().toArray()) {
						if (characters.getGlyphId(c) == 0) {
							throw new IllegalArgumentException("%s字体 %s 中没有“%s”（U+%04X），见“%s”：请换用有此字的字体，或改用规范汉字"
								.formatted(typeface.label(), font.name(), Character.toString(c), c, text.text()));
						}
					}
				}
			}
		}
	}

	/**
	 * Closes the font files.
	 */
	@Override
	public void close() {
		for (Closeable file : this.files) {
			try {
				file.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		this.files.clear();
		this.parsed.clear();
	}

}
