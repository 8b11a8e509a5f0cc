package org.zhongshu.people;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.RefusedException;

/**
 * A person who works with Zhongshu: a leader, office staff, a unit's liaison or an
 * administrator. Their password and login state are kept apart, in {@link Credentials}.
 */
@Table("person")
class Person {

	private @Id @Nullable Long id;

	private String loginName;

	private String name;

	private long unitId;

	private String post;

	private String title;

	private String phone;

	private String email;

	private int sortOrder;

	private Classification clearance;

	private boolean active;

	private boolean demo;

	private Instant createdAt;

	@MappedCollection(idColumn = "person_id")
	private Set<RoleGrant> roles;

	private @Version @Nullable Integer version;

	Person(LoginName loginName, Profile profile, Instant createdAt) {
		this.loginName = loginName.value();
		this.name = profile.name();
		this.unitId = profile.unitId();
		this.post = profile.post();
		this.title = profile.title();
		this.phone = profile.phone();
		this.email = profile.email();
		this.sortOrder = profile.sortOrder();
		this.clearance = Classification.PUBLIC;
		this.active = true;
		this.createdAt = createdAt;
		this.roles = new HashSet<>();
	}

	@PersistenceCreator
	Person(@Nullable Long id, String loginName, String name, long unitId, String post, String title, String phone,
			String email, int sortOrder, Classification clearance, boolean active, boolean demo, Instant createdAt,
			Set<RoleGrant> roles, @Nullable Integer version) {
		this.id = id;
		this.loginName = loginName;
		this.name = name;
		this.unitId = unitId;
		this.post = post;
		this.title = title;
		this.phone = phone;
		this.email = email;
		this.sortOrder = sortOrder;
		this.clearance = clearance;
		this.active = active;
		this.demo = demo;
		this.createdAt = createdAt;
		this.roles = new HashSet<>(roles);
		this.version = version;
	}

	void changeProfile(Profile profile) {
		this.name = profile.name();
		this.unitId = profile.unitId();
		this.post = profile.post();
		this.title = profile.title();
		this.phone = profile.phone();
		this.email = profile.email();
		this.sortOrder = profile.sortOrder();
	}

	/**
	 * Gives the person exactly these roles and this clearance (三员分立: an administrator
	 * role is held alone).
	 */
	void grant(Set<Role> roles, Classification clearance) {
		if (roles.stream().anyMatch(Role::isAdministrator) && roles.size() > 1) {
			throw new RefusedException("三员分立：系统管理员、安全保密管理员、安全审计员只能单独担任，不能与其他任何角色兼任。");
		}
		this.roles = roles.stream().map(RoleGrant::new).collect(Collectors.toCollection(HashSet::new));
		this.clearance = clearance;
	}

	void disable() {
		if (!this.active) {
			throw new RefusedException("该用户已是停用状态。");
		}
		this.active = false;
	}

	void enable() {
		if (this.active) {
			throw new RefusedException("该用户已是启用状态。");
		}
		this.active = true;
	}

	/**
	 * Marks the person as part of the demo organisation: they sign in only while the demo
	 * is on.
	 */
	void markAsDemo() {
		this.demo = true;
	}

	public long id() {
		if (this.id == null) {
			throw new IllegalStateException("用户尚未保存");
		}
		return this.id;
	}

	public String loginName() {
		return this.loginName;
	}

	public String name() {
		return this.name;
	}

	public long unitId() {
		return this.unitId;
	}

	public String post() {
		return this.post;
	}

	public String title() {
		return this.title;
	}

	public String phone() {
		return this.phone;
	}

	/**
	 * @return 电子邮箱, or empty
	 */
	public String email() {
		return this.email;
	}

	public int sortOrder() {
		return this.sortOrder;
	}

	public Classification clearance() {
		return this.clearance;
	}

	public boolean isActive() {
		return this.active;
	}

	public boolean isDemo() {
		return this.demo;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Integer version() {
		return this.version;
	}

	public Set<Role> roles() {
		Set<Role> held = EnumSet.noneOf(Role.class);
		this.roles.forEach((grant) -> held.add(grant.role()));
		return held;
	}

	boolean isAdministrator() {
		return roles().stream().anyMatch(Role::isAdministrator);
	}

	CurrentUser asCurrentUser(String unitName) {
		return new CurrentUser(id(), this.loginName, this.name, unitName, this.title, this.clearance,
				roles().stream().map(Role::name).collect(Collectors.toSet()));
	}

	/**
	 * What a system administrator edits about a person.
	 *
	 * @param name 姓名
	 * @param unitId the unit they belong to
	 * @param post 岗位
	 * @param title 职务
	 * @param phone 联系电话
	 * @param email 电子邮箱, may be empty
	 * @param sortOrder position among the people of the unit (by rank, as protocol orders
	 * them), smaller first
	 */
	record Profile(String name, long unitId, String post, String title, String phone, String email, int sortOrder) {

		/** Where a new person goes among the people of a unit unless told otherwise. */
		static final int DEFAULT_SORT_ORDER = 100;

		Profile {
			name = name.strip();
			post = post.strip();
			title = title.strip();
			phone = phone.strip();
			email = email.strip();
			if (name.isEmpty()) {
				throw new RefusedException("请填写姓名。");
			}
		}

		Profile(String name, long unitId, String post, String title, String phone, int sortOrder) {
			this(name, unitId, post, title, phone, "", sortOrder);
		}

	}

}
