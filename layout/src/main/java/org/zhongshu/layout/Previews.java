package org.zhongshu.layout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PNG pictures of a PDF's pages, for a person to look at before printing.
 */
public final class Previews {

	private Previews() {
	}

	/**
	 * @param pdf the PDF
	 * @param folder where to write, created if missing
	 * @param name the files' name, to which -1.png, -2.png … are added
	 * @param dpi the resolution, 60 for a glance and 150 for detail
	 * @return the files written, in page order
	 */
	public static List<Path> write(byte[] pdf, Path folder, String name, int dpi) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Files.createDirectories(folder);
			PDFRenderer renderer = new PDFRenderer(document);
			List<Path> files = new ArrayList<>();
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				BufferedImage image = renderer.renderImageWithDPI(i, dpi);
				Path file = folder.resolve("%s-%d.png".formatted(name, i + 1));
				ImageIO.write(image, "png", file.toFile());
				files.add(file);
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
