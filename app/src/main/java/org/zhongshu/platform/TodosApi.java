package org.zhongshu.platform;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/todos}: the caller's 待办, 待阅 and 提醒 from every module, the most urgent
 * first.
 */
@RestController
class TodosApi {

	private final Todos todos;

	TodosApi(Todos todos) {
		this.todos = todos;
	}

	@GetMapping("/api/v1/todos")
	List<Todo> todos(@AuthenticationPrincipal CurrentUser user) {
		return this.todos.waitingFor(user);
	}

}
