package org.zhongshu.people;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.zhongshu.platform.RefusedException;

/**
 * 组织机构: the system administrator keeps the org tree.
 */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class UnitAdminController {

	static final String VIEW_LIST = "admin/units";

	static final String VIEW_FORM = "admin/unit-form";

	private final PeopleManagement management;

	UnitAdminController(PeopleManagement management) {
		this.management = management;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("entries", this.management.orgTree().entries());
		return VIEW_LIST;
	}

	@GetMapping("/new")
	String initCreationForm(@RequestParam(required = false) @Nullable Long parent, Model model) {
		model.addAttribute("form", new UnitForm(parent, "", "", UnitKind.SECTION, 0, null));
		return formView(model, null);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, null);
		}
		try {
			Unit unit = this.management.createUnit(form.parentId(), form.name(), form.shortName(), form.kind(),
					form.sortOrder());
			redirect.addFlashAttribute("message", "已新建单位“%s”。".formatted(unit.name()));
			return "redirect:/admin/units";
		}
		catch (RefusedException ex) {
			result.reject("refused", ex.getMessage());
			return formView(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		Unit unit = this.management.unit(id);
		model.addAttribute("form", new UnitForm(unit.parentId(), unit.name(), unit.shortName(), unit.kind(),
				unit.sortOrder(), unit.version()));
		return formView(model, id);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, id);
		}
		try {
			Unit unit = this.management.changeUnit(id, form.version(), form.parentId(), form.name(), form.shortName(),
					form.kind(), form.sortOrder());
			redirect.addFlashAttribute("message", "已保存单位“%s”。".formatted(unit.name()));
			return "redirect:/admin/units";
		}
		catch (RefusedException ex) {
			result.reject("refused", ex.getMessage());
			return formView(model, id);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			String name = this.management.unit(id).name();
			this.management.deleteUnit(id);
			redirect.addFlashAttribute("message", "已删除单位“%s”。".formatted(name));
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/units";
	}

	private String formView(Model model, @Nullable Long id) {
		model.addAttribute("unitId", id);
		model.addAttribute("entries", this.management.orgTree().entries());
		model.addAttribute("kinds", UnitKind.values());
		return VIEW_FORM;
	}

}
