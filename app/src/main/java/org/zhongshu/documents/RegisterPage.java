package org.zhongshu.documents;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhongshu.documents.DispatchRegister.Filter;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.Spreadsheet;

/**
 * The 发文登记簿 page: filters, pages of 50, and the filtered lines as .xlsx. For the office
 * roles that keep and check the register: 机要, 文秘 and the office's leaders.
 */
@Controller
@RequestMapping("/documents/register")
@PreAuthorize(RegisterPage.REGISTER_ROLES)
class RegisterPage {

	static final String REGISTER_ROLES = "hasAnyRole('OFFICE_LEADER', 'SECRETARY', 'CONFIDENTIAL_AFFAIRS')";

	private final DispatchRegister register;

	RegisterPage(DispatchRegister register) {
		this.register = register;
	}

	@GetMapping
	String page(Filter filter, @RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String before, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("query", filter.query());
		model.addAttribute("result",
				this.register.page(filter, Keyset.Cursor.parse(after), Keyset.Cursor.parse(before), user));
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("prefixes", DispatchPage.PREFIXES);
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("states", this.register.states());
		return "documents/register";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(Filter filter, @AuthenticationPrincipal CurrentUser user) {
		return Download.of("发文登记簿.xlsx", Spreadsheet.XLSX, this.register.export(filter, user));
	}

}
