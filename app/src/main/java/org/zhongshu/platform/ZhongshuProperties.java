package org.zhongshu.platform;

import java.nio.file.Path;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Zhongshu keeps its data and which database it uses ({@code zhongshu.*}, or the
 * environment variables {@code ZHONGSHU_HOME}, {@code ZHONGSHU_DB_URL} and so on).
 *
 * @param home the data directory: {@code pg/} for the embedded database, {@code files/}
 * for files kept by their content, later {@code index/}
 * @param demo whether to load the demo committee office on first start
 * @param timeZone the office's time zone, for everything shown to users
 * @param db the database
 * @param fonts the folder of the office's licensed fonts (方正小标宋, 仿宋_GB2312, 黑体,
 * 楷体_GB2312, 宋体) for printing 公文; without it the free fonts installed stand in
 */
@ConfigurationProperties("zhongshu")
public record ZhongshuProperties(@DefaultValue("./zhongshu-data") Path home, boolean demo,
		@DefaultValue("Asia/Shanghai") ZoneId timeZone, @DefaultValue Database db, @Nullable Path fonts) {

	/**
	 * @param url JDBC URL of an external PostgreSQL server; without it Zhongshu runs its
	 * own embedded one
	 * @param user user name for the external server
	 * @param password password for the external server
	 * @param ephemeral for tests: run the embedded database in a throw-away directory
	 * deleted at shutdown
	 */
	public record Database(@Nullable String url, @Nullable String user, @Nullable String password, boolean ephemeral) {

		boolean isExternal() {
			return this.url != null && !this.url.isBlank();
		}

	}

}
