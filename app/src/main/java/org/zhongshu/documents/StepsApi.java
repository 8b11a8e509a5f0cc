package org.zhongshu.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.NotFoundException;
import org.zhongshu.platform.RefusedException;

/**
 * {@code /api/v1/documents/steps}: the steps of 发文 and 收文 waiting for the caller, and
 * doing one with an opinion, as the pages do. A step someone else did a moment before
 * answers 409; a step that is not the caller's, or of a document they may not see, 403.
 */
@RestController
@RequestMapping("/api/v1/documents/steps")
@PreAuthorize(ProofreadPage.BUSINESS_ROLES)
class StepsApi {

	private final Dispatches dispatches;

	private final DispatchFlow dispatchFlow;

	private final Receipts receipts;

	private final ReceiptFlow receiptFlow;

	StepsApi(Dispatches dispatches, DispatchFlow dispatchFlow, Receipts receipts, ReceiptFlow receiptFlow) {
		this.dispatches = dispatches;
		this.dispatchFlow = dispatchFlow;
		this.receipts = receipts;
		this.receiptFlow = receiptFlow;
	}

	/**
	 * A step waiting for the caller.
	 *
	 * @param task its id, to do it
	 * @param flow 发文 or 收文
	 * @param document the document's id
	 * @param step the step's id in the BPMN
	 * @param name the step's name
	 * @param title the document's title
	 * @param since when it arrived
	 * @param due by when, if there is a deadline
	 */
	record WaitingJson(String task, String flow, UUID document, String step, String name, String title, Instant since,
			@Nullable LocalDate due) {

		static WaitingJson of(String flow, WaitingStep waiting) {
			DocumentFlow.Step step = waiting.step();
			return new WaitingJson(step.task(), flow, step.document(), step.step(), step.name(), waiting.title(),
					step.since(), waiting.due());
		}

	}

	/**
	 * @param opinion the opinion written at the step, may be empty
	 */
	record Completion(@Nullable @Size(max = 1000, message = "意见不超过 1000 字") String opinion) {
	}

	/**
	 * @param referenceNumber the 文号 or 收文号 the step gave, when it was 登记
	 */
	record Completed(@Nullable String referenceNumber) {
	}

	@GetMapping
	List<WaitingJson> waiting(@AuthenticationPrincipal CurrentUser user) {
		List<WaitingJson> waiting = new ArrayList<>();
		this.dispatches.waitingFor(user).forEach((step) -> waiting.add(WaitingJson.of("发文", step)));
		this.receipts.waitingFor(user).forEach((step) -> waiting.add(WaitingJson.of("收文", step)));
		return waiting;
	}

	@PostMapping("/{task}")
	Completed complete(@PathVariable String task, @Valid @RequestBody Completion completion,
			@AuthenticationPrincipal CurrentUser user) {
		String opinion = (completion.opinion() != null) ? completion.opinion() : "";
		try {
			UUID dispatch = this.dispatchFlow.documentOf(task).orElse(null);
			if (dispatch != null) {
				this.dispatches.readable(dispatch, user);
				return new Completed(text(this.dispatchFlow.complete(task, user, opinion)));
			}
			UUID receipt = this.receiptFlow.documentOf(task).orElseThrow(() -> new NotFoundException("没有这个办理步骤"));
			this.receipts.readable(receipt, user);
			return new Completed(text(this.receiptFlow.complete(task, user, opinion)));
		}
		catch (IllegalArgumentException ex) {
			throw new RefusedException(ex.getMessage());
		}
	}

	private static @Nullable String text(@Nullable DocumentNumber number) {
		return (number != null) ? number.toString() : null;
	}

}
