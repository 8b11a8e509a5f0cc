package org.zhongshu.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhongshu.people.Directory.Receiver;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.DemoOfficeTest;

/**
 * The people and units other modules ask the directory about.
 */
@DemoOfficeTest
class DirectoryTests {

	@Autowired
	Directory directory;

	@Autowired
	People people;

	@Autowired
	Units units;

	@Test
	void whoSignsForAUnitIsTheSameAskedByUnitOrByPerson() {
		Map<String, List<String>> signedFor = new HashMap<>();
		for (Receiver unit : this.directory.receivers()) {
			unit.clerks()
				.forEach((clerk) -> signedFor.computeIfAbsent(clerk, (login) -> new ArrayList<>()).add(unit.name()));
		}
		assertThat(signedFor.get("jiyao")).containsExactly("中共江临市委员会", "中共江临市委办公室");
		assertThat(signedFor.get("lianluo1")).containsExactly("中共江临市委组织部");

		for (Person person : this.people.findByActiveTrue()) {
			CurrentUser signedIn = person
				.asCurrentUser(this.units.findById(person.unitId()).map(Unit::name).orElse(""));
			assertThat(this.directory.unitsSignedForBy(signedIn)).as(person.loginName())
				.containsExactlyElementsOf(signedFor.getOrDefault(person.loginName(), List.of()));
		}
	}

}
