package org.zhongshu.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.zhongshu.platform.Classification;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo committee office of 江临市 ({@code --zhongshu.demo=true}): the committee's
 * leaders, the office with its sections, twelve handling units with a liaison each, and
 * the three administrators, all with the password {@value #PASSWORD}. Demo accounts sign
 * in only while the demo is on.
 */
@Component
class DemoOrganisation {

	static final String PASSWORD = "Demo@2026";

	private final Units units;

	private final People people;

	private final Credentials credentials;

	private final PasswordEncoder passwords;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DemoOrganisation(Units units, People people, Credentials credentials, PasswordEncoder passwords, JsonMapper json,
			Clock clock, ApplicationEventPublisher events) {
		this.units = units;
		this.people = people;
		this.credentials = credentials;
		this.passwords = passwords;
		this.json = json;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Loads the demo organisation into an empty database; the caller holds the
	 * transaction.
	 */
	void load() {
		Data data = read();
		Map<String, Long> unitIds = new HashMap<>();
		int order = 0;
		for (UnitData unit : data.units()) {
			createUnit(unit, null, order++, unitIds);
		}
		Instant now = this.clock.instant();
		String hash = this.passwords.encode(PASSWORD);
		List<PersonData> inProtocolOrder = data.people();
		for (int i = 0; i < inProtocolOrder.size(); i++) {
			PersonData entry = inProtocolOrder.get(i);
			Long unitId = unitIds.get(entry.unit());
			if (unitId == null) {
				throw new IllegalStateException("演示数据有误：找不到单位“" + entry.unit() + "”");
			}
			Person person = new Person(new LoginName(entry.login()), new Person.Profile(entry.name(), unitId,
					text(entry.post()), text(entry.title()), text(entry.phone()), text(entry.email()), i * 10), now);

			person.grant(entry.roles(), entry.clearance());
			person.markAsDemo();
			person = this.people.save(person);
			this.credentials.create(person.id(), hash, now, false);
		}
		this.events.publishEvent(new DemoOrganisationLoaded(data.people().size()));
	}

	private void createUnit(UnitData data, @Nullable Long parentId, int order, Map<String, Long> unitIds) {
		Unit unit = this.units.save(new Unit(parentId, data.name(), text(data.shortName()), data.kind(), order));
		unitIds.put(unit.name(), unit.id());
		List<UnitData> children = (data.children() != null) ? data.children() : List.of();
		for (int i = 0; i < children.size(); i++) {
			createUnit(children.get(i), unit.id(), i, unitIds);
		}
	}

	private Data read() {
		try (InputStream in = DemoOrganisation.class.getResourceAsStream("demo-organisation.json")) {
			if (in == null) {
				throw new IllegalStateException("缺少演示数据 demo-organisation.json");
			}
			return this.json.readValue(in, Data.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	record Data(List<UnitData> units, List<PersonData> people) {
	}

	record UnitData(String name, @Nullable String shortName, UnitKind kind, @Nullable List<UnitData> children) {
	}

	record PersonData(String login, String name, String unit, @Nullable String post, @Nullable String title,
			@Nullable String phone, @Nullable String email, Classification clearance, Set<Role> roles) {
	}

}
