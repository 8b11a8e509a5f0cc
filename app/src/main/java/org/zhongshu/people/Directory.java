package org.zhongshu.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.platform.CurrentUser;

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
	 * @return the active people holding the role, in protocol order (their units in the
	 * org tree's order, then each person's 排序): whom a step of a flow can be given to
	 */
	public List<Holder> holding(Role role) {
		List<Unit> units = inTreeOrder();
		Map<Long, Unit> byId = new HashMap<>();
		units.forEach((unit) -> byId.put(unit.id(), unit));
		return this.people.findActiveHolding(role.name())
			.stream()
			.sorted(Comparator.comparing((Person person) -> units.indexOf(byId.get(person.unitId())))
				.thenComparing(Person::sortOrder)
				.thenComparing(Person::name))
			.map((person) -> new Holder(person.loginName(), person.name(),
					Optional.ofNullable(byId.get(person.unitId())).map(Unit::name).orElse(""), person.title()))
			.toList();
	}

	/**
	 * @return everyone's name by login name, active or not: whom a flow's history names
	 */
	public Map<String, String> namesByLoginName() {
		Map<String, String> names = new HashMap<>();
		this.people.findAll().forEach((person) -> names.put(person.loginName(), person.name()));
		return names;
	}

	/**
	 * @return the units documents are sent to, in the org tree's order: the committee and
	 * its office, whose 机要 staff sign for what arrives, and the handling units, whose
	 * liaisons sign for theirs
	 */
	public List<Receiver> receivers() {
		List<String> confidential = this.people.findActiveHolding(Role.CONFIDENTIAL_AFFAIRS.name())
			.stream()
			.map(Person::loginName)
			.toList();
		Map<Long, List<String>> liaisons = new HashMap<>();
		this.people.findActiveHolding(Role.LIAISON.name())
			.forEach((person) -> liaisons.computeIfAbsent(person.unitId(), (unit) -> new ArrayList<>())
				.add(person.loginName()));
		List<Receiver> receivers = new ArrayList<>();
		for (Unit unit : inTreeOrder()) {
			switch (unit.kind()) {
				case COMMITTEE, OFFICE ->
					receivers.add(new Receiver(unit.name(), unit.shortName(), true, confidential));
				case DEPARTMENT, TOWNSHIP -> receivers.add(new Receiver(unit.name(), unit.shortName(), false,
						liaisons.getOrDefault(unit.id(), List.of())));
				default -> {
				}
			}
		}
		return receivers;
	}

	/**
	 * @return the names of the units the signed-in person signs for, as
	 * {@link #receivers()} gives their clerks: 机要 staff for the committee and its office,
	 * a liaison for their own unit; found without loading everyone holding those roles
	 */
	public List<String> unitsSignedForBy(CurrentUser person) {
		boolean confidential = person.hasRole(Role.CONFIDENTIAL_AFFAIRS.name());
		Long ownUnit = person.hasRole(Role.LIAISON.name()) ? this.people.findByLoginName(person.loginName())
			.filter(Person::isActive)
			.map(Person::unitId)
			.orElse(null) : null;
		if (!confidential && ownUnit == null) {
			return List.of();
		}
		return inTreeOrder().stream().filter((unit) -> switch (unit.kind()) {
			case COMMITTEE, OFFICE -> confidential;
			case DEPARTMENT, TOWNSHIP -> ownUnit != null && ownUnit.longValue() == unit.id();
			default -> false;
		}).map(Unit::name).toList();
	}

	/**
	 * @return the e-mail addresses of the active people holding the role in the unit, as
	 * far as they have given one
	 */
	public List<String> emailsOf(String unitName, Role role) {
		List<Long> units = this.units.findAllInOrder()
			.stream()
			.filter((unit) -> unit.name().equals(unitName))
			.map(Unit::id)
			.toList();
		return this.people.findActiveHolding(role.name())
			.stream()
			.filter((person) -> units.contains(person.unitId()) && !person.email().isEmpty())
			.map(Person::email)
			.toList();
	}

	/**
	 * @return the name of the committee's office, which signs what the office issues (the
	 * first unit of its kind in the org tree), or empty when the tree has none
	 */
	public String officeName() {
		return inTreeOrder().stream()
			.filter((unit) -> unit.kind() == UnitKind.OFFICE)
			.map(Unit::name)
			.findFirst()
			.orElse("");
	}

	private List<Unit> inTreeOrder() {
		return OrgTree.of(this.units.findAllInOrder()).entries().stream().map(OrgTree.Entry::unit).toList();
	}

	/**
	 * A unit documents are sent to.
	 *
	 * @param name its full name
	 * @param shortName its short name, or empty
	 * @param office whether it is the committee or its office, where the 收文 flow runs
	 * @param clerks the login names of those who sign for what arrives
	 */
	public record Receiver(String name, String shortName, boolean office, List<String> clerks) {

		public Receiver {
			clerks = List.copyOf(clerks);
		}

		/**
		 * @return whether a text names this unit, by its full or short name
		 */
		public boolean isNamed(String text) {
			return text.equals(this.name) || (!this.shortName.isEmpty() && text.equals(this.shortName));
		}

	}

	/**
	 * Someone a step can be given to.
	 *
	 * @param loginName what they sign in with, which flows know them by
	 * @param name their name
	 * @param unitName their unit
	 * @param title their 职务, or empty
	 */
	public record Holder(String loginName, String name, String unitName, String title) {
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
