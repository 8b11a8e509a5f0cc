package org.zhongshu.supervision;

import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhongshu.people.Directory;
import org.zhongshu.people.Role;
import org.zhongshu.platform.Classification;

/**
 * Reminders by e-mail, when the office has configured a mail server
 * ({@code spring.mail.host}): each reminder written is mailed, once it is committed, to
 * the liaisons of its unit who have given an address. An item marked 秘密 or above is not
 * named in a mail, which leaves the office's network: the mail only says a classified
 * task waits. A mail that cannot be sent is logged; the reminder stands in the 工作台.
 */
@Component
class ReminderMail {

	private static final Logger logger = LoggerFactory.getLogger(ReminderMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final String from;

	private final String address;

	ReminderMail(ObjectProvider<JavaMailSender> sender, Directory directory, JdbcClient jdbc,
			@Value("${zhongshu.mail.from:zhongshu@localhost}") String from,
			@Value("${zhongshu.address:}") String address) {
		this.sender = sender;
		this.directory = directory;
		this.jdbc = jdbc;
		this.from = from;
		this.address = address;
	}

	/**
	 * A reminder was written for a unit.
	 *
	 * @param task the task's id
	 * @param unit the unit reminded
	 * @param kind what the reminder is, as the 工作台 calls it
	 */
	record ReminderSent(UUID task, String unit, String kind) {
	}

	@TransactionalEventListener
	void mail(ReminderSent sent) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			return;
		}
		Subject subject = this.jdbc.sql("""
				select i.id, i.title, i.classification, t.deadline from supervision_task t
				join supervision_item i on i.id = t.item_id where t.id = :task""")
			.param("task", sent.task())
			.query((row, number) -> new Subject(row.getObject("id", UUID.class), row.getString("title"),
					Classification.valueOf(row.getString("classification")),
					row.getObject("deadline", LocalDate.class)))
			.single();
		for (String to : this.directory.emailsOf(sent.unit(), Role.LIAISON)) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(to);
			message.setSubject("【督查督办】" + sent.kind() + "：" + subject.shownTitle());
			message.setText("""
					%s：

					%s：%s，完成时限 %s。
					请登录中枢办理%s。
					""".formatted(sent.unit(), sent.kind(), subject.shownTitle(), subject.deadline(),
					this.address.isBlank() ? "" : "：" + this.address + "/supervision/items/" + subject.item()));
			try {
				mail.send(message);
			}
			catch (MailException ex) {
				logger.warn("督办提醒邮件未能发给 {}：{}", to, ex.getMessage());
			}
		}
	}

	private record Subject(UUID item, String title, Classification classification, LocalDate deadline) {

		String shownTitle() {
			return (this.classification.compareTo(ItemRead.RECORDED_FROM) >= 0) ? "一项涉密督办事项（请登录查看）" : this.title;
		}

	}

}
