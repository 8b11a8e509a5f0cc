package org.zhongshu.platform;

import java.util.List;

/**
 * A module's contribution to the 工作台: what is waiting for a person in that module. Every
 * module that gives people work implements one as a bean.
 */
public interface TodoProvider {

	/**
	 * @param user the signed-in person
	 * @return what waits for them, most urgent first
	 */
	List<Todo> todosFor(CurrentUser user);

}
