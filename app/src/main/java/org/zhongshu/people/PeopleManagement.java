package org.zhongshu.people;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.NotFoundException;
import org.zhongshu.platform.RefusedException;

/**
 * The administrators' work on people and the org tree, each use case in one transaction
 * with its audit record. The system administrator keeps the org tree and the accounts;
 * the security administrator grants roles and clearances (三员分立).
 */
@Service
@Transactional
class PeopleManagement {

	private final People people;

	private final Units units;

	private final Credentials credentials;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final Sessions sessions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PeopleManagement(People people, Units units, Credentials credentials, PasswordEncoder passwords,
			PasswordPolicy policy, Sessions sessions, Clock clock, ApplicationEventPublisher events) {
		this.people = people;
		this.units = units;
		this.credentials = credentials;
		this.passwords = passwords;
		this.policy = policy;
		this.sessions = sessions;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	OrgTree orgTree() {
		return OrgTree.of(this.units.findAllInOrder());
	}

	Unit createUnit(@Nullable Long parentId, String name, String shortName, UnitKind kind, int sortOrder) {
		if (parentId != null && !this.units.existsById(parentId)) {
			throw new RefusedException("所选的上级单位不存在，请刷新页面后重选。");
		}
		Unit unit = saveUnit(new Unit(parentId, name, shortName, kind, sortOrder));
		this.events.publishEvent(new UnitChanged(unit.name(), UnitChanged.Change.CREATED));
		return unit;
	}

	Unit changeUnit(long id, @Nullable Integer version, @Nullable Long parentId, String name, String shortName,
			UnitKind kind, int sortOrder) {
		Unit unit = unit(id);
		requireVersion(unit.version(), version);
		if (parentId != null) {
			OrgTree tree = orgTree();
			if (tree.unit(parentId).isEmpty()) {
				throw new RefusedException("所选的上级单位不存在，请刷新页面后重选。");
			}
			if (tree.subtreeOf(id).contains(parentId)) {
				throw new RefusedException("上级单位不能是它自己或它的下级单位。");
			}
		}
		unit.change(parentId, name, shortName, kind, sortOrder);
		Unit saved = saveUnit(unit);
		this.events.publishEvent(new UnitChanged(saved.name(), UnitChanged.Change.EDITED));
		return saved;
	}

	void deleteUnit(long id) {
		Unit unit = unit(id);
		if (this.units.existsByParentId(id)) {
			throw new RefusedException("“%s”下还有单位，请先删除或移走下级单位。".formatted(unit.name()));
		}
		if (this.people.existsByUnitId(id)) {
			throw new RefusedException("“%s”下还有人员，请先把人员调到其他单位。".formatted(unit.name()));
		}
		this.units.delete(unit);
		this.events.publishEvent(new UnitChanged(unit.name(), UnitChanged.Change.DELETED));
	}

	NewAccount createPerson(LoginName loginName, Person.Profile profile) {
		if (this.people.existsByLoginName(loginName.value())) {
			throw new RefusedException("登录名“%s”已被使用，请换一个。".formatted(loginName));
		}
		requireUnit(profile.unitId());
		Person person = this.people.save(new Person(loginName, profile, this.clock.instant()));
		String password = this.policy.temporaryPassword(person.loginName());
		this.credentials.create(person.id(), this.passwords.encode(password), this.clock.instant(), true);
		this.events.publishEvent(new PersonChanged(person.loginName(), PersonChanged.Change.CREATED,
				profile.name() + "，" + orgTree().nameOf(profile.unitId())));
		return new NewAccount(person, password);
	}

	/**
	 * Creates the first system administrator of an empty installation, with an org tree
	 * of two units to rename.
	 * @param chosenPassword the password set by the operator, or none to generate one
	 * @return the account, with the generated password
	 * @throws IllegalStateException when the chosen password does not meet the policy
	 */
	NewAccount createFirstAdministrator(String loginName, @Nullable String chosenPassword) {
		if (chosenPassword != null) {
			List<String> problems = this.policy.problems(chosenPassword, loginName);
			if (!problems.isEmpty()) {
				throw new IllegalStateException("ZHONGSHU_ADMIN_PASSWORD 不符合密码规则：" + String.join("", problems));
			}
		}
		Unit committee = createUnit(null, "本级党委", "", UnitKind.COMMITTEE, 0);
		Unit office = createUnit(committee.id(), "党委办公室", "", UnitKind.OFFICE, 0);
		Person person = new Person(new LoginName(loginName),
				new Person.Profile("系统管理员", office.id(), "系统管理", "", "", Person.Profile.DEFAULT_SORT_ORDER),
				this.clock.instant());
		person.grant(Set.of(Role.SYSTEM_ADMIN), Classification.PUBLIC);
		person = this.people.save(person);
		String password = (chosenPassword != null) ? chosenPassword : this.policy.temporaryPassword(loginName);
		this.credentials.create(person.id(), this.passwords.encode(password), this.clock.instant(), true);
		this.events.publishEvent(new PersonChanged(person.loginName(), PersonChanged.Change.CREATED, "首次启动时创建的系统管理员"));
		this.events.publishEvent(new GrantsChanged(person.loginName(), person.roles(), person.clearance()));
		return new NewAccount(person, password);
	}

	Person changeProfile(long id, @Nullable Integer version, Person.Profile profile) {
		Person person = person(id);
		requireVersion(person.version(), version);
		requireUnit(profile.unitId());
		person.changeProfile(profile);
		Person saved = this.people.save(person);
		this.events.publishEvent(new PersonChanged(saved.loginName(), PersonChanged.Change.EDITED,
				profile.name() + "，" + orgTree().nameOf(profile.unitId())));
		return saved;
	}

	void disable(long id, CurrentUser actor) {
		Person person = person(id);
		if (person.id() == actor.id()) {
			throw new RefusedException("不能停用自己的账户。");
		}
		person.disable();
		this.people.save(person);
		this.sessions.endAllOf(person.loginName());
		this.events.publishEvent(new PersonChanged(person.loginName(), PersonChanged.Change.DISABLED, ""));
	}

	void enable(long id) {
		Person person = person(id);
		person.enable();
		this.people.save(person);
		this.events.publishEvent(new PersonChanged(person.loginName(), PersonChanged.Change.ENABLED, ""));
	}

	/**
	 * @return the new one-time password to hand to the person
	 */
	String resetPassword(long id, CurrentUser actor) {
		Person person = person(id);
		if (person.id() == actor.id()) {
			throw new RefusedException("不能重置自己的密码，请在“个人设置”中修改。");
		}
		String password = this.policy.temporaryPassword(person.loginName());
		this.credentials.resetPassword(person.id(), this.passwords.encode(password), this.clock.instant());
		this.sessions.endAllOf(person.loginName());
		this.events.publishEvent(new PersonChanged(person.loginName(), PersonChanged.Change.PASSWORD_RESET, ""));
		return password;
	}

	void unlock(long id) {
		Person person = person(id);
		this.credentials.unlock(person.id());
		this.events.publishEvent(new PersonChanged(person.loginName(), PersonChanged.Change.UNLOCKED, ""));
	}

	/**
	 * The security administrator's grant. The person's sessions end, so that the change
	 * takes effect at once.
	 */
	Person grant(long id, @Nullable Integer version, Set<Role> roles, Classification clearance, CurrentUser actor) {
		Person person = person(id);
		if (person.id() == actor.id()) {
			throw new RefusedException("不能调整自己的角色和密级，请由另一位安全保密管理员办理。");
		}
		requireVersion(person.version(), version);
		person.grant(roles, clearance);
		Person saved = this.people.save(person);
		this.sessions.endAllOf(saved.loginName());
		this.events.publishEvent(new GrantsChanged(saved.loginName(), saved.roles(), saved.clearance()));
		return saved;
	}

	/**
	 * On a new installation nobody grants roles yet: the system administrator appoints
	 * the first security administrator, who grants every role from then on.
	 */
	Person appointFirstSecurityAdministrator(long id) {
		if (!this.people.findActiveHolding(Role.SECURITY_ADMIN.name()).isEmpty()) {
			throw new RefusedException("已有安全保密管理员，角色应由安全保密管理员授予。");
		}
		Person person = person(id);
		if (!person.roles().isEmpty() || !person.isActive()) {
			throw new RefusedException("只能任命一位已启用、尚未担任任何角色的用户为安全保密管理员。");
		}
		person.grant(Set.of(Role.SECURITY_ADMIN), Classification.PUBLIC);
		Person saved = this.people.save(person);
		this.sessions.endAllOf(saved.loginName());
		this.events.publishEvent(new GrantsChanged(saved.loginName(), saved.roles(), saved.clearance()));
		return saved;
	}

	@Transactional(readOnly = true)
	boolean hasSecurityAdministrator() {
		return !this.people.findActiveHolding(Role.SECURITY_ADMIN.name()).isEmpty();
	}

	/**
	 * For a lost phone: the person enrols a new authenticator app at their next login.
	 */
	void resetSecondFactor(long id) {
		Person person = person(id);
		this.credentials.removeSecondFactor(person.id());
		this.sessions.endAllOf(person.loginName());
		this.events.publishEvent(new SecondFactorChanged(person.loginName(), false));
	}

	@Transactional(readOnly = true)
	Person person(long id) {
		return this.people.findById(id).orElseThrow(() -> new NotFoundException("用户不存在或已被删除。"));
	}

	@Transactional(readOnly = true)
	Unit unit(long id) {
		return this.units.findById(id).orElseThrow(() -> new NotFoundException("单位不存在或已被删除。"));
	}

	private void requireUnit(long unitId) {
		if (!this.units.existsById(unitId)) {
			throw new RefusedException("所选的单位不存在，请刷新页面后重选。");
		}
	}

	private Unit saveUnit(Unit unit) {
		try {
			return this.units.save(unit);
		}
		catch (DuplicateKeyException ex) {
			throw new RefusedException("同一上级单位下已有名为“%s”的单位。".formatted(unit.name()));
		}
	}

	private static void requireVersion(@Nullable Integer current, @Nullable Integer submitted) {
		if (submitted != null && !Objects.equals(current, submitted)) {
			throw new RefusedException("这条数据刚被其他人修改过，请刷新页面后再改。");
		}
	}

}
