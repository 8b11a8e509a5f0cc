package org.zhongshu.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Todo;
import org.zhongshu.platform.TodoProvider;

/**
 * What the auditor should look at today: failed logins, locked accounts and refused
 * requests since yesterday.
 */
@Component
class AuditTodos implements TodoProvider {

	static final String AUDITOR = "AUDITOR";

	private final AuditRecords records;

	private final Clock clock;

	AuditTodos(AuditRecords records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		if (!user.hasRole(AUDITOR)) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate yesterday = today.minusDays(1);
		List<Todo> todos = new ArrayList<>();
		count(todos, yesterday, today, "LOGIN_FAILED", "昨日以来登录失败 %d 次");
		count(todos, yesterday, today, "ACCOUNT_LOCKED", "昨日以来有 %d 个账户因连续输错被锁定");
		count(todos, yesterday, today, "ACCESS_REFUSED", "昨日以来越权访问被拒绝 %d 次");
		todos.add(new Todo("安全审计", Todo.Kind.NOTICE, "定期校验审计日志的哈希链，确认记录未被篡改。", "/audit", null, null));
		return todos;
	}

	private void count(List<Todo> todos, LocalDate from, LocalDate to, String event, String title) {
		long count = this.records.count(new AuditQuery(from, to, null, event, null));
		if (count > 0) {
			todos.add(new Todo("安全审计", Todo.Kind.ACTION, title.formatted(count),
					"/audit?event=%s&from=%s&to=%s".formatted(event, from, to), null, null));
		}
	}

}
