package org.zhongshu.people;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.MutableClock;

/**
 * Fresh accounts for one test, so that tests sharing the application do not disturb each
 * other.
 */
final class TestPeople {

	static final String PASSWORD = "Qingshan#2026";

	private final PeopleManagement management;

	private final People people;

	private final Credentials credentials;

	private final PasswordEncoder passwords;

	private final MutableClock clock;

	TestPeople(ApplicationContext context) {
		this.management = context.getBean(PeopleManagement.class);
		this.people = context.getBean(People.class);
		this.credentials = context.getBean(Credentials.class);
		this.passwords = context.getBean(PasswordEncoder.class);
		this.clock = context.getBean(MutableClock.class);
	}

	/**
	 * @return a new account that signs in with {@link #PASSWORD} straight to the 工作台
	 */
	Person ready(Role... roles) {
		Person person = withTemporaryPassword(roles).person();
		this.credentials.changePassword(person.id(), this.passwords.encode(PASSWORD), this.clock.instant());
		return person;
	}

	/**
	 * @return a new account as an administrator creates it: a one-time password to change
	 * at the first login
	 */
	NewAccount withTemporaryPassword(Role... roles) {
		long unit = this.management.orgTree().entries().get(0).unit().id();
		NewAccount account = this.management.createPerson(
				new LoginName("t" + UUID.randomUUID().toString().substring(0, 8)),
				new Person.Profile("测试用户", unit, "", "", "", Person.Profile.DEFAULT_SORT_ORDER));
		if (roles.length > 0) {
			Person person = this.people.findById(account.person().id()).orElseThrow();
			Set<Role> granted = EnumSet.copyOf(Arrays.asList(roles));
			person.grant(granted, Classification.INTERNAL);
			this.people.save(person);
		}
		return new NewAccount(this.people.findById(account.person().id()).orElseThrow(), account.temporaryPassword());
	}

	Credential credentialOf(Person person) {
		return this.credentials.find(person.id()).orElseThrow();
	}

}
