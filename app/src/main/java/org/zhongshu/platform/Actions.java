package org.zhongshu.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page's action that ends in a redirect: done, or refused with the reason in Chinese
 * flashed as the page's error — a rule the request broke ({@link RefusedException}) or
 * another person having acted a moment before ({@link ConflictException}).
 */
public final class Actions {

	private Actions() {
	}

	/**
	 * @return whether the action was done; if not, its reason is flashed as {@code error}
	 */
	public static boolean act(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			return true;
		}
		catch (RefusedException | ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return false;
		}
	}

}
