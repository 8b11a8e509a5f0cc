package org.zhongshu.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the office's archive numbers its 件 ({@code zhongshu.archive.*}): the 全宗号 the
 * archives gave the office, and the 机构 code its documents are filed under.
 *
 * @param fonds the 全宗号, such as Z001
 * @param organ the 机构（问题）代码, such as BGS for 办公室
 */
@ConfigurationProperties("zhongshu.archive")
record ArchiveProperties(@DefaultValue("Z001") String fonds, @DefaultValue("BGS") String organ) {

	ArchiveProperties {
		if (!fonds.matches("[A-Z0-9]{1,10}") || !organ.matches("[A-Z0-9]{1,10}")) {
			throw new IllegalArgumentException("全宗号和机构代码只能由大写字母和数字组成，不超过 10 位");
		}
	}

}
