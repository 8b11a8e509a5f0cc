package org.zhongshu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * 中枢: the work platform of a Party committee office.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "中枢 Zhongshu", sharedModules = "platform")
public class Zhongshu {

	public static void main(String[] args) {
		SpringApplication.run(Zhongshu.class, args);
	}

}
