package org.zhongshu.supervision;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhongshu.layout.OfficialDocument;
import org.zhongshu.platform.ContentStore;
import org.zhongshu.platform.Printer;

/**
 * The files of what the 督查室 issues (督查通报, 催办单): the document printed in every kind and
 * kept by content, its hashes written in columns named after the kinds
 * ({@code pdf_sha256} …) of the table that records the issue, so that it is read back as
 * issued.
 */
@Component
class IssuedFiles {

	private final Printer printer;

	private final ContentStore store;

	IssuedFiles(Printer printer, ContentStore store) {
		this.printer = printer;
		this.store = store;
	}

	/**
	 * @return the hashes of the kept files by parameter name: {@code pdf}, {@code ofd},
	 * {@code docx}
	 */
	Map<String, Object> keep(OfficialDocument document) {
		Map<String, Object> hashes = new HashMap<>();
		this.printer.printEveryKind(document)
			.forEach((kind, file) -> hashes.put(kind.name().toLowerCase(Locale.ROOT), this.store.store(file)));
		return hashes;
	}

	/**
	 * @return the column that holds the hash of the kind
	 */
	static String column(Printer.Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT) + "_sha256";
	}

	byte[] read(String hash) {
		return this.store.read(hash);
	}

}
