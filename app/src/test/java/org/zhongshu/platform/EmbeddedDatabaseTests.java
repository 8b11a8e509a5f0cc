package org.zhongshu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL an office runs without any setup: its data survives restarts,
 * even after the application was killed, and nobody reaches it without its password.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path home;

	@Test
	void keepsItsDataAcrossRestarts() throws Exception {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(this.home, false)) {
			execute(first, "CREATE TABLE note (text varchar(20))", "INSERT INTO note VALUES ('第一次启动写入')");
		}

		try (EmbeddedDatabase second = EmbeddedDatabase.start(this.home, false)) {
			assertThat(query(second, "SELECT text FROM note")).isEqualTo("第一次启动写入");
		}
	}

	@Test
	void refusesASecondInstanceOnTheSameData() {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(this.home, false)) {
			assertThatIllegalStateException().isThrownBy(() -> EmbeddedDatabase.start(this.home, false))
				.withMessageContaining("正被另一个中枢实例使用")
				.withMessageContaining("ZHONGSHU_DB_URL");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void refusesADirectoryThatHoldsSomethingElse() throws Exception {
		Files.createDirectories(this.home.resolve("pg"));
		Files.writeString(this.home.resolve("pg/报告.docx"), "不是数据库");

		assertThatIllegalStateException().isThrownBy(() -> EmbeddedDatabase.start(this.home, false))
			.withMessageContaining("不是空目录");
	}

	@Test
	void acceptsOnlyItsPassword() throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.home, false)) {
			assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), database.user(), "guess"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			assertThat(Files.readString(this.home.resolve("pg.secret"))).isEqualTo(database.password());
			assertThat(Files.getPosixFilePermissions(this.home.resolve("pg.secret")))
				.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		}
	}

	@Test
	void recoversFromAnApplicationThatWasKilled() throws Exception {
		Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedDatabaseHolder.class.getName(), this.home.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			do {
				line = output.readLine();
			}
			while (line != null && !line.equals(EmbeddedDatabaseHolder.READY));
			assertThat(line).as("the other process started its database").isEqualTo(EmbeddedDatabaseHolder.READY);
		}
		holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(this.home.resolve("pg/postmaster.pid")).exists();

		try (EmbeddedDatabase database = EmbeddedDatabase.start(this.home, false)) {
			assertThat(query(database, "SELECT text FROM note")).isEqualTo("被强行结束之前写入");
		}
	}

	private static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
				database.password()); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String query(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
				database.password());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	/**
	 * Stands for an application that starts its database, writes, and is then killed
	 * without shutting down.
	 */
	static final class EmbeddedDatabaseHolder {

		static final String READY = "READY";

		public static void main(String[] args) throws Exception {
			EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), false);
			execute(database, "CREATE TABLE note (text varchar(20))", "INSERT INTO note VALUES ('被强行结束之前写入')");
			System.out.println(READY);
			System.out.flush();
			Thread.sleep(Long.MAX_VALUE);
		}

	}

}
