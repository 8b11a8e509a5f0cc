package org.zhongshu.people;

import java.net.URI;
import java.util.Set;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.RefusedException;

/**
 * {@code /api/v1/users}: the people directory, and the administrators' work on accounts.
 * Everyone signed in reads the directory; the system administrator manages accounts; the
 * security administrator grants roles and clearances.
 */
@RestController
@RequestMapping("/api/v1/users")
class UsersApi {

	private final PeopleManagement management;

	private final PeopleSearch search;

	UsersApi(PeopleManagement management, PeopleSearch search) {
		this.management = management;
		this.search = search;
	}

	@GetMapping
	PagedModel<UserView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Boolean active, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		OrgTree tree = this.management.orgTree();
		return new PagedModel<>(this.search.find(new PeopleSearch.Filter(q, unitId, active, sort), tree, page, size)
			.map((person) -> UserView.of(person, tree)));
	}

	@GetMapping("/{id}")
	UserView show(@PathVariable long id) {
		return UserView.of(this.management.person(id), this.management.orgTree());
	}

	@PostMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ResponseEntity<NewUserView> create(@Valid @RequestBody PersonForm form) {
		if (!LoginName.isValid(form.loginName())) {
			throw new RefusedException("登录名须为 3～32 位小写字母、数字、点、连字符或下划线，并以字母开头。");
		}
		NewAccount account = this.management.createPerson(new LoginName(form.loginName()), form.profile());
		return ResponseEntity.created(URI.create("/api/v1/users/" + account.person().id()))
			.body(new NewUserView(show(account.person().id()), account.temporaryPassword()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	UserView change(@PathVariable long id, @Valid @RequestBody PersonForm form) {
		this.management.changeProfile(id, form.version(), form.profile());
		return show(id);
	}

	@PostMapping("/{id}/disable")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	UserView disable(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor) {
		this.management.disable(id, actor);
		return show(id);
	}

	@PostMapping("/{id}/enable")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	UserView enable(@PathVariable long id) {
		this.management.enable(id);
		return show(id);
	}

	@PostMapping("/{id}/unlock")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	UserView unlock(@PathVariable long id) {
		this.management.unlock(id);
		return show(id);
	}

	@PostMapping("/{id}/password-reset")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	NewUserView resetPassword(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor) {
		String password = this.management.resetPassword(id, actor);
		return new NewUserView(show(id), password);
	}

	@PutMapping("/{id}/grants")
	@PreAuthorize("hasRole('SECURITY_ADMIN')")
	UserView grant(@PathVariable long id, @Valid @RequestBody GrantForm form,
			@AuthenticationPrincipal CurrentUser actor) {
		this.management.grant(id, form.version(), form.roles(), form.clearance(), actor);
		return show(id);
	}

	/**
	 * A person as the directory shows them.
	 *
	 * @param id the person's id
	 * @param loginName 登录名
	 * @param name 姓名
	 * @param unitId 所在单位
	 * @param unitName the unit's name
	 * @param post 岗位
	 * @param title 职务
	 * @param phone 联系电话
	 * @param sortOrder 排序号 within the unit
	 * @param active whether the account is enabled
	 * @param roles the roles held
	 * @param clearance the clearance held
	 * @param version for optimistic locking on change
	 */
	record UserView(long id, String loginName, String name, long unitId, String unitName, String post, String title,
			String phone, int sortOrder, boolean active, Set<Role> roles, Classification clearance,
			@Nullable Integer version) {

		static UserView of(Person person, OrgTree tree) {
			return new UserView(person.id(), person.loginName(), person.name(), person.unitId(),
					tree.nameOf(person.unitId()), person.post(), person.title(), person.phone(), person.sortOrder(),
					person.isActive(), person.roles(), person.clearance(), person.version());
		}

	}

	/**
	 * @param user the person
	 * @param temporaryPassword the one-time password for their next login, shown only in
	 * this answer
	 */
	record NewUserView(UserView user, String temporaryPassword) {
	}

}
