package org.zhongshu.people;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The units of the org tree.
 */
interface Units extends ListCrudRepository<Unit, Long> {

	@Query("SELECT * FROM unit ORDER BY sort_order, id")
	List<Unit> findAllInOrder();

	boolean existsByParentId(long parentId);

}
