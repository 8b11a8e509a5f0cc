package org.zhongshu.documents;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhongshu.people.Directory;
import org.zhongshu.people.Role;
import org.zhongshu.platform.RefusedException;

/**
 * Whom a step of a flow may be given to: the people a form offers are checked again on
 * the server, so that a forged form cannot give 签发 to a liaison or a step to nobody (a
 * document stuck for good).
 */
@Component
class Appointments {

	private final Directory directory;

	Appointments(Directory directory) {
		this.directory = directory;
	}

	/**
	 * @throws RefusedException with the message unless every login name is of an active
	 * person holding one of the roles
	 */
	void require(Collection<Role> roles, Collection<String> logins, String message) {
		Set<String> holders = roles.stream()
			.flatMap((role) -> this.directory.holding(role).stream())
			.map(Directory.Holder::loginName)
			.collect(Collectors.toSet());
		if (!holders.containsAll(logins)) {
			throw new RefusedException(message);
		}
	}

}
