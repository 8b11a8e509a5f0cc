package org.zhongshu.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one {@link javax.sql.DataSource}: a pool in front of the external
 * PostgreSQL named by {@code ZHONGSHU_DB_URL}, or else in front of the embedded server.
 * Every module's tables live in the schema {@value #SCHEMA}.
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
	HikariDataSource dataSource(ZhongshuProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
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
			EmbeddedDatabase database = embedded.getObject();
			config.setJdbcUrl(database.jdbcUrl());
			config.setUsername(database.user());
			config.setPassword(database.password());
		}
		return new HikariDataSource(config);
	}

}
