package org.zhongshu.documents;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.Todo;
import org.zhongshu.platform.TodoProvider;

/**
 * What the 工作台 shows of 公文: each step of 发文 and 收文 waiting for the person as 待办 (with the
 * handling deadline, so that a step near or past it stands out), each 传阅 as 待阅, each
 * document waiting for their unit's 签收, each 催办 the office sent them, and the steps they
 * did lately as 已办.
 */
@Component
class DocumentTodos implements TodoProvider {

	static final String SOURCE = "公文";

	private final Dispatches dispatches;

	private final Receipts receipts;

	DocumentTodos(Dispatches dispatches, Receipts receipts) {
		this.dispatches = dispatches;
		this.receipts = receipts;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		List<Todo> todos = new ArrayList<>();
		for (WaitingStep waiting : this.dispatches.waitingFor(user)) {
			todos.add(todo(Todo.Kind.ACTION, waiting, "/documents/"));
		}
		List<WaitingStep> receiving = this.receipts.waitingFor(user);
		for (WaitingStep waiting : receiving) {
			boolean reading = ReceiptFlow.CIRCULATE.contains(waiting.step().step());
			todos.add(todo(reading ? Todo.Kind.READ : Todo.Kind.ACTION, waiting, "/receipts/"));
		}
		for (Receipts.Receipt receipt : this.receipts.unsigned(user)) {
			todos.add(new Todo(SOURCE, Todo.Kind.ACTION, "签收：" + receipt.title(), "/receipts/" + receipt.id(),
					receipt.receivedAt(), null));
		}
		todos.addAll(reminders(user, receiving));
		for (WaitingStep done : this.dispatches.doneBy(user, RECENTLY_DONE)) {
			todos.add(done(done, "/documents/"));
		}
		for (WaitingStep done : this.receipts.doneBy(user, RECENTLY_DONE)) {
			todos.add(done(done, "/receipts/"));
		}
		return todos;
	}

	/**
	 * The 催办 alone, found from the person's 收文 steps without the rest of the 工作台.
	 */
	@Override
	public List<Todo> noticesFor(CurrentUser user) {
		return reminders(user, this.receipts.waitingFor(user));
	}

	private List<Todo> reminders(CurrentUser user, List<WaitingStep> receiving) {
		return this.receipts.remindersFor(user, receiving)
			.stream()
			.map((reminder) -> new Todo(SOURCE, Todo.Kind.NOTICE, reminder.kind() + "：" + reminder.title(),
					"/receipts/" + reminder.receipt(), reminder.urgedAt(), reminder.deadline()))
			.toList();
	}

	private static Todo done(WaitingStep done, String path) {
		return new Todo(SOURCE, Todo.Kind.DONE, done.step().name() + "：" + done.title(), path + done.step().document(),
				done.step().since(), null);
	}

	private static Todo todo(Todo.Kind kind, WaitingStep waiting, String path) {
		return new Todo(SOURCE, kind, waiting.step().name() + "：" + waiting.title(), path + waiting.step().document(),
				waiting.step().since(), waiting.due());
	}

}
