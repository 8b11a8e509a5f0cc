package org.zhongshu.platform;

import java.util.List;

/**
 * A module's contribution to the 工作台: what is waiting for a person in that module. Every
 * module that gives people work implements one as a bean.
 */
public interface TodoProvider {

	/** The most 已办 the 工作台 shows, and so the most a provider needs to give. */
	int RECENTLY_DONE = 10;

	/**
	 * @param user the signed-in person
	 * @return what waits for them, most urgent first, and the last
	 * {@value #RECENTLY_DONE} things they did
	 */
	List<Todo> todosFor(CurrentUser user);

	/**
	 * The 提醒 alone, which the bell in the navigation counts after every page; a provider
	 * that can find them without the rest of its work says so here.
	 * @param user the signed-in person
	 * @return the {@link Todo.Kind#NOTICE notices} among {@link #todosFor}
	 */
	default List<Todo> noticesFor(CurrentUser user) {
		return todosFor(user).stream().filter((todo) -> todo.kind() == Todo.Kind.NOTICE).toList();
	}

}
