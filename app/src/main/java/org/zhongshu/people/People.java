package org.zhongshu.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Everyone who works with Zhongshu.
 */
interface People extends ListCrudRepository<Person, Long> {

	Optional<Person> findByLoginName(String loginName);

	boolean existsByLoginName(String loginName);

	boolean existsByUnitId(long unitId);

	boolean existsByDemoTrue();

	List<Person> findByActiveTrue();

	@Query("""
			SELECT p.* FROM person p
			WHERE p.active AND EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role = :role)
			""")
	List<Person> findActiveHolding(String role);

	@Query("""
			SELECT count(*) FROM person p
			WHERE p.active AND NOT EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id)
			""")
	long countActiveWithoutRole();

}
