package org.zhongshu.documents;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Todo;
import org.zhongshu.platform.TodoProvider;

/**
 * What the 工作台 shows of 发文: each step waiting for the person, as 待办.
 */
@Component
class DispatchTodos implements TodoProvider {

	static final String SOURCE = "公文";

	private final Dispatches dispatches;

	DispatchTodos(Dispatches dispatches) {
		this.dispatches = dispatches;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		return this.dispatches.waitingFor(user)
			.stream()
			.map((waiting) -> new Todo(SOURCE, Todo.Kind.ACTION, waiting.step().name() + "：" + waiting.title(),
					"/documents/" + waiting.step().document(), waiting.step().since(), null))
			.toList();
	}

}
