package org.zhongshu.people;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One role held by a person.
 *
 * @param role the role
 */
@Table("person_role")
record RoleGrant(Role role) {
}
