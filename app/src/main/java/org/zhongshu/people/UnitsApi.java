package org.zhongshu.people;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhongshu.platform.NotFoundException;

/**
 * {@code /api/v1/units}: the org tree. Everyone signed in reads it (to address documents
 * and tasks); only the system administrator changes it.
 */
@RestController
@RequestMapping("/api/v1/units")
class UnitsApi {

	private final PeopleManagement management;

	UnitsApi(PeopleManagement management) {
		this.management = management;
	}

	/**
	 * @return every unit, depth first, parents before their children
	 */
	@GetMapping
	List<UnitView> list() {
		return this.management.orgTree().entries().stream().map(UnitView::of).toList();
	}

	@GetMapping("/{id}")
	UnitView show(@PathVariable long id) {
		return UnitView.of(this.management.orgTree()
			.entries()
			.stream()
			.filter((entry) -> entry.unit().id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("单位不存在或已被删除。")));
	}

	@PostMapping
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ResponseEntity<UnitView> create(@Valid @RequestBody UnitForm request) {
		Unit unit = this.management.createUnit(request.parentId(), request.name(), request.shortName(), request.kind(),
				request.sortOrder());
		return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(show(unit.id()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	UnitView change(@PathVariable long id, @Valid @RequestBody UnitForm request) {
		this.management.changeUnit(id, request.version(), request.parentId(), request.name(), request.shortName(),
				request.kind(), request.sortOrder());
		return show(id);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.management.deleteUnit(id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A unit as the API shows it.
	 *
	 * @param id the unit's id
	 * @param parentId the unit above, none for a root
	 * @param name 全称
	 * @param shortName 简称
	 * @param kind what kind of body it is
	 * @param kindLabel the kind in Chinese
	 * @param sortOrder position among its siblings
	 * @param depth how far below a root
	 * @param version for optimistic locking on change
	 */
	record UnitView(long id, @Nullable Long parentId, String name, String shortName, UnitKind kind, String kindLabel,
			int sortOrder, int depth, @Nullable Integer version) {

		static UnitView of(OrgTree.Entry entry) {
			Unit unit = entry.unit();
			return new UnitView(unit.id(), unit.parentId(), unit.name(), unit.shortName(), unit.kind(),
					unit.kind().label(), unit.sortOrder(), entry.depth(), unit.version());
		}

	}

}
