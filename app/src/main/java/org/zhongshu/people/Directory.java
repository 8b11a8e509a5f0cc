package org.zhongshu.people;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's people and units as other modules need them: how each is written, with
 * what title. The proofreader checks names against it.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final People people;

	private final Units units;

	Directory(People people, Units units) {
		this.people = people;
		this.units = units;
	}

	/**
	 * @return everyone whose account is active, with their 职务
	 */
	public List<Colleague> colleagues() {
		return this.people.findByActiveTrue()
			.stream()
			.map((person) -> new Colleague(person.name(), person.title()))
			.sorted((a, b) -> a.name().compareTo(b.name()))
			.toList();
	}

	/**
	 * @return the full and short names of every unit in the org tree
	 */
	public List<String> unitNames() {
		List<String> names = new ArrayList<>();
		for (Unit unit : this.units.findAllInOrder()) {
			names.add(unit.name());
			if (!unit.shortName().isBlank()) {
				names.add(unit.shortName());
			}
		}
		return names;
	}

	/**
	 * Someone in the office, as texts name them.
	 *
	 * @param name the name, such as 周立新
	 * @param title the 职务, such as 市委书记, or empty
	 */
	public record Colleague(String name, String title) {
	}

}
