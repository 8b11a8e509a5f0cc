package org.zhongshu.people;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.RefusedException;

/**
 * 用户管理: the system administrator creates, edits, disables and enables accounts, resets
 * passwords and unlocks accounts. Roles and clearances are not theirs to change.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class PersonAdminController {

	static final String VIEW_LIST = "admin/users";

	static final String VIEW_FORM = "admin/user-form";

	static final String VIEW_PASSWORD = "admin/user-password";

	private static final int PAGE_SIZE = 20;

	private final PeopleManagement management;

	private final PeopleSearch search;

	PersonAdminController(PeopleManagement management, PeopleSearch search) {
		this.management = management;
		this.search = search;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(required = false) @Nullable Boolean active, @RequestParam(defaultValue = "0") int page,
			Model model) {
		OrgTree tree = this.management.orgTree();
		model.addAttribute("rows",
				this.search.rows(new PeopleSearch.Filter(q, unit, active, "unit"), tree, page, PAGE_SIZE));
		model.addAttribute("entries", tree.entries());
		model.addAttribute("q", q);
		model.addAttribute("unit", unit);
		model.addAttribute("active", active);
		model.addAttribute("securityAdministratorMissing", !this.management.hasSecurityAdministrator());
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam(required = false) @Nullable Long unit, Model model) {
		model.addAttribute("form", new PersonForm("", "", unit, "", "", "", "", null, null));
		return formView(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model) {
		if (form.loginName().isBlank()) {
			result.rejectValue("loginName", "required", "请填写登录名。");
		}
		else if (!LoginName.isValid(form.loginName())) {
			result.rejectValue("loginName", "format", "登录名须为 3～32 位小写字母、数字、点、连字符或下划线，并以字母开头。");
		}
		if (result.hasErrors()) {
			return formView(model, null);
		}
		try {
			NewAccount account = this.management.createPerson(new LoginName(form.loginName()), form.profile());
			model.addAttribute("person", account.person());
			model.addAttribute("password", account.temporaryPassword());
			model.addAttribute("created", true);
			return VIEW_PASSWORD;
		}
		catch (RefusedException ex) {
			result.reject("refused", ex.getMessage());
			return formView(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		Person person = this.management.person(id);
		model.addAttribute("form", new PersonForm(person.loginName(), person.name(), person.unitId(), person.post(),
				person.title(), person.phone(), person.email(), person.sortOrder(), person.version()));

		return formView(model, person);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Person person = this.management.person(id);
		if (result.hasErrors()) {
			return formView(model, person);
		}
		try {
			this.management.changeProfile(id, form.version(), form.profile());
			redirect.addFlashAttribute("message", "已保存用户“%s”的信息。".formatted(form.name().strip()));
			return "redirect:/admin/users";
		}
		catch (RefusedException ex) {
			result.reject("refused", ex.getMessage());
			return formView(model, person);
		}
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor, RedirectAttributes redirect) {
		return act(redirect, () -> this.management.disable(id, actor), "已停用用户“%s”，其登录会话已全部结束。", id);
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> this.management.enable(id), "已启用用户“%s”。", id);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> this.management.unlock(id), "已解锁用户“%s”。", id);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @AuthenticationPrincipal CurrentUser actor, Model model,
			RedirectAttributes redirect) {
		String password;
		try {
			password = this.management.resetPassword(id, actor);
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/admin/users";
		}
		model.addAttribute("person", this.management.person(id));
		model.addAttribute("password", password);
		model.addAttribute("created", false);
		return VIEW_PASSWORD;
	}

	@PostMapping("/{id}/security-administrator")
	String appointSecurityAdministrator(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> this.management.appointFirstSecurityAdministrator(id),
				"已任命“%s”为安全保密管理员。今后的角色和密级由其授予。", id);
	}

	private String act(RedirectAttributes redirect, Runnable action, String done, long id) {
		String name = this.management.person(id).name();
		try {
			action.run();
			redirect.addFlashAttribute("message", done.formatted(name));
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/users";
	}

	private String formView(Model model, @Nullable Person person) {
		model.addAttribute("person", person);
		model.addAttribute("entries", this.management.orgTree().entries());
		return VIEW_FORM;
	}

}
