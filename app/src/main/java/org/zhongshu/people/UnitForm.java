package org.zhongshu.people;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A unit as the system administrator enters it, on the page or through the API.
 *
 * @param parentId the unit above, none for a root
 * @param name 全称
 * @param shortName 简称, may be empty
 * @param kind what kind of body it is
 * @param sortOrder position among its siblings, smaller first; 0 when not given
 * @param version on change, the version read, to refuse overwriting someone else's change
 */
record UnitForm(@Nullable Long parentId,
		@NotBlank(message = "{unit.name.required}") @Size(max = 60, message = "{unit.name.size}") String name,
		@Size(max = 30, message = "{unit.shortName.size}") String shortName,
		@NotNull(message = "{unit.kind.required}") UnitKind kind,
		@Min(value = 0, message = "{unit.sortOrder.range}") @Max(value = 9999,
				message = "{unit.sortOrder.range}") int sortOrder,
		@Nullable Integer version) {

	UnitForm {
		shortName = (shortName != null) ? shortName : "";
	}

}
