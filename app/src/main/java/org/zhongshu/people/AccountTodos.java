package org.zhongshu.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Todo;
import org.zhongshu.platform.TodoProvider;

/**
 * What the 工作台 shows about accounts: the person's previous login (to spot someone
 * else's), a password about to expire, a second factor worth enrolling; and for the
 * administrators, the accounts that need them.
 */
@Component
class AccountTodos implements TodoProvider {

	static final String SOURCE = "账户安全";

	private static final long PASSWORD_WARNING_DAYS = 14;

	private static final DateTimeFormatter LOGIN_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private final People people;

	private final Credentials credentials;

	private final LoginSecurityProperties settings;

	private final Clock clock;

	AccountTodos(People people, Credentials credentials, LoginSecurityProperties settings, Clock clock) {
		this.people = people;
		this.credentials = credentials;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		Instant now = this.clock.instant();
		ZoneId zone = this.clock.getZone();
		List<Todo> todos = new ArrayList<>();
		Optional<Person> person = this.people.findById(user.id());
		if (user.roles().isEmpty()) {
			todos.add(new Todo(SOURCE, Todo.Kind.NOTICE, "您的账户尚未分配角色，暂不能办理业务。请联系安全保密管理员授予角色。", "/account", null, null));
		}
		this.credentials.find(user.id()).ifPresent((credential) -> {

			if (credential.previousLoginAt() != null) {
				todos.add(new Todo(SOURCE, Todo.Kind.NOTICE,
						"上次登录：%s，来自 %s。如非本人操作，请立即修改密码。".formatted(
								LOGIN_TIME.format(credential.previousLoginAt().atZone(zone)),
								credential.previousLoginIp()),
						"/account", null, null));
			}
			long daysLeft = credential.daysUntilPasswordExpires(now, this.settings.passwordMaximumAge());
			if (person.map((p) -> !p.isDemo()).orElse(false) && daysLeft <= PASSWORD_WARNING_DAYS) {
				LocalDate expiry = credential.passwordChangedAt()
					.plus(this.settings.passwordMaximumAge())
					.atZone(zone)
					.toLocalDate();
				todos.add(new Todo(SOURCE, Todo.Kind.ACTION, "密码将于 %d 天后过期，请及时修改。".formatted(Math.max(daysLeft, 0)),
						"/account/password", null, expiry));
			}
			if (!credential.hasSecondFactor()
					&& person.map((p) -> !this.settings.requiresSecondFactor(p)).orElse(false)) {
				todos.add(new Todo(SOURCE, Todo.Kind.NOTICE, "建议绑定动态口令：即使密码泄露，他人也无法登录您的账户。", "/account/second-factor",
						null, null));
			}
		});
		if (user.hasRole(Role.SYSTEM_ADMIN.name())) {
			long locked = this.credentials.countLockedAt(now);
			if (locked > 0) {
				todos.add(new Todo(SOURCE, Todo.Kind.ACTION, "%d 个账户因连续输错密码被锁定，核实身份后可解锁。".formatted(locked),
						"/admin/users", null, null));
			}
			if (this.people.findActiveHolding(Role.SECURITY_ADMIN.name()).isEmpty()) {
				todos.add(new Todo(SOURCE, Todo.Kind.ACTION, "尚未任命安全保密管理员：请新建其账户并在用户列表中任命，此后由其授予角色和密级。", "/admin/users",
						null, null));
			}
		}
		if (user.hasRole(Role.SECURITY_ADMIN.name())) {
			long withoutRole = this.people.countActiveWithoutRole();
			if (withoutRole > 0) {
				todos.add(new Todo(SOURCE, Todo.Kind.ACTION, "%d 名用户尚未分配角色，分配后才能办理业务。".formatted(withoutRole),
						"/admin/grants", null, null));
			}
		}
		return todos;
	}

}
