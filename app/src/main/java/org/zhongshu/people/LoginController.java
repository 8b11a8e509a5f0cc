package org.zhongshu.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhongshu.platform.CurrentUser;

/**
 * The login page and the second-factor step.
 */
@Controller
class LoginController {

	static final String VIEW_LOGIN = "login/login";

	static final String VIEW_SECOND_FACTOR = "login/second-factor";

	private final Logins logins;

	private final Sessions sessions;

	private final LoginSecurityProperties settings;

	LoginController(Logins logins, Sessions sessions, LoginSecurityProperties settings) {
		this.logins = logins;
		this.sessions = sessions;
		this.settings = settings;
	}

	@GetMapping("/login")
	String login(@Nullable Authentication authentication, Model model) {
		Object principal = (authentication != null) ? authentication.getPrincipal() : null;
		if (principal instanceof PendingLogin pending) {
			return "redirect:" + pending.step().page();
		}
		if (principal instanceof CurrentUser) {
			return "redirect:/";
		}
		model.addAttribute("refusal", LoginRefusedException.MESSAGE);
		model.addAttribute("settings", this.settings);
		return VIEW_LOGIN;
	}

	@GetMapping("/login/second-factor")
	String initSecondFactorForm(@AuthenticationPrincipal PendingLogin pending, Model model) {
		model.addAttribute("pending", pending);
		return VIEW_SECOND_FACTOR;
	}

	@PostMapping("/login/second-factor")
	String processSecondFactorForm(@AuthenticationPrincipal PendingLogin pending, @RequestParam String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			Authentication next = this.logins.withSecondFactor(pending, code, request.getRemoteAddr());
			return "redirect:" + this.sessions.advance(next, request, response);
		}
		catch (LoginRefusedException ex) {
			if (ex.endsLogin()) {
				this.sessions.end(request);
				return "redirect:/login?error";
			}
			model.addAttribute("pending", pending);
			model.addAttribute("error", "动态口令不正确，请输入验证器应用中当前显示的 6 位数字。");
			return VIEW_SECOND_FACTOR;
		}
	}

}
