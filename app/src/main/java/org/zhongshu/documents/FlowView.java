package org.zhongshu.documents;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhongshu.platform.Actions;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.RefusedException;

/**
 * What a document's page shows of its flow, 发文 or 收文: the route with the steps it is at,
 * the steps done with who did them and what they wrote, the step the person holds, and
 * the earlier steps it can be sent back to.
 *
 * @param route the steps' names by id, in the BPMN file's order
 * @param current the steps the document is at
 * @param history the steps done, in order
 * @param mine the step the person holds or may take up, if any
 * @param passed the steps before the person's that the document went through, which it
 * can be sent back to
 * @param lastActor who did the last step done, who alone may withdraw it
 */
record FlowView(Map<String, String> route, List<DocumentFlow.Step> current, List<DocumentFlow.Entry> history,
		DocumentFlow.@Nullable Step mine, Map<String, String> passed, @Nullable String lastActor) {

	static FlowView of(DocumentFlow flow, UUID document, CurrentUser person) {
		Map<String, String> route = flow.route();
		List<DocumentFlow.Entry> history = flow.history(document)
			.stream()
			.filter((entry) -> entry.finished() != null)
			.toList();
		DocumentFlow.Step mine = flow.inbox(person)
			.stream()
			.filter((step) -> step.document().equals(document))
			.findFirst()
			.orElse(null);
		List<String> order = List.copyOf(route.keySet());
		int here = (mine != null) ? order.indexOf(mine.step()) : order.size();
		Map<String, String> passed = history.stream()
			.filter((entry) -> order.indexOf(entry.step()) < here)
			.map(DocumentFlow.Entry::step)
			.distinct()
			.sorted(Comparator.comparing(order::indexOf))
			.collect(Collectors.toMap((step) -> step, route::get, (a, b) -> a, LinkedHashMap::new));
		return new FlowView(route, flow.currentSteps(document), history, mine, passed,
				history.isEmpty() ? null : history.get(history.size() - 1).actor());
	}

	/**
	 * @return whether the route's step is one the document is at
	 */
	public boolean isAt(String step) {
		return this.current.stream().anyMatch((here) -> here.step().equals(step));
	}

	/**
	 * @return whether the person may withdraw the last step: they did it, hold none now,
	 * and the flow has not ended
	 */
	public boolean mayWithdraw(CurrentUser person) {
		return this.mine == null && !this.current.isEmpty() && person.loginName().equals(this.lastActor);
	}

	void addTo(Model model) {
		model.addAttribute("flow", this);
	}

	/**
	 * Does an action on a document's flow as {@link Actions#act} does; the flow states
	 * its own rules as {@link IllegalArgumentException}s, which are refusals too.
	 */
	static void act(RedirectAttributes redirect, Runnable action) {
		Actions.act(redirect, () -> {
			try {
				action.run();
			}
			catch (IllegalArgumentException ex) {
				throw new RefusedException(ex.getMessage());
			}
		});
	}

}
