package org.zhongshu.people;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.RefusedException;

/**
 * 个人设置: a person's own account — password and second factor. The password and enrolment
 * pages also serve as the steps of a login that requires them.
 */
@Controller
class AccountController {

	static final String VIEW_ACCOUNT = "account/account";

	static final String VIEW_PASSWORD = "account/password";

	static final String VIEW_SECOND_FACTOR = "account/second-factor";

	private static final String ENROLMENT_SECRET = AccountController.class.getName() + ".secret";

	private final Accounts accounts;

	private final Logins logins;

	private final Sessions sessions;

	private final SecondFactor secondFactor;

	private final LoginSecurityProperties settings;

	private final Clock clock;

	AccountController(Accounts accounts, Logins logins, Sessions sessions, SecondFactor secondFactor,
			LoginSecurityProperties settings, Clock clock) {
		this.accounts = accounts;
		this.logins = logins;
		this.sessions = sessions;
		this.secondFactor = secondFactor;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		Credential credential = this.accounts.credentialOf(user.id());
		model.addAttribute("user", user);
		model.addAttribute("credential", credential);
		model.addAttribute("secondFactorRequired", this.accounts.requiresSecondFactor(user.id()));
		model.addAttribute("passwordDaysLeft",
				credential.daysUntilPasswordExpires(this.clock.instant(), this.settings.passwordMaximumAge()));
		return VIEW_ACCOUNT;
	}

	@GetMapping("/account/password")
	String initPasswordForm(Authentication authentication, Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return passwordView(authentication, model);
	}

	@PostMapping("/account/password")
	String processPasswordForm(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return passwordView(authentication, model);
		}
		long personId = personId(authentication);
		try {
			this.accounts.changePassword(personId, form.current(), form.newPassword(), form.confirmation(),
					(authentication.getPrincipal() instanceof PendingLogin) ? reason(personId) : "本人主动修改");
		}
		catch (PasswordRefusedException ex) {
			ex.problems().forEach((problem) -> result.rejectValue("newPassword", "policy", problem));
			return passwordView(authentication, model);
		}
		if (authentication.getPrincipal() instanceof PendingLogin pending) {
			Authentication next = this.logins.continueAfter(pending, pending.secondFactorVerified(),
					request.getRemoteAddr());
			return "redirect:" + this.sessions.advance(next, request, response);
		}
		redirect.addFlashAttribute("message", "密码已修改。");
		return "redirect:/account";
	}

	@GetMapping("/account/second-factor")
	String initSecondFactorForm(Authentication authentication, HttpSession session, Model model) {
		long personId = personId(authentication);
		if (this.accounts.credentialOf(personId).hasSecondFactor()) {
			return "redirect:/account";
		}
		String secret = this.secondFactor.newSecret();
		session.setAttribute(ENROLMENT_SECRET, secret);
		return secondFactorView(authentication, secret, model);
	}

	@PostMapping("/account/second-factor")
	String processSecondFactorForm(@RequestParam String code, Authentication authentication, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		long personId = personId(authentication);
		if (!(session.getAttribute(ENROLMENT_SECRET) instanceof String secret)) {
			return "redirect:/account/second-factor";
		}
		try {
			this.accounts.enrolSecondFactor(personId, secret, code);
		}
		catch (RefusedException ex) {
			model.addAttribute("error", ex.getMessage());
			return secondFactorView(authentication, secret, model);
		}
		session.removeAttribute(ENROLMENT_SECRET);
		if (authentication.getPrincipal() instanceof PendingLogin pending) {
			Authentication next = this.logins.continueAfter(pending, true, request.getRemoteAddr());
			return "redirect:" + this.sessions.advance(next, request, response);
		}
		redirect.addFlashAttribute("message", "动态口令已绑定，以后登录时需要输入验证器应用中的 6 位数字。");
		return "redirect:/account";
	}

	@PostMapping("/account/second-factor/remove")
	String removeSecondFactor(@RequestParam String password, Authentication authentication,
			RedirectAttributes redirect) {
		try {
			this.accounts.removeSecondFactor(personId(authentication), password);
			redirect.addFlashAttribute("message", "已解除动态口令绑定。");
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/account";
	}

	private String passwordView(Authentication authentication, Model model) {
		model.addAttribute("pending", authentication.getPrincipal() instanceof PendingLogin);
		model.addAttribute("reason",
				(authentication.getPrincipal() instanceof PendingLogin) ? reason(personId(authentication)) : "");
		model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
		return VIEW_PASSWORD;
	}

	private String secondFactorView(Authentication authentication, String secret, Model model) {
		String loginName = ((AuthenticatedPrincipal) authentication.getPrincipal()).getName();
		model.addAttribute("pending", authentication.getPrincipal() instanceof PendingLogin);
		model.addAttribute("qrCode", this.secondFactor.qrCode(secret, loginName));
		model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("issuer", SecondFactor.ISSUER);
		return VIEW_SECOND_FACTOR;
	}

	private String reason(long personId) {
		Credential credential = this.accounts.credentialOf(personId);
		return credential.mustChangePassword() ? "首次登录或密码已被管理员重置，请设置您自己的新密码。"
				: "密码已超过 %d 天未修改，请设置新密码。".formatted(this.settings.passwordMaximumAge().toDays());
	}

	private static long personId(Authentication authentication) {
		if (authentication.getPrincipal() instanceof PendingLogin pending) {
			return pending.personId();
		}
		return ((CurrentUser) authentication.getPrincipal()).id();
	}

	/**
	 * @param current the password now
	 * @param newPassword the new password
	 * @param confirmation the new password again
	 */
	record PasswordForm(@NotBlank(message = "{account.password.current}") String current,
			@NotBlank(message = "{account.password.new}") String newPassword,
			@NotBlank(message = "{account.password.confirmation}") String confirmation) {
	}

}
