package org.zhongshu.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

/**
 * Files kept by their content under {@code ZHONGSHU_HOME/files}: each stored once, named
 * by its SHA-256, never changed once written. What a file is called is up to the module
 * that keeps it; here nothing a user typed becomes part of a path.
 */
@Service
public class ContentStore {

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	ContentStore(ZhongshuProperties properties) {
		this.root = properties.home().toAbsolutePath().normalize().resolve("files");
	}

	/**
	 * @return the content's SHA-256, by which it is read back
	 */
	public String store(byte[] content) {
		String hash = sha256(content);
		Path file = path(hash);
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Path partial = Files.createTempFile(file.getParent(), hash, ".part");
				Files.write(partial, content);
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法保存文件：" + ex.getMessage(), ex);
		}
		return hash;
	}

	/**
	 * @return the content stored under the hash
	 * @throws IllegalArgumentException if the hash is not one, or nothing is stored under
	 * it
	 */
	public byte[] read(String hash) {
		try {
			return Files.readAllBytes(path(hash));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("找不到文件 " + hash, ex);
		}
	}

	private Path path(String hash) {
		if (!HASH.matcher(hash).matches()) {
			throw new IllegalArgumentException("不是文件的摘要：" + hash);
		}
		return this.root.resolve(hash.substring(0, 2)).resolve(hash);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
