package org.zhongshu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one database serve one office: a session begun on one node
 * goes on on the other, an account locked on one is locked on the other, and a word added
 * to the office's word list on one is known to the other's proofreader.
 */
@DemoOfficeTest
class TwoNodesTests {

	static ConfigurableApplicationContext second;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startSecondNode(@Autowired ApplicationContext first) {
		second = SecondNode.start(first);
	}

	@AfterAll
	static void stopSecondNode() {
		second.close();
	}

	@Test
	void theSecondNodeUsesTheConfiguredServerAndStartsNoDatabaseOfItsOwn() {
		assertThat(second.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
	}

	@Test
	void aSessionBegunOnOneNodeGoesOnOnTheOther() {

		WebSession first = new WebSession(this.port);
		assertThat(first.login("xinxi3", DemoOfficeTest.PASSWORD).redirectPath()).isEqualTo("/");
		WebSession sameBrowserOnSecondNode = first.onPort(secondPort());

		assertThat(sameBrowserOnSecondNode.get("/").body()).contains("高飞");
		sameBrowserOnSecondNode.post("/logout", Map.of());

		assertThat(first.get("/").status()).isEqualTo(302);
	}

	@Test
	void anAccountLockedOnOneNodeIsLockedOnTheOther() {
		try {
			for (int i = 0; i < 5; i++) {
				new WebSession(secondPort()).login("xinxi4", "Wrong#Pass" + i);
			}

			assertThat(new WebSession(this.port).login("xinxi4", DemoOfficeTest.PASSWORD).redirectPath())
				.isEqualTo("/login?error");
		}
		finally {
			this.jdbc
				.sql("UPDATE credential SET failed_attempts = 0, locked_until = NULL "
						+ "WHERE person_id = (SELECT id FROM person WHERE login_name = 'xinxi4')")
				.update();
		}
	}

	@Test
	void aWordAddedToTheOfficesListOnOneNodeIsKnownToTheOthersProofreader() {
		String text = "{\"text\": \"刘方炜同志主持会议。\"}";
		WebSession onSecond = WebSession.signedIn(secondPort(), "wenmi");
		assertThat(onSecond.json("POST", "/api/v1/proofread", text).body()).contains("\"original\":\"炜\"");
		try {
			WebSession onFirst = WebSession.signedIn(this.port, "wenmi");
			assertThat(onFirst.json("POST", "/api/v1/proofread/words", "{\"written\": \"刘方炜\"}").status())
				.isEqualTo(201);

			assertThat(onSecond.json("POST", "/api/v1/proofread", text).body()).isEqualTo("{\"issues\":[]}");
		}
		finally {
			this.jdbc.sql("delete from office_word").update();
		}
	}

	private static int secondPort() {
		return SecondNode.port(second);
	}

}
