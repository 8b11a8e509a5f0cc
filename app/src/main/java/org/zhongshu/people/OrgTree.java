package org.zhongshu.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The org tree as read at one moment: units below their parents, siblings in their set
 * order.
 */
final class OrgTree {

	private final Map<Long, Unit> units = new LinkedHashMap<>();

	private final Map<Long, List<Unit>> children = new HashMap<>();

	private final List<Unit> roots = new ArrayList<>();

	private OrgTree(List<Unit> all) {
		Comparator<Unit> order = Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::id);
		all.stream().sorted(order).forEach((unit) -> {
			this.units.put(unit.id(), unit);
			Long parent = unit.parentId();
			if (parent == null) {
				this.roots.add(unit);
			}
			else {
				this.children.computeIfAbsent(parent, (id) -> new ArrayList<>()).add(unit);
			}
		});
	}

	static OrgTree of(List<Unit> units) {
		return new OrgTree(units);
	}

	Optional<Unit> unit(long id) {
		return Optional.ofNullable(this.units.get(id));
	}

	String nameOf(long id) {
		return unit(id).map(Unit::name).orElse("");
	}

	/**
	 * @return every unit, depth first, each with its depth: the order of an indented list
	 */
	List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		this.roots.forEach((root) -> collect(root, 0, entries));
		return entries;
	}

	/**
	 * @return the unit and every unit below it
	 */
	Set<Long> subtreeOf(long id) {
		Set<Long> subtree = new HashSet<>();
		unit(id).ifPresent((unit) -> collectIds(unit, subtree));
		return subtree;
	}

	boolean hasChildren(long id) {
		return this.children.containsKey(id);
	}

	private void collect(Unit unit, int depth, List<Entry> entries) {
		entries.add(new Entry(unit, depth, hasChildren(unit.id())));
		this.children.getOrDefault(unit.id(), List.of()).forEach((child) -> collect(child, depth + 1, entries));
	}

	private void collectIds(Unit unit, Set<Long> ids) {
		ids.add(unit.id());
		this.children.getOrDefault(unit.id(), List.of()).forEach((child) -> collectIds(child, ids));
	}

	/**
	 * @param unit a unit
	 * @param depth how far below a root it is
	 * @param hasChildren whether units sit below it
	 */
	record Entry(Unit unit, int depth, boolean hasChildren) {

		/**
		 * @return the name indented by depth, for a select box
		 */
		public String indentedName() {
			return "\u3000".repeat(this.depth) + this.unit.name();
		}

	}

}
