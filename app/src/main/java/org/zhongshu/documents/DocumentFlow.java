package org.zhongshu.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.engine.task.Comment;
import org.flowable.task.api.NativeTaskQuery;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.task.api.history.HistoricTaskInstanceQuery;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.platform.ConflictException;
import org.zhongshu.platform.CurrentUser;

/**
 * A document's flow in Flowable, whichever BPMN file routes it: who holds it at which
 * step, doing a step with an opinion, 退回 to an earlier step with a reason, 撤回 by whoever
 * sent it on while the next person has not acted, and the full history. The route lives
 * in the BPMN file; the flows know only the steps' ids. At the step {@value #REGISTER}
 * the document takes its number (文号 or 收文号) under the 代字 in the variable {@code prefix},
 * in the same transaction as the step.
 */
abstract class DocumentFlow {

	static final String REGISTER = "register";

	static final String REFERENCE_NUMBER = "referenceNumber";

	private static final String OPINION = "opinion";

	private static final String SENT_BACK = "sentBack";

	private static final String WITHDRAWN = "withdrawn";

	private static final String TAKEN = "这一步刚刚已由他人办理，请刷新后查看";

	private final String process;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final HistoryService history;

	private final RepositoryService repository;

	private final DocumentNumbers numbers;

	private final ApplicationEventPublisher events;

	private volatile @Nullable Map<String, String> route;

	DocumentFlow(String process, ProcessEngine engine, DocumentNumbers numbers, ApplicationEventPublisher events) {
		this.process = process;
		this.runtime = engine.getRuntimeService();
		this.tasks = engine.getTaskService();
		this.history = engine.getHistoryService();
		this.repository = engine.getRepositoryService();
		this.numbers = numbers;
		this.events = events;
	}

	/**
	 * A step someone holds, or did.
	 *
	 * @param task the step's id, to act on it
	 * @param document the document
	 * @param step the step's id in the BPMN (draft, check, review, …)
	 * @param name the step's name (拟稿, 处室负责人核稿, …)
	 * @param assignee who holds it, or none while it waits for anyone of its role
	 * @param since when it arrived, or for a step done, when it was done
	 */
	record Step(String task, UUID document, String step, String name, @Nullable String assignee, Instant since) {
	}

	/**
	 * What happened at a step.
	 *
	 * @param step the step's id
	 * @param name the step's name
	 * @param actor who acted, or none for a step still waiting
	 * @param finished when, or none for the step in hand
	 * @param opinion the opinion written, the reason for a 退回, or 撤回
	 */
	record Entry(String step, String name, @Nullable String actor, @Nullable Instant finished,
			@Nullable String opinion) {
	}

	/**
	 * A step was done, in the transaction that did it.
	 *
	 * @param process the flow's BPMN process id
	 * @param document the document
	 * @param step the step's id
	 * @param actor who did it
	 */
	record StepDone(String process, UUID document, String step, String actor) {
	}

	/**
	 * The document moved on, back or was withdrawn: the steps it is at changed.
	 *
	 * @param process the flow's BPMN process id
	 * @param document the document
	 */
	record Moved(String process, UUID document) {
	}

	/**
	 * Starts the document's flow with the variables its BPMN file reads.
	 * @return the first step
	 * @throws IllegalArgumentException if the document is in this flow already
	 */
	protected Step start(UUID document, Map<String, Object> variables) {
		boolean running = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(document.toString())
			.processDefinitionKey(this.process)
			.count() > 0;
		if (running) {
			throw new IllegalArgumentException("该公文已在流程中");
		}
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(this.process, document.toString(), variables);
		return current(instance.getId()).get(0);
	}

	/**
	 * @return the steps the person holds or may take up by their roles, oldest first;
	 * asked in one plain query, as the 工作台 asks it on every visit (the query API builds
	 * its SQL anew each time, at several times the cost)
	 */
	@Transactional(readOnly = true)
	public List<Step> inbox(CurrentUser person) {
		StringBuilder groups = new StringBuilder();
		List<String> roles = List.copyOf(person.roles());
		for (int i = 0; i < roles.size(); i++) {
			groups.append((i == 0) ? "" : ", ").append("#{role").append(i).append('}');
		}
		String candidates = roles.isEmpty() ? "" : """
				or (t.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK l
				    where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ in (%s)))""".formatted(groups);
		String sql = """
				select t.* from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
				where d.KEY_ = #{process} and (t.ASSIGNEE_ = #{login} %s)
				order by t.CREATE_TIME_ asc""".formatted(candidates);
		NativeTaskQuery query = this.tasks.createNativeTaskQuery()
			.sql(sql)
			.parameter("process", this.process)
			.parameter("login", person.loginName());
		for (int i = 0; i < roles.size(); i++) {
			query = query.parameter("role" + i, roles.get(i));
		}
		return steps(query.list());
	}

	/**
	 * @return the steps the person did lately, sent on or sent back, the latest first,
	 * each with the time it was done; a step taken from them by a 撤回 is not theirs. Asked
	 * in one plain query, as the 工作台 asks it on every visit.
	 */
	@Transactional(readOnly = true)
	public List<Step> doneBy(CurrentUser person, int most) {
		List<HistoricTaskInstance> done = this.history.createNativeHistoricTaskInstanceQuery()
			.sql("""
					select t.* from ACT_HI_TASKINST t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
					where d.KEY_ = #{process} and t.ASSIGNEE_ = #{login} and t.END_TIME_ is not null
					  and (t.DELETE_REASON_ is null or exists (select 1 from ACT_HI_COMMENT c
					      where c.TASK_ID_ = t.ID_ and c.TYPE_ = #{sentBack}))
					order by t.END_TIME_ desc""")
			.parameter("process", this.process)
			.parameter("login", person.loginName())
			.parameter("sentBack", SENT_BACK)
			.listPage(0, most);
		if (done.isEmpty()) {
			return List.of();
		}
		Map<String, UUID> documents = new HashMap<>();
		this.history.createHistoricProcessInstanceQuery()
			.processInstanceIds(
					done.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet()))
			.list()
			.forEach((instance) -> documents.put(instance.getId(), UUID.fromString(instance.getBusinessKey())));
		return done.stream()
			.map((step) -> new Step(step.getId(), documents.get(step.getProcessInstanceId()),
					step.getTaskDefinitionKey(), step.getName(), step.getAssignee(), step.getEndTime().toInstant()))
			.toList();
	}

	/**
	 * @return every step of this flow now waiting at the given step of the BPMN, in any
	 * document
	 */
	@Transactional(readOnly = true)
	public List<Step> waitingAt(String step) {
		return steps(this.tasks.createTaskQuery()
			.processDefinitionKey(this.process)
			.taskDefinitionKey(step)
			.orderByTaskCreateTime()
			.asc()
			.list());
	}

	/**
	 * @return the steps the document is at: one, or several while units countersign; none
	 * once it is archived
	 */
	@Transactional(readOnly = true)
	public List<Step> currentSteps(UUID document) {
		ProcessInstance instance = running(document);
		return (instance != null) ? current(instance.getId()) : List.of();
	}

	/**
	 * Does a step and sends the document on, with the person's opinion (同意, a change, or
	 * none). At {@value #REGISTER} the document takes its number, or keeps the one it was
	 * given when the step is done again after a 撤回 or 退回.
	 * @return the number when the step was {@value #REGISTER}, else none
	 * @throws AccessDeniedException if the step is not the person's to do
	 */
	@Transactional
	public @Nullable DocumentNumber complete(String task, CurrentUser person, String opinion) {
		return complete(task, person, opinion, Map.of());
	}

	/**
	 * Does a step with the variables it decides (who handles next, whether to go on), as
	 * {@link #complete(String, CurrentUser, String)} does.
	 */
	protected @Nullable DocumentNumber complete(String task, CurrentUser person, String opinion,
			Map<String, Object> variables) {
		Task held = held(task, person);
		UUID document = document(held);
		DocumentNumber number = null;
		if (REGISTER.equals(held.getTaskDefinitionKey())) {
			String prefix = Objects.requireNonNull((String) this.runtime.getVariable(held.getExecutionId(), "prefix"));
			number = this.numbers.of(document).orElseGet(() -> this.numbers.next(prefix, document));
			this.runtime.setVariable(held.getProcessInstanceId(), REFERENCE_NUMBER, number.toString());
		}
		comment(held, person, OPINION, opinion.strip());
		try {
			this.tasks.complete(held.getId(), variables);
		}
		catch (FlowableOptimisticLockingException ex) {
			throw new ConflictException(TAKEN);
		}
		this.events.publishEvent(new StepDone(this.process, document, held.getTaskDefinitionKey(), person.loginName()));
		this.events.publishEvent(new Moved(this.process, document));
		return number;
	}

	/**
	 * 退回: sends the document back to an earlier step it passed through, to whoever did
	 * that step, with the reason.
	 * @throws AccessDeniedException if the step is not the person's to do
	 * @throws IllegalArgumentException without a reason, or to a step the document has
	 * not passed
	 */
	@Transactional
	public Step sendBack(String task, CurrentUser person, String toStep, String reason) {
		if (reason.isBlank()) {
			throw new IllegalArgumentException("退回时请写明理由");
		}
		Task held = held(task, person);
		List<String> order = List.copyOf(route().keySet());
		HistoricTaskInstance earlier = lastDone(held.getProcessInstanceId(), toStep);
		if (earlier == null || order.indexOf(toStep) >= order.indexOf(held.getTaskDefinitionKey())) {
			throw new IllegalArgumentException("只能退回到本公文已经过的步骤");
		}
		comment(held, person, SENT_BACK, reason.strip());
		Step back = moveTo(held.getProcessInstanceId(), toStep, earlier.getAssignee());
		this.events.publishEvent(new Moved(this.process, back.document()));
		return back;
	}

	/**
	 * 撤回: takes the document back to the step the person last did, while the step it went
	 * on to has not been acted on.
	 * @throws IllegalArgumentException if the person did not send it on, or the next
	 * person has acted
	 */
	@Transactional
	public Step withdraw(UUID document, CurrentUser person) {
		String instance = instance(document);
		HistoricTaskInstance last = lastDone(instance, null);
		if (last == null || !person.loginName().equals(last.getAssignee())) {
			throw new IllegalArgumentException("只有送出这一步的人才能撤回");
		}
		List<Task> next = this.tasks.createTaskQuery().processInstanceId(instance).list();
		boolean acted = next.stream()
			.anyMatch((task) -> task.getCreateTime().before(last.getEndTime()) || !comments(task.getId()).isEmpty()
					|| task.getClaimTime() != null);
		if (acted) {
			throw new IllegalArgumentException("下一步已经办理，不能撤回");
		}
		Step back = moveTo(instance, last.getTaskDefinitionKey(), person.loginName());
		comment(this.tasks.createTaskQuery().taskId(back.task()).singleResult(), person, WITHDRAWN, "撤回");
		this.events.publishEvent(new Moved(this.process, document));
		return back;
	}

	/**
	 * @return every step done, in the order they were done, with who did it, when and
	 * what they wrote; the steps in hand last
	 */
	@Transactional(readOnly = true)
	public List<Entry> history(UUID document) {
		String instance = instanceOrFinished(document);
		List<Entry> entries = new ArrayList<>();
		List<HistoricTaskInstance> steps = this.history.createHistoricTaskInstanceQuery()
			.processInstanceId(instance)
			.orderByHistoricTaskInstanceEndTime()
			.asc()
			.orderByHistoricTaskInstanceStartTime()
			.asc()
			.list();
		for (HistoricTaskInstance step : steps) {
			String opinion = comments(step.getId()).stream()
				.max(Comparator.comparing(Comment::getTime))
				.map(Comment::getFullMessage)
				.orElse(null);
			entries.add(new Entry(step.getTaskDefinitionKey(), step.getName(), step.getAssignee(),
					(step.getEndTime() != null) ? step.getEndTime().toInstant() : null, opinion));
		}
		return entries;
	}

	/**
	 * @return whether the document's flow has started, running or finished
	 */
	@Transactional(readOnly = true)
	public boolean started(UUID document) {
		return this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(document.toString())
			.processDefinitionKey(this.process)
			.count() > 0;
	}

	/**
	 * @return whether the person takes part in the document's flow: did a step of it,
	 * holds one, or may take one up by their roles
	 */
	@Transactional(readOnly = true)
	public boolean involves(UUID document, CurrentUser person) {
		if (!started(document)) {
			return false;
		}
		boolean acted = history(document).stream().anyMatch((entry) -> person.loginName().equals(entry.actor()));
		boolean holds = currentSteps(document).stream().anyMatch((step) -> person.loginName().equals(step.assignee()));
		boolean mayTakeUp = inbox(person).stream().anyMatch((step) -> step.document().equals(document));
		return acted || holds || mayTakeUp;
	}

	/**
	 * @return the number given at {@value #REGISTER}, or none before
	 */
	@Transactional(readOnly = true)
	public @Nullable String referenceNumber(UUID document) {
		return variable(document, REFERENCE_NUMBER);
	}

	/**
	 * @return the value of a text variable of the document's flow, or none
	 */
	protected @Nullable String variable(UUID document, String name) {
		return (String) value(document, name);
	}

	/**
	 * @return the value of a variable of the document's flow, or none
	 */
	protected @Nullable Object value(UUID document, String name) {
		return this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instanceOrFinished(document))
			.variableName(name)
			.list()
			.stream()
			.map(HistoricVariableInstance::getValue)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/**
	 * @return the flow's model as the latest deployed BPMN file has it
	 */
	public BpmnModel model() {
		String definition = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(this.process)
			.latestVersion()
			.singleResult()
			.getId();
		return this.repository.getBpmnModel(definition);
	}

	/**
	 * @return the names of the route's steps by id, as the BPMN file deployed when this
	 * node started has them (read once: registers show the route's steps on every page)
	 */
	public Map<String, String> route() {
		Map<String, String> route = this.route;
		if (route == null) {
			Map<String, String> steps = new LinkedHashMap<>();
			model().getMainProcess()
				.findFlowElementsOfType(UserTask.class)
				.forEach((task) -> steps.put(task.getId(), task.getName()));
			route = Collections.unmodifiableMap(steps);
			this.route = route;
		}
		return route;
	}

	/**
	 * @return the document a step of this flow is about, whether the step is in hand or
	 * done; none if there is no such step in this flow
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> documentOf(String task) {
		return this.history.createHistoricTaskInstanceQuery()
			.taskId(task)
			.processDefinitionKey(this.process)
			.list()
			.stream()
			.findFirst()
			.flatMap((step) -> this.history.createHistoricProcessInstanceQuery()
				.processInstanceId(step.getProcessInstanceId())
				.list()
				.stream()
				.findFirst())
			.map((instance) -> UUID.fromString(instance.getBusinessKey()));
	}

	/**
	 * @return the id in the BPMN of the step in hand, or none when there is no such step
	 */
	protected @Nullable String stepOf(String task) {
		Task found = this.tasks.createTaskQuery().taskId(task).singleResult();
		return (found != null) ? found.getTaskDefinitionKey() : null;
	}

	/**
	 * @return the step, taken up by the person if it waited for anyone of their roles
	 * @throws AccessDeniedException if it is not theirs
	 * @throws ConflictException if it was done, or taken up by another, a moment before
	 */
	private Task held(String task, CurrentUser person) {
		Task held = heldBy(person).taskId(task).singleResult();
		if (held == null) {
			HistoricTaskInstance done = this.history.createHistoricTaskInstanceQuery()
				.taskId(task)
				.finished()
				.singleResult();
			if (done != null) {
				throw new ConflictException(TAKEN);
			}
			throw new AccessDeniedException("这一步不由您办理");
		}
		if (held.getAssignee() == null) {
			try {
				this.tasks.claim(held.getId(), person.loginName());
			}
			catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException ex) {
				throw new ConflictException(TAKEN);
			}
		}
		return held;
	}

	/**
	 * @return the steps assigned to the person, and those waiting for anyone of their
	 * roles
	 */
	private TaskQuery heldBy(CurrentUser person) {
		TaskQuery query = this.tasks.createTaskQuery().or().taskAssignee(person.loginName());
		if (!person.roles().isEmpty()) {
			query = query.taskCandidateGroupIn(person.roles());
		}
		return query.endOr();
	}

	/**
	 * @return what was written at a step: opinions, reasons for 退回, 撤回
	 */
	private List<Comment> comments(String task) {
		List<Comment> comments = new ArrayList<>();
		for (String type : List.of(OPINION, SENT_BACK, WITHDRAWN)) {
			comments.addAll(this.tasks.getTaskComments(task, type));
		}
		return comments;
	}

	private void comment(Task task, CurrentUser person, String type, String message) {
		if (message.isEmpty()) {
			return;
		}
		String previous = Authentication.getAuthenticatedUserId();
		Authentication.setAuthenticatedUserId(person.loginName());
		try {
			this.tasks.addComment(task.getId(), task.getProcessInstanceId(), type, message);
		}
		finally {
			Authentication.setAuthenticatedUserId(previous);
		}
	}

	private Step moveTo(String instance, String step, @Nullable String assignee) {
		List<String> here = this.tasks.createTaskQuery()
			.processInstanceId(instance)
			.list()
			.stream()
			.map(Task::getTaskDefinitionKey)
			.distinct()
			.toList();
		this.runtime.createChangeActivityStateBuilder()
			.processInstanceId(instance)
			.moveActivityIdsToSingleActivityId(here, step)
			.changeState();
		Task arrived = this.tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step).singleResult();
		if (assignee != null) {
			this.tasks.setAssignee(arrived.getId(), assignee);
		}
		return step(this.tasks.createTaskQuery().taskId(arrived.getId()).singleResult());
	}

	/**
	 * @return the step done last, or the last time the given step was done
	 */
	private @Nullable HistoricTaskInstance lastDone(String instance, @Nullable String step) {
		HistoricTaskInstanceQuery done = this.history.createHistoricTaskInstanceQuery()
			.processInstanceId(instance)
			.finished();
		if (step != null) {
			done = done.taskDefinitionKey(step);
		}
		return done.orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
	}

	private @Nullable ProcessInstance running(UUID document) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(document.toString())
			.processDefinitionKey(this.process)
			.singleResult();
	}

	private String instance(UUID document) {
		ProcessInstance instance = running(document);
		if (instance == null) {
			throw new IllegalArgumentException("该公文不在流程中");
		}
		return instance.getId();
	}

	private String instanceOrFinished(UUID document) {
		return this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(document.toString())
			.processDefinitionKey(this.process)
			.list()
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("该公文不在流程中"))
			.getId();
	}

	private List<Step> current(String instance) {
		return steps(this.tasks.createTaskQuery().processInstanceId(instance).orderByTaskCreateTime().asc().list());
	}

	/**
	 * @return the tasks as steps, their documents found in one query
	 */
	private List<Step> steps(List<Task> tasks) {
		if (tasks.isEmpty()) {
			return List.of();
		}
		Map<String, UUID> documents = new HashMap<>();
		this.runtime.createProcessInstanceQuery()
			.processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
			.list()
			.forEach((instance) -> documents.put(instance.getId(), UUID.fromString(instance.getBusinessKey())));
		return tasks.stream()
			.map((task) -> new Step(task.getId(), documents.get(task.getProcessInstanceId()),
					task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), task.getCreateTime().toInstant()))
			.toList();
	}

	private Step step(Task task) {
		return steps(List.of(task)).get(0);
	}

	private UUID document(Task task) {
		return step(task).document();
	}

}
