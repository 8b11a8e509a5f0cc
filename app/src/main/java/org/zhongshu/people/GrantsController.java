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
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.RefusedException;

/**
 * 角色与密级: the security administrator grants roles and clearances, and resets a lost second
 * factor.
 */
@Controller
@RequestMapping("/admin/grants")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class GrantsController {

	static final String VIEW_LIST = "admin/grants";

	static final String VIEW_FORM = "admin/grant-form";

	private static final int PAGE_SIZE = 20;

	private final PeopleManagement management;

	private final PeopleSearch search;

	private final Credentials credentials;

	GrantsController(PeopleManagement management, PeopleSearch search, Credentials credentials) {
		this.management = management;
		this.search = search;
		this.credentials = credentials;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Long unit,
			@RequestParam(defaultValue = "0") int page, Model model) {
		OrgTree tree = this.management.orgTree();
		model.addAttribute("rows",
				this.search.rows(new PeopleSearch.Filter(q, unit, null, "unit"), tree, page, PAGE_SIZE));
		model.addAttribute("entries", tree.entries());
		model.addAttribute("q", q);
		model.addAttribute("unit", unit);
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String initGrantForm(@PathVariable long id, Model model) {
		Person person = this.management.person(id);
		model.addAttribute("form", new GrantForm(person.roles(), person.clearance(), person.version()));
		return formView(model, person);
	}

	@PostMapping("/{id}")
	String processGrantForm(@PathVariable long id, @Valid @ModelAttribute("form") GrantForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser actor, Model model, RedirectAttributes redirect) {
		Person person = this.management.person(id);
		if (result.hasErrors()) {
			return formView(model, person);
		}
		try {
			this.management.grant(id, form.version(), form.roles(), form.clearance(), actor);
			redirect.addFlashAttribute("message", "已调整“%s”的角色和密级。其现有登录会话已结束，重新登录后生效。".formatted(person.name()));
			return "redirect:/admin/grants";
		}
		catch (RefusedException ex) {
			result.reject("refused", ex.getMessage());
			return formView(model, person);
		}
	}

	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
		Person person = this.management.person(id);
		this.management.resetSecondFactor(id);
		redirect.addFlashAttribute("message", "已重置“%s”的动态口令，其下次登录时需重新绑定验证器应用。".formatted(person.name()));
		return "redirect:/admin/grants/" + id;
	}

	private String formView(Model model, Person person) {
		model.addAttribute("person", person);
		model.addAttribute("unitName", this.management.orgTree().nameOf(person.unitId()));
		model.addAttribute("businessRoles", Role.business());
		model.addAttribute("administratorRoles", Role.administrators());
		model.addAttribute("clearances", Classification.values());
		model.addAttribute("secondFactor",
				this.credentials.find(person.id()).map(Credential::hasSecondFactor).orElse(false));
		return VIEW_FORM;
	}

}
