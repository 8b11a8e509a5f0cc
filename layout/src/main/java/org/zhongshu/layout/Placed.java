package org.zhongshu.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.zhongshu.layout.Typefaces.Typeface;

/**
 * Something set on a page, in millimetres from the page's top-left corner: what a
 * composed page is made of, whatever the output format.
 */
sealed interface Placed permits Placed.Text, Placed.Rule, Placed.Image {

	/** Red of the 版头 (GB/T 9704-2012 7.2.4 and 7.2.5). */
	int RED = 0xE60012;

	int BLACK = 0x000000;

	/**
	 * A line of text, each character set on its own place.
	 *
	 * @param text the characters
	 * @param typeface the typeface
	 * @param size the font size in points
	 * @param bold whether set bold (仿宋 headings of the third level)
	 * @param colour RGB
	 * @param x where the first character starts
	 * @param baseline the baseline
	 * @param pitch the distance from one full-width character to the next; half-width
	 * characters take half
	 * @param widthScale horizontal scale of the glyphs, 1 for none (the 发文机关标志 is
	 * narrowed to fit)
	 */
	record Text(String text, Typeface typeface, double size, boolean bold, int colour, double x, double baseline,
			double pitch, double widthScale) implements Placed {

		/**
		 * @return the width the text takes
		 */
		double width() {
			return width(this.text, this.pitch);
		}

		static double width(String text, double pitch) {
			return text.codePoints().mapToDouble((c) -> isHalfWidth(c) ? pitch / 2 : pitch).sum();
		}

		/**
		 * @return whether the character takes half a place: Latin letters, digits and
		 * their marks; Chinese marks, symbols (★, ①) and characters take a whole one
		 */
		static boolean isHalfWidth(int c) {
			return c < 0x2000;
		}

	}

	/**
	 * A straight horizontal rule.
	 *
	 * @param x1 where it starts
	 * @param x2 where it ends
	 * @param y its middle
	 * @param thickness how thick
	 * @param colour RGB
	 */
	record Rule(double x1, double x2, double y, double thickness, int colour) implements Placed {
	}

	/**
	 * A picture: the seal.
	 *
	 * @param file the PNG or JPEG file
	 * @param x its left
	 * @param y its top
	 * @param size its width and height
	 */
	record Image(Path file, double x, double y, double size) implements Placed {

		/**
		 * @return the picture's bytes, which must be a PNG or JPEG file: other kinds (an
		 * SVG with script, a PDF) are refused
		 * @throws IllegalArgumentException if it cannot be read or is of another kind
		 */
		byte[] picture() {
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(this.file);
			}
			catch (IOException ex) {
				throw new IllegalArgumentException("找不到印章图片 " + this.file, ex);
			}
			boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
					&& bytes[3] == 'G';
			boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
					&& (bytes[2] & 0xFF) == 0xFF;
			if (!png && !jpeg) {
				throw new IllegalArgumentException("印章图片应为 PNG 或 JPEG 文件：" + this.file.getFileName());
			}
			return bytes;
		}

	}

}
