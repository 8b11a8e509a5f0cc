package org.zhongshu.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A person's account as the system administrator enters it, on the page or through the
 * API.
 *
 * @param loginName 登录名, used only when creating
 * @param name 姓名
 * @param unitId 所在单位
 * @param post 岗位, may be empty
 * @param title 职务, may be empty
 * @param phone 联系电话: a mobile number or a landline with area code, may be empty
 * @param email 电子邮箱, where reminders are mailed, may be empty
 * @param sortOrder 排序号: position among the people of the unit, smaller first; 100 when
 * not given
 * @param version on change, the version read, to refuse overwriting someone else's change
 */
record PersonForm(String loginName,
		@NotBlank(message = "{person.name.required}") @Size(max = 30, message = "{person.name.size}") String name,
		@NotNull(message = "{person.unit.required}") @Nullable Long unitId,
		@Size(max = 30, message = "{person.post.size}") String post,
		@Size(max = 30, message = "{person.title.size}") String title,
		@Pattern(regexp = "|1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?",
				message = "{person.phone.format}") String phone,
		@Email(message = "{person.email.format}") @Size(max = 100, message = "{person.email.format}") String email,
		@Min(value = 0, message = "{person.sortOrder.range}") @Max(value = 9999,
				message = "{person.sortOrder.range}") Integer sortOrder,
		@Nullable Integer version) {

	PersonForm {
		loginName = (loginName != null) ? loginName.strip() : "";
		post = (post != null) ? post : "";
		title = (title != null) ? title : "";
		phone = (phone != null) ? phone.strip() : "";
		email = (email != null) ? email.strip() : "";
		sortOrder = (sortOrder != null) ? sortOrder : Person.Profile.DEFAULT_SORT_ORDER;
	}

	Person.Profile profile() {
		return new Person.Profile(this.name, (this.unitId != null) ? this.unitId : 0, this.post, this.title, this.phone,
				this.email, this.sortOrder);
	}

}
