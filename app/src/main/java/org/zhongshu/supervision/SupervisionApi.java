package org.zhongshu.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhongshu.platform.CurrentUser;

/**
 * {@code /api/v1/supervision}: the 台账's lines and the figures of its charts, filtered as
 * the ledger is, as far as the caller may see them.
 */
@RestController
@RequestMapping("/api/v1/supervision")
@PreAuthorize(SupervisionPage.ROLES)
class SupervisionApi {

	private final Ledger ledger;

	private final Analysis analysis;

	SupervisionApi(Ledger ledger, Analysis analysis) {
		this.ledger = ledger;
		this.analysis = analysis;
	}

	/**
	 * A task as the API gives it.
	 *
	 * @param item the 督办事项's id
	 * @param task the task's id
	 * @param title the item's title
	 * @param source where it comes from
	 * @param leader the 责任领导
	 * @param leadUnit the 牵头单位
	 * @param coUnits the 配合单位
	 * @param deadline the 完成时限
	 * @param state where it stands
	 * @param light its light
	 * @param progress the percentage last reported
	 * @param latest what was last reported
	 * @param daysOverdue days past the deadline
	 * @param onTime once closed, whether by the deadline
	 */
	record TaskLine(UUID item, UUID task, String title, Source source, String leader, String leadUnit,
			List<String> coUnits, LocalDate deadline, Task.State state, Light light, int progress, String latest,
			long daysOverdue, @Nullable Boolean onTime) {

		static TaskLine of(Ledger.Line line) {
			Task task = line.task();
			return new TaskLine(line.item().id(), task.id(), line.item().title(), line.item().source(),
					line.item().leader(), task.leadUnit(), task.coUnits(), task.deadline(), task.state(), line.light(),
					task.progress(), task.latest(), line.daysOverdue(), task.onTime());
		}

	}

	@GetMapping("/tasks")
	List<TaskLine> tasks(Ledger.Filter filter, @AuthenticationPrincipal CurrentUser user) {
		return this.ledger.lines(filter, user).stream().map(TaskLine::of).toList();
	}

	@GetMapping("/analysis")
	Analysis.Figures analysis(Ledger.Filter filter, @AuthenticationPrincipal CurrentUser user) {
		return this.analysis.figures(filter, user);
	}

}
