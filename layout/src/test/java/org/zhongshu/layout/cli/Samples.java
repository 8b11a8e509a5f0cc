package org.zhongshu.layout.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;

import javax.imageio.ImageIO;

import org.zhongshu.layout.OfficialDocument;

/**
 * The sample documents of src/test/resources/samples.
 */
final class Samples {

	private Samples() {
	}

	static OfficialDocument read(String name) {
		return DocumentJson.read(json(name));
	}

	/**
	 * @return the sample with its seal at the given file
	 */
	static OfficialDocument read(String name, Path seal) {
		String quoted = "\"" + seal.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		return DocumentJson
			.read(json(name).replaceFirst("\\{", Matcher.quoteReplacement("{\"seal\": " + quoted + ",")));
	}

	/**
	 * @return a red ring, as a seal's PNG picture, written to the folder
	 */
	static Path seal(Path folder) throws IOException {
		Path seal = folder.resolve("印章.png");
		BufferedImage picture = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = picture.createGraphics();
		graphics.setColor(Color.RED);
		graphics.setStroke(new BasicStroke(8));
		graphics.drawOval(8, 8, 184, 184);
		graphics.dispose();
		ImageIO.write(picture, "png", seal.toFile());
		return seal;
	}

	/**
	 * @return an SVG with script, named as if it were a PNG picture
	 */
	static Path scriptedSvg(Path folder) throws IOException {
		return Files.writeString(folder.resolve("印章.png.svg"),
				"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
	}

	static String json(String name) {
		try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
