package org.zhongshu.supervision;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.zhongshu.layout.OfficialDocument;
import org.zhongshu.platform.ContentStore;
import org.zhongshu.people.Directory;
import org.zhongshu.platform.Printer;
import org.zhongshu.platform.RefusedException;

/**
 * What the 督查室 issues (督查通报, 催办单) is signed by the office and kept as issued: the
 * document printed in every kind and kept by content, its hashes written in columns named
 * after the kinds ({@code pdf_sha256} …) of the table that records the issue, so that it
 * is read back as issued.
 */
@Component
class IssuedFiles {

	private final Printer printer;

	private final ContentStore store;

	private final Directory directory;

	IssuedFiles(Printer printer, ContentStore store, Directory directory) {
		this.printer = printer;
		this.store = store;
		this.directory = directory;
	}

	/**
	 * @return the office in whose name the 督查室 issues: its 发文机关 and 署名
	 * @throws RefusedException when the org tree has no office to sign
	 */
	String office() {
		String office = this.directory.officeName();
		if (office.isEmpty()) {
			throw new RefusedException("组织机构中没有“办公室”类的单位，无法署名印发，请系统管理员补充");
		}
		return office;
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
