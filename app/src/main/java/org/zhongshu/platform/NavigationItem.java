package org.zhongshu.platform;

import java.util.Set;

/**
 * An entry of the main navigation. Each module declares its own as beans; a person sees
 * those their roles allow.
 *
 * @param label the entry's name
 * @param href where it leads
 * @param icon a Bootstrap Icons name, such as {@code people}
 * @param order position in the navigation, smaller first
 * @param roles the roles that see the entry; empty for everyone signed in
 */
public record NavigationItem(String label, String href, String icon, int order, Set<String> roles) {

	public NavigationItem {
		roles = Set.copyOf(roles);
	}

	boolean isVisibleTo(CurrentUser user) {
		return this.roles.isEmpty() || this.roles.stream().anyMatch(user::hasRole);
	}

}
