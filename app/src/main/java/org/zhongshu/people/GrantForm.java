package org.zhongshu.people;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.zhongshu.platform.Classification;

/**
 * The roles and clearance the security administrator grants, on the page or through the
 * API.
 *
 * @param roles the roles to hold; none (or missing) for none
 * @param clearance the clearance to hold
 * @param version the version edited, to refuse overwriting someone else's change
 */
record GrantForm(@Nullable Set<Role> roles, @NotNull(message = "{grant.clearance.required}") Classification clearance,
		@Nullable Integer version) {

	GrantForm {
		roles = (roles != null && !roles.isEmpty()) ? EnumSet.copyOf(roles) : EnumSet.noneOf(Role.class);
	}

}
