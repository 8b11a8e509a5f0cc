package org.zhongshu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.DemoOfficeTest;

/**
 * Reminders by e-mail through a real SMTP server (GreenMail): each reminder is mailed
 * once to the unit's liaison, with a link to the item, and a classified item is not
 * named.
 */
@DemoOfficeTest
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
		"zhongshu.address=https://zhongshu.jianglin.gov.cn" })
class ReminderMailTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Items items;

	@Autowired
	SupervisionReminders reminders;

	@Autowired
	Clock clock;

	@Test
	void eachReminderIsMailedOnceToTheUnitsLiaisonWithoutNamingAClassifiedItem() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		this.items.create(
				new Items.NewItem(Source.SUPERIOR, "", "邮件测试：推进政务服务“一网通办”", "", "李卫东", Classification.INTERNAL),
				List.of(new Items.NewTask("江临市教育局", List.of(), today, Cycle.ONCE)), SupervisionTests.SUPERVISOR);
		this.items.create(new Items.NewItem(Source.SUPERIOR, "", "邮件测试：涉密专项", "", "李卫东", Classification.CONFIDENTIAL),
				List.of(new Items.NewTask("江临市教育局", List.of(), today, Cycle.ONCE)), SupervisionTests.SUPERVISOR);

		this.reminders.remind();
		this.reminders.remind();

		assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
		MimeMessage[] received = mail.getReceivedMessages();
		assertThat(received).hasSize(2);
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : received) {
			assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
				.containsExactly("lianluo7@jianglin.gov.cn");
			assertThat(message.getContent().toString()).doesNotContain("涉密专项");
			subjects.add(message.getSubject());
		}
		assertThat(subjects).containsExactlyInAnyOrder("【督查督办】督办任务临近时限：邮件测试：推进政务服务“一网通办”",
				"【督查督办】督办任务临近时限：一项涉密督办事项（请登录查看）");
		assertThat(received[0].getContent().toString() + received[1].getContent())
			.contains("https://zhongshu.jianglin.gov.cn/supervision/items/");
	}

}
