package org.zhongshu.platform;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Everything waiting for a person, from every module's {@link TodoProvider}, the most
 * urgent first.
 */
@Component
class Todos {

	private static final Comparator<Todo> MOST_URGENT_FIRST = Comparator
		.comparing(Todo::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Todo::since, Comparator.nullsLast(Comparator.naturalOrder()));

	private final List<TodoProvider> providers;

	Todos(List<TodoProvider> providers) {
		this.providers = providers;
	}

	List<Todo> waitingFor(CurrentUser user) {
		return this.providers.stream()
			.flatMap((provider) -> provider.todosFor(user).stream())
			.sorted(MOST_URGENT_FIRST)
			.toList();
	}

	/**
	 * @return how many 提醒 wait for the person, from every module
	 */
	long countNotices(CurrentUser user) {
		return this.providers.stream().mapToLong((provider) -> provider.noticesFor(user).size()).sum();
	}

}
