package org.zhongshu.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 工作台: where an office worker starts the day, with what waits for them from every module.
 */
@Controller
class Workbench {

	static final String VIEW = "workbench";

	private static final Comparator<Todo> LATEST_FIRST = Comparator
		.comparing(Todo::since, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
		.reversed();

	private final Todos todos;

	private final Clock clock;

	Workbench(Todos todos, Clock clock) {
		this.todos = todos;
		this.clock = clock;
	}

	@GetMapping("/")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		Map<Todo.Kind, List<Todo>> byKind = this.todos.waitingFor(user)
			.stream()
			.collect(Collectors.groupingBy(Todo::kind));
		model.addAttribute("user", user);
		model.addAttribute("now", now);
		model.addAttribute("today", now.toLocalDate());
		model.addAttribute("greeting", greeting(now.getHour()));
		model.addAttribute("actions", byKind.getOrDefault(Todo.Kind.ACTION, List.of()));
		model.addAttribute("reads", byKind.getOrDefault(Todo.Kind.READ, List.of()));
		model.addAttribute("notices", byKind.getOrDefault(Todo.Kind.NOTICE, List.of()));
		model.addAttribute("done",
				byKind.getOrDefault(Todo.Kind.DONE, List.of())
					.stream()
					.sorted(LATEST_FIRST)
					.limit(TodoProvider.RECENTLY_DONE)
					.toList());
		return VIEW;
	}

	/**
	 * The bell in the navigation, loaded after the page: how many 提醒 (reminders and
	 * notices from every module) wait in the 工作台.
	 */
	@GetMapping("/bell")
	String bell(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("notices", this.todos.countNotices(user));
		return "fragments/bell :: bell";
	}

	private static String greeting(int hour) {
		if (hour < 5) {
			return "夜深了";
		}
		if (hour < 11) {
			return "上午好";
		}
		if (hour < 13) {
			return "中午好";
		}
		if (hour < 18) {
			return "下午好";
		}
		return "晚上好";
	}

}
