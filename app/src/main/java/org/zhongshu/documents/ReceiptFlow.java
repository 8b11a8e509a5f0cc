package org.zhongshu.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.flowable.engine.ProcessEngine;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.people.Role;
import org.zhongshu.platform.CurrentUser;

/**
 * The 收文 flow (processes/receipt.bpmn20.xml): 登记 (the 收文号), 初审 (or 退文), 拟办, 批办, 承办 and 传阅
 * side by side, 办结 and 归档. The steps that decide where the document goes next take their
 * decision here; every other step is done with {@link #complete}.
 */
@Service
class ReceiptFlow extends DocumentFlow {

	static final String PROCESS = "receipt";

	/** The 代字 of the 收文号. */
	static final String PREFIX = "市委办收";

	static final String SCREEN = "screen";

	static final String PROPOSE = "propose";

	static final String INSTRUCT = "instruct";

	static final String HANDLE = "handle";

	static final List<String> CIRCULATE = List.of("circulateInOrder", "circulateTogether");

	private static final Set<String> DECIDING = Set.of(SCREEN, PROPOSE, INSTRUCT);

	private final Appointments appointments;

	ReceiptFlow(ProcessEngine engine, DocumentNumbers numbers, ApplicationEventPublisher events,
			Appointments appointments) {
		super(PROCESS, engine, numbers, events);
		this.appointments = appointments;
	}

	/**
	 * A leader's 批办: the instruction, the units that handle the document by a deadline,
	 * and the leaders it circulates to.
	 *
	 * @param text the instruction (批示), as the leader wrote it
	 * @param handlers the login names of the handling units' liaisons; may be empty
	 * @param deadline when the units must have handled it; required with handlers
	 * @param readers the login names of the leaders it circulates to; may be empty
	 * @param inOrder whether they read it one after another, in the order given, rather
	 * than all at once
	 * @param supervised whether the 督查室 follows it up
	 */
	record Instruction(String text, List<String> handlers, @Nullable LocalDate deadline, List<String> readers,
			boolean inOrder, boolean supervised) {

		Instruction {
			text = text.strip();
			handlers = List.copyOf(handlers);
			readers = List.copyOf(readers);
			if (text.isEmpty()) {
				throw new IllegalArgumentException("请填写批示");
			}
			if (!handlers.isEmpty() && deadline == null) {
				throw new IllegalArgumentException("指定承办单位时请写明办理时限");
			}
			if (handlers.isEmpty() && supervised) {
				throw new IllegalArgumentException("列入督办的批示须指定承办单位");
			}
			if (handlers.stream().distinct().count() < handlers.size()
					|| readers.stream().distinct().count() < readers.size()) {
				throw new IllegalArgumentException("承办单位或传阅领导有重复");
			}
		}

	}

	/**
	 * Starts the flow once the document is signed for: 登记 waits for 机要.
	 * @return the 登记 step
	 */
	@Transactional
	public Step start(UUID receipt) {
		return start(receipt, Map.of("prefix", PREFIX));
	}

	/**
	 * 初审: accepts the document, or returns it (退文) with the reason, which ends its flow.
	 * @throws IllegalArgumentException when returning it without a reason
	 */
	@Transactional
	public void screen(String task, CurrentUser person, boolean accepted, String opinion) {
		if (!accepted && opinion.isBlank()) {
			throw new IllegalArgumentException("退文时请写明理由");
		}
		requireStep(task, SCREEN);
		complete(task, person, accepted ? opinion : "退文：" + opinion.strip(), Map.of("accepted", accepted));
	}

	/**
	 * 拟办: the office leader's proposal and the leader who is to instruct.
	 * @throws IllegalArgumentException without a leader
	 */
	@Transactional
	public void propose(String task, CurrentUser person, String opinion, String instructor) {
		if (instructor.isBlank()) {
			throw new IllegalArgumentException("请选择批办领导");
		}
		requireStep(task, PROPOSE);
		this.appointments.require(List.of(Role.LEADER), List.of(instructor), "批办领导须为委领导");
		complete(task, person, opinion, Map.of("instructor", instructor));
	}

	/**
	 * 批办: the leader's instruction sends the document to its handling units and readers.
	 */
	@Transactional
	public void instruct(String task, CurrentUser person, Instruction instruction) {
		requireStep(task, INSTRUCT);
		this.appointments.require(List.of(Role.LIAISON), instruction.handlers(), "承办单位须从各单位联络员中选择");
		this.appointments.require(List.of(Role.LEADER), instruction.readers(), "传阅须选择委领导");
		Map<String, Object> variables = new HashMap<>();
		variables.put("handlers", new ArrayList<>(instruction.handlers()));
		variables.put("readers", new ArrayList<>(instruction.readers()));
		variables.put("inOrder", instruction.inOrder());
		complete(task, person, instruction.text(), variables);
	}

	/**
	 * @return whether 初审 returned the document (退文)
	 */
	@Transactional(readOnly = true)
	public boolean returned(UUID receipt) {
		return Boolean.FALSE.equals(value(receipt, "accepted"));
	}

	/**
	 * Does a step that decides nothing: 登记, 承办, 传阅, 办结, 归档.
	 * @throws IllegalArgumentException for 初审, 拟办 or 批办, which decide where the document
	 * goes
	 */
	@Override
	@Transactional
	public @Nullable DocumentNumber complete(String task, CurrentUser person, String opinion) {
		String step = stepOf(task);
		if (step != null && DECIDING.contains(step)) {
			throw new IllegalArgumentException("“%s”须作出决定，请在本步骤的表单中办理".formatted(route().get(step)));
		}
		return super.complete(task, person, opinion);
	}

	/**
	 * @throws IllegalArgumentException if the task is another step; a task that is not
	 * there is refused when it is done
	 */
	private void requireStep(String task, String step) {
		String actual = stepOf(task);
		if (actual != null && !actual.equals(step)) {
			throw new IllegalArgumentException("这一步不是“%s”".formatted(route().get(step)));
		}
	}

}
