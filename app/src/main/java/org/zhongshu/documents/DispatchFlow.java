package org.zhongshu.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.flowable.engine.ProcessEngine;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.platform.CurrentUser;

/**
 * The 发文 flow (processes/dispatch.bpmn20.xml): 拟稿, 核稿, 审核, 会签, 签发, 复核, 登记编号 (the 文号), 印制,
 * 核发 and 归档.
 */
@Service
class DispatchFlow extends DocumentFlow {

	static final String PROCESS = "dispatch";

	static final String SIGN = "sign";

	/** What a leader's signing without a word is recorded as: a circle-read agrees. */
	static final String CIRCLED = "圈阅（视为同意）";

	DispatchFlow(ProcessEngine engine, DocumentNumbers numbers, ApplicationEventPublisher events) {
		super(PROCESS, engine, numbers, events);
	}

	/**
	 * Who takes part in a document's flow.
	 *
	 * @param prefix the 代字 the 文号 will be taken under, such as 市委办发
	 * @param checker the login name of the 处室负责人 who checks the draft
	 * @param signer the login name of the leader who signs it
	 * @param countersigners the login names of those who countersign for their units, in
	 * parallel; empty when no other unit must agree
	 */
	record Participants(String prefix, String checker, String signer, List<String> countersigners) {

		public Participants {
			DocumentNumber.requireValidPrefix(prefix);
			if (checker.isBlank() || signer.isBlank()) {
				throw new IllegalArgumentException("请选择核稿人和签发人");
			}
			countersigners = List.copyOf(countersigners);
		}

	}

	/**
	 * Starts the flow with the drafter at 拟稿.
	 * @return the drafter's step
	 */
	@Transactional
	public Step start(UUID document, CurrentUser drafter, Participants participants) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("drafter", drafter.loginName());
		variables.put("checker", participants.checker());
		variables.put("signer", participants.signer());
		variables.put("countersigners", new ArrayList<>(participants.countersigners()));
		variables.put("prefix", participants.prefix());
		return start(document, variables);
	}

	/**
	 * Does a step as {@link DocumentFlow#complete(String, CurrentUser, String)} does; a
	 * leader who signs without writing anything has circle-read it, which counts as 同意.
	 */
	@Override
	@Transactional
	public @Nullable DocumentNumber complete(String task, CurrentUser person, String opinion) {
		boolean circled = opinion.isBlank() && SIGN.equals(stepOf(task));
		return super.complete(task, person, circled ? CIRCLED : opinion);
	}

	/**
	 * @return the login name of the leader who signs the document
	 */
	@Transactional(readOnly = true)
	public String signer(UUID document) {
		return Objects.requireNonNull(variable(document, "signer"));
	}

}
