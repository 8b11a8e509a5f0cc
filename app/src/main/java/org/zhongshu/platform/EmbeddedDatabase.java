package org.zhongshu.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL server Zhongshu runs for itself when no external database is configured.
 * Its data stays in the data directory and survives restarts; the superuser has a random
 * password kept beside it, and the server accepts only password logins from this machine.
 */
final class EmbeddedDatabase implements AutoCloseable {

	static final String DATABASE = "zhongshu";

	private static final String SUPERUSER = "postgres";

	private static final String LOCK_FILE = "epg-lock";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;

	private final String password;

	private final @Nullable Path throwAway;

	private EmbeddedDatabase(EmbeddedPostgres postgres, String password, @Nullable Path throwAway) {
		this.postgres = postgres;
		this.password = password;
		this.throwAway = throwAway;
	}

	/**
	 * Starts the server on the data under {@code home}, creating it on first use.
	 * @param home the data directory: the cluster goes to {@code pg/}, the superuser's
	 * password to {@code pg.secret}
	 * @param ephemeral whether to use a throw-away directory instead, deleted when the
	 * server stops (tests)
	 * @return the running server
	 */
	static EmbeddedDatabase start(Path home, boolean ephemeral) {
		Path base = ephemeral ? temporaryDirectory() : home;
		Path dataDirectory = base.resolve("pg");
		Path secretFile = base.resolve("pg.secret");
		try {
			Files.createDirectories(dataDirectory);
			boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
			if (fresh) {
				refuseIfNotEmpty(dataDirectory);
			}
			else {
				refuseIfInUse(dataDirectory);
				stopOrphanedServer(dataDirectory);
			}
			String password = fresh ? newPassword(secretFile) : Files.readString(secretFile).strip();
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("listen_addresses", "localhost")
				.setConnectConfig("password", password)
				.setPGStartupWait(Duration.ofSeconds(60))
				// stopped by the application context after what uses it; a server left
				// running by a crash is stopped at the next start
				.setRegisterShutdownHook(false)
				.start();
			EmbeddedDatabase database = new EmbeddedDatabase(postgres, password, ephemeral ? base : null);
			if (fresh) {
				database.secure(dataDirectory);
			}
			database.createApplicationDatabase();
			return database;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法启动内置数据库（数据目录 %s）：%s".formatted(dataDirectory, ex.getMessage()), ex);
		}
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:%d/%s".formatted(this.postgres.getPort(), DATABASE);
	}

	String user() {
		return SUPERUSER;
	}

	String password() {
		return this.password;
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
		if (this.throwAway != null) {
			FileSystemUtils.deleteRecursively(this.throwAway);
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("zhongshu-db-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void refuseIfNotEmpty(Path dataDirectory) throws IOException {
		try (var entries = Files.list(dataDirectory)) {
			if (entries.findAny().isPresent()) {
				throw new IllegalStateException(
						("数据目录 %s 不是空目录，也不是完整的数据库（可能是上次首次启动中途失败留下的）。" + "请确认其中没有需要的数据后删除该目录，再重新启动。")
							.formatted(dataDirectory));
			}
		}
	}

	private static void refuseIfInUse(Path dataDirectory) throws IOException {
		boolean locked;
		try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			locked = lock == null;
		}
		catch (OverlappingFileLockException ex) {
			locked = true;
		}
		if (locked) {
			throw new IllegalStateException(
					("数据目录 %s 正被另一个中枢实例使用。一个数据目录只能由一个实例使用；" + "多个节点共同服务时，请用 ZHONGSHU_DB_URL 连接外部 PostgreSQL。")
						.formatted(dataDirectory));
		}
	}

	/**
	 * A server left running by a process that was killed still holds the data directory;
	 * stop it before starting ours. No other instance holds the lock (checked before), so
	 * the server found is an orphan.
	 */
	private static void stopOrphanedServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = Files.readAllLines(pidFile)
			.stream()
			.findFirst()
			.map(String::strip)
			.filter((line) -> line.matches("\\d+"))
			.flatMap((pid) -> ProcessHandle.of(Long.parseLong(pid)))
			.filter((process) -> process.info().command().map((command) -> command.contains("postgres")).orElse(false));
		if (orphan.isPresent()) {
			logger.warn("发现上次未正常关闭的内置数据库进程 {}，正在停止。", orphan.get().pid());
			orphan.get().destroy();
			try {
				orphan.get().onExit().get(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (java.util.concurrent.ExecutionException | TimeoutException ex) {
				throw new IllegalStateException("无法停止上次遗留的内置数据库进程 " + orphan.get().pid(), ex);
			}
		}
	}

	private static String newPassword(Path secretFile) throws IOException {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		String password = HexFormat.of().formatHex(bytes);
		Files.createDirectories(secretFile.getParent());
		Files.deleteIfExists(secretFile);
		Files.createFile(secretFile);
		restrictToOwner(secretFile);
		Files.writeString(secretFile, password);
		return password;
	}

	private static void restrictToOwner(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

	/**
	 * initdb trusts every local connection; give the superuser its password and require
	 * it from now on.
	 */
	private void secure(Path dataDirectory) throws IOException {
		execute("postgres", "ALTER ROLE " + SUPERUSER + " PASSWORD '" + this.password + "'");
		Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
				# Written by Zhongshu: password logins from this machine only.
				local   all   all                  scram-sha-256
				host    all   all   127.0.0.1/32   scram-sha-256
				host    all   all   ::1/128        scram-sha-256
				""");
		execute("postgres", "SELECT pg_reload_conf()");
	}

	private void createApplicationDatabase() {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
			if (!exists.next()) {
				statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("无法在内置数据库中创建 " + DATABASE + " 库：" + ex.getMessage(), ex);
		}
	}

	private void execute(String database, String sql) {
		try (Connection connection = this.postgres.getDatabase(SUPERUSER, database).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("内置数据库初始化失败：" + ex.getMessage(), ex);
		}
	}

}
