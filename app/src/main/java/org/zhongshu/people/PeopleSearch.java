package org.zhongshu.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Component;
import org.zhongshu.platform.RefusedException;

/**
 * Finding people in long lists: by name or login name, by unit (with the units below it),
 * by status, a page at a time, in an order picked from a fixed list so that nothing the
 * client sends reaches the SQL.
 */
@Component
class PeopleSearch {

	static final int MAXIMUM_PAGE_SIZE = 200;

	private static final Map<String, Sort> ORDERS = Map.of("name", Sort.by("name", "id"), "loginName",
			Sort.by("loginName"), "unit", Sort.by("unitId", "sortOrder", "name", "id"), "createdAt",
			Sort.by(Sort.Direction.DESC, "createdAt", "id"));

	private final JdbcAggregateOperations aggregates;

	private final Credentials credentials;

	private final Clock clock;

	PeopleSearch(JdbcAggregateOperations aggregates, Credentials credentials, Clock clock) {
		this.aggregates = aggregates;
		this.credentials = credentials;
		this.clock = clock;
	}

	/**
	 * @return a page of people as the administrators' lists show them: with unit, lock
	 * and second factor
	 */
	Page<PersonRow> rows(Filter filter, OrgTree tree, int page, int size) {
		Page<Person> found = find(filter, tree, page, size);
		Map<Long, Credential> credentials = this.credentials.findAll(found.map(Person::id).getContent());
		Instant now = this.clock.instant();
		return found.map((person) -> {
			Credential credential = credentials.get(person.id());
			return new PersonRow(person, tree.nameOf(person.unitId()), credential != null && credential.isLockedAt(now),
					credential != null && credential.hasSecondFactor());
		});
	}

	Page<Person> find(Filter filter, OrgTree tree, int page, int size) {
		if (page < 0 || size < 1 || size > MAXIMUM_PAGE_SIZE) {
			throw new RefusedException("分页参数不正确：页码从 0 开始，每页 1～%d 条。".formatted(MAXIMUM_PAGE_SIZE));
		}
		Sort sort = ORDERS.get(filter.sort());
		if (sort == null) {
			throw new RefusedException("不支持按“%s”排序，可选：name、loginName、unit、createdAt。".formatted(filter.sort()));
		}
		Criteria criteria = Criteria.empty();
		String text = filter.text();
		if (text != null && !text.isBlank()) {
			String pattern = "%" + escapeLike(text.strip()) + "%";
			criteria = criteria.and(Criteria.where("name").like(pattern).or("loginName").like(pattern.toLowerCase()));
		}
		if (filter.unitId() != null) {
			Set<Long> units = tree.subtreeOf(filter.unitId());
			criteria = criteria.and(Criteria.where("unitId").in(units.isEmpty() ? Set.of(-1L) : units));
		}
		if (filter.active() != null) {
			criteria = criteria.and(Criteria.where("active").is(filter.active()));
		}
		return this.aggregates.findAll(Query.query(criteria), Person.class, PageRequest.of(page, size, sort));
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * @param text part of a name or login name
	 * @param unitId a unit; people in it and below it match
	 * @param active only enabled (true) or only disabled (false) people
	 * @param sort one of {@code name}, {@code loginName}, {@code unit}, {@code createdAt}
	 */
	record Filter(@Nullable String text, @Nullable Long unitId, @Nullable Boolean active, String sort) {
	}

}
