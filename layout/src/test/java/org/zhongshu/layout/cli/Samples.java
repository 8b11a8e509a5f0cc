package org.zhongshu.layout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;

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

	static String json(String name) {
		try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
