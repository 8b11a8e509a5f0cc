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
import org.zhongshu.documents.ReceiptRegister.Filter;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.Spreadsheet;

/**
 * The 收文登记簿 in the browser and as .xlsx, for the office's roles that keep registers.
 */
@Controller
@RequestMapping("/receipts/register")
@PreAuthorize(RegisterPage.REGISTER_ROLES)
class ReceiptRegisterPage {

	private final ReceiptRegister register;

	ReceiptRegisterPage(ReceiptRegister register) {
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
		model.addAttribute("units", this.register.units());
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("states", this.register.states());
		return "documents/receipt-register";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(Filter filter, @AuthenticationPrincipal CurrentUser user) {
		return Download.of("收文登记簿.xlsx", Spreadsheet.XLSX, this.register.export(filter, user));
	}

}
