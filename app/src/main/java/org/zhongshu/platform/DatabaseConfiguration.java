package org.zhongshu.platform;

import java.util.Optional;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one {@link javax.sql.DataSource}: a pool in front of the external
 * PostgreSQL named by {@code ZHONGSHU_DB_URL}, or else in front of the embedded server.
 * Every module's tables live in the schema {@value #SCHEMA}. The embedded server is
 * injected as a dependency, not looked up, so that it stops only after everything using
 * the pool (Flowable's job executor among them) has stopped.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	static final String SCHEMA = "zhongshu";

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("'${zhongshu.db.url:}'.isBlank()")
	EmbeddedDatabase embeddedDatabase(ZhongshuProperties properties) {
		return EmbeddedDatabase.start(properties.home().toAbsolutePath().normalize(), properties.db().ephemeral());
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(ZhongshuProperties properties, Optional<EmbeddedDatabase> embedded) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("zhongshu");
		config.setSchema(SCHEMA);
		ZhongshuProperties.Database db = properties.db();
		if (db.isExternal()) {
			config.setJdbcUrl(db.url());
			config.setUsername(db.user());
			config.setPassword(db.password());
		}
		else {
			EmbeddedDatabase database = embedded.orElseThrow();
			config.setJdbcUrl(database.jdbcUrl());
			config.setUsername(database.user());
			config.setPassword(database.password());
		}
		return new HikariDataSource(config);
	}

}
