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
 * Reads the proofreader's data files: UTF-8 text, one entry per line, {@code #} comments
 * and blank lines ignored.
 */
final class Lexicon {

	private Lexicon() {
	}

	static List<String> lines(String resource) {
		List<String> lines = new ArrayList<>();
		try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("缺少校对数据文件 " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					lines.add(entry);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

}
