package org.zhongshu.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;

/**
 * A person as a line of an administrator's list.
 *
 * @param person the person
 * @param unitName their unit
 * @param locked whether their account is locked now
 * @param secondFactor whether they use a second factor
 */
record PersonRow(Person person, String unitName, boolean locked, boolean secondFactor) {

	static Page<PersonRow> of(Page<Person> page, OrgTree tree, Map<Long, Credential> credentials, Instant now) {
		return page.map((person) -> {
			Credential credential = credentials.get(person.id());
			return new PersonRow(person, tree.nameOf(person.unitId()), credential != null && credential.isLockedAt(now),
					credential != null && credential.hasSecondFactor());
		});
	}

	static List<Long> ids(Page<Person> page) {
		return page.map(Person::id).getContent();
	}

}
