package org.zhongshu.platform;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The main navigation, gathered from every module's {@link NavigationItem}s. Templates
 * ask it for the entries the signed-in person may see:
 * {@code ${@navigation.visibleTo(#authentication.principal)}}.
 */
@Component("navigation")
class Navigation {

	private final List<NavigationItem> items;

	Navigation(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	public List<NavigationItem> visibleTo(@Nullable Object principal) {
		if (!(principal instanceof CurrentUser user)) {
			return List.of();
		}
		return this.items.stream().filter((item) -> item.isVisibleTo(user)).toList();
	}

}
