package org.zhongshu.platform;

import java.util.Optional;
import java.util.function.Supplier;

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
		return attempt(redirect, () -> {
			action.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/**
	 * @return what the action gave, for the page to say what was done; empty if it was
	 * not done, and its reason is flashed as {@code error}
	 */
	public static <T> Optional<T> attempt(RedirectAttributes redirect, Supplier<T> action) {
		try {
			return Optional.of(action.get());
		}
		catch (RefusedException | ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return Optional.empty();
		}
	}

}
