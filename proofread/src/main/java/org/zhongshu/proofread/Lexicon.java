package org.zhongshu.proofread;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the proofreader's data: its own files (UTF-8, one entry per line, {@code #}
 * comments and blank lines ignored) and the data other packages ship, line by line as
 * they wrote it.
 */
final class Lexicon {

	private Lexicon() {
	}

	/**
	 * @param resource a file beside this class
	 * @return its entries
	 */
	static List<String> lines(String resource) {
		return read(Lexicon.class.getResourceAsStream(resource), resource).stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

	/**
	 * @param resource the path of a data file in another package's jar
	 * @param origin the package, named in the message if the file is missing
	 * @return its lines, as they are
	 */
	static List<String> shipped(String resource, String origin) {
		InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("缺少数据文件 " + resource + "（" + origin + "）");
		}
		return read(in, resource);
	}

	private static List<String> read(InputStream stream, String resource) {
		if (stream == null) {
			throw new IllegalStateException("缺少校对数据文件 " + resource);
		}
		List<String> lines = new ArrayList<>();
		try (InputStream in = stream;
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				lines.add(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

}
