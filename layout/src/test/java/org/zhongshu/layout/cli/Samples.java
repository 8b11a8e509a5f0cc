package org.zhongshu.layout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.zhongshu.layout.OfficialDocument;

/**
 * The sample documents of src/test/resources/samples.
 */
final class Samples {

	private Samples() {
	}

	static OfficialDocument read(String name) {
		try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
			return DocumentJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
