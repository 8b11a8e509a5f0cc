package org.zhongshu.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.documents.Dispatches.Dispatch;
import org.zhongshu.documents.ReceiptFlow.Instruction;
import org.zhongshu.people.Directory;
import org.zhongshu.people.Directory.Receiver;
import org.zhongshu.people.Role;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.RefusedException;

/**
 * 收文: what the units receive. A 发文 reaches each recipient unit inside the system at 核发;
 * 机要 registers paper and outside documents with their scans. Whoever signs for a unit
 * (签收) takes it in: for the committee and its office the 收文 flow then starts. A person
 * sees a 收文 only if cleared for its 密级 and signing for its unit, taking part in its flow,
 * or, for the office's own 收文, holding a role that covers the office's documents.
 */
@Service
class Receipts {

	static final String UNSIGNED = "待签收";

	static final String SIGNED = "已签收";

	static final String RETURNED = "已退文";

	static final String ARCHIVED = "已归档";

	private final JdbcClient jdbc;

	private final ReceiptFlow flow;

	private final Directory directory;

	private final Dispatches dispatches;

	private final DispatchFlow dispatchFlow;

	private final Attachments attachments;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Receipts(JdbcClient jdbc, ReceiptFlow flow, Directory directory, Dispatches dispatches, DispatchFlow dispatchFlow,
			Attachments attachments, Clock clock, ApplicationEventPublisher events) {
		this.dispatchFlow = dispatchFlow;
		this.jdbc = jdbc;
		this.flow = flow;
		this.directory = directory;
		this.dispatches = dispatches;
		this.attachments = attachments;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * A document a unit received.
	 *
	 * @param id its id
	 * @param receivingUnit the unit it was sent to
	 * @param dispatch the office's 发文 it is, when it came from inside the system
	 * @param sender who sent it (来文单位)
	 * @param senderNumber the sender's 文号, or empty
	 * @param title its title
	 * @param classification its 密级
	 * @param urgency its 紧急程度, or empty
	 * @param receivedAt when it arrived
	 * @param signedBy who signed for it, or none yet
	 * @param signedAt when
	 * @param deadline by when its handling units must have handled it, once instructed
	 * @param state where it stands
	 */
	record Receipt(UUID id, String receivingUnit, @Nullable UUID dispatch, String sender, String senderNumber,
			String title, Classification classification, String urgency, Instant receivedAt, @Nullable String signedBy,
			@Nullable Instant signedAt, @Nullable LocalDate deadline, String state) {

		public boolean signed() {
			return this.signedAt != null;
		}

	}

	/**
	 * A paper or outside document as 机要 registers it.
	 *
	 * @param receivingUnit the committee or its office, as addressed
	 * @param sender who sent it
	 * @param senderNumber the sender's 文号, or empty
	 * @param title its title
	 * @param classification its 密级
	 * @param urgency its 紧急程度, or empty
	 */
	record Paper(String receivingUnit, String sender, String senderNumber, String title, Classification classification,
			String urgency) {

		Paper {
			sender = sender.strip();
			senderNumber = senderNumber.strip();
			title = title.strip();
			if (sender.isEmpty() || title.isEmpty()) {
				throw new RefusedException("请填写来文单位和标题");
			}
			if (sender.length() > 100 || senderNumber.length() > 60 || title.length() > 200) {
				throw new RefusedException("来文单位不超过 100 字，来文字号不超过 60 字，标题不超过 200 字");
			}
		}

	}

	/**
	 * At 核发, delivers the 发文 to each of its 主送 and 抄送 units inside the system; a unit
	 * that has it already (核发 done again after a 撤回) does not get it twice.
	 */
	@EventListener
	void deliverWhenDistributed(DocumentFlow.StepDone done) {
		if (DispatchFlow.PROCESS.equals(done.process()) && Distribution.STEP.equals(done.step())) {
			Dispatch dispatch = this.dispatches.find(done.document()).orElseThrow();
			String number = Objects.requireNonNullElse(this.dispatchFlow.referenceNumber(dispatch.id()), "");
			for (Receiver unit : Distribution.inside(dispatch.draft(), this.directory.receivers())) {
				insert(UUID.randomUUID(), unit.name(), dispatch.id(), dispatch.draft().issuer(), number,
						dispatch.draft().title(), dispatch.draft().classification(), dispatch.draft().urgency());
			}
		}
	}

	/**
	 * Registers a paper or outside document with its scans, signed for by the registrar,
	 * and starts its 收文 flow.
	 * @return the new 收文's id
	 * @throws RefusedException without a scan, for a unit the registrar does not sign
	 * for, or above the registrar's clearance
	 */
	@Transactional
	UUID register(Paper paper, List<AttachmentFile> scans, CurrentUser registrar) {
		Receiver unit = receiver(paper.receivingUnit())
			.filter((receiver) -> receiver.office() && receiver.clerks().contains(registrar.loginName()))
			.orElseThrow(() -> new RefusedException("只有机要人员能为市委、市委办公室登记来文"));
		if (scans.isEmpty()) {
			throw new RefusedException("请上传来文扫描件");
		}
		requireCleared(paper.classification(), registrar);
		UUID id = UUID.randomUUID();
		insert(id, unit.name(), null, paper.sender(), paper.senderNumber(), paper.title(), paper.classification(),
				paper.urgency());
		this.attachments.attach(id, scans);
		sign(id, registrar);
		return id;
	}

	/**
	 * 签收: the person takes the document in for their unit. For the committee and its
	 * office this starts the 收文 flow at 登记.
	 * @throws AccessDeniedException if the person does not sign for the unit
	 * @throws IllegalArgumentException if someone signed for it already
	 */
	@Transactional
	void sign(UUID id, CurrentUser clerk) {
		Receipt receipt = find(id).orElseThrow(() -> new IllegalArgumentException("没有这份收文"));
		Receiver unit = receiver(receipt.receivingUnit())
			.filter((receiver) -> receiver.clerks().contains(clerk.loginName()))
			.orElseThrow(() -> new AccessDeniedException("您不负责%s的收文".formatted(receipt.receivingUnit())));
		requireCleared(receipt.classification(), clerk);
		int signed = this.jdbc.sql("""
				update receipt set signed_by = :login, signed_at = :now, state = :state
				where id = :id and signed_at is null""")
			.param("login", clerk.loginName())
			.param("now", OffsetDateTime.now(this.clock))
			.param("state", unit.office() ? "登记" : SIGNED)
			.param("id", id)
			.update();
		if (signed == 0) {
			throw new IllegalArgumentException("该文件已由他人签收");
		}
		if (unit.office()) {
			this.flow.start(id);
		}
	}

	/**
	 * 批办: the leader's instruction; the handling units' deadline is kept with the
	 * document, and an instruction marked for supervision goes to the 督查室.
	 */
	@Transactional
	void instruct(UUID id, String task, CurrentUser leader, Instruction instruction) {
		Receipt receipt = readable(id, leader).orElseThrow(() -> new IllegalArgumentException("没有这份收文"));
		if (instruction.deadline() != null && instruction.deadline().isBefore(LocalDate.now(this.clock))) {
			throw new RefusedException("办理时限不能早于今天");
		}
		this.flow.instruct(task, leader, instruction);
		this.jdbc.sql("update receipt set deadline = :deadline where id = :id")
			.param("deadline", instruction.deadline())
			.param("id", id)
			.update();
		if (instruction.supervised()) {
			Map<String, String> units = new HashMap<>();
			this.directory.holding(Role.LIAISON).forEach((holder) -> units.put(holder.loginName(), holder.unitName()));
			this.events.publishEvent(new SupervisionRequested(id, receipt.title(),
					Objects.requireNonNullElse(this.flow.referenceNumber(id), ""), receipt.classification(),
					leader.fullName(), instruction.text(),
					instruction.handlers().stream().map((login) -> units.getOrDefault(login, login)).toList(),
					Objects.requireNonNull(instruction.deadline()), this.clock.instant()));
		}
	}

	/**
	 * 催办: reminds each unit still handling the document.
	 * @return how many units were reminded
	 * @throws IllegalArgumentException when no unit is handling it
	 */
	@Transactional
	int urge(UUID id, CurrentUser person) {
		readable(id, person);
		List<String> handlers = this.flow.currentSteps(id)
			.stream()
			.filter((step) -> ReceiptFlow.HANDLE.equals(step.step()))
			.map(DocumentFlow.Step::assignee)
			.filter(Objects::nonNull)
			.toList();
		if (handlers.isEmpty()) {
			throw new IllegalArgumentException("没有正在承办的单位，无需催办");
		}
		for (String handler : handlers) {
			this.jdbc.sql("""
					insert into receipt_reminder (receipt_id, handler, urged_by, urged_at)
					values (:id, :handler, :by, :now)""")
				.param("id", id)
				.param("handler", handler)
				.param("by", person.loginName())
				.param("now", OffsetDateTime.now(this.clock))
				.update();
		}
		return handlers.size();
	}

	/**
	 * @param waiting the person's steps, as {@link #waitingFor} gives them
	 * @return the latest 催办 of each document the person is still handling
	 */
	@Transactional(readOnly = true)
	List<ReceiptReminders.Reminder> remindersFor(CurrentUser person, List<WaitingStep> waiting) {
		Set<UUID> handling = new LinkedHashSet<>();
		waiting.stream()
			.map(WaitingStep::step)
			.filter((step) -> ReceiptFlow.HANDLE.equals(step.step()))
			.forEach((step) -> handling.add(step.document()));
		if (handling.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select distinct on (r.id) r.id, r.title, r.deadline, m.urged_at, m.occasion
				from receipt_reminder m join receipt r on r.id = m.receipt_id
				where m.handler = :login and r.id in (:ids)
				order by r.id, m.urged_at desc""")
			.param("login", person.loginName())
			.param("ids", handling)
			.query((row, number) -> new ReceiptReminders.Reminder(row.getObject("id", UUID.class),
					row.getString("title"), row.getObject("deadline", LocalDate.class),
					row.getObject("urged_at", OffsetDateTime.class).toInstant(), row.getString("occasion")))
			.list()
			.stream()
			.sorted(Comparator.comparing(ReceiptReminders.Reminder::urgedAt).reversed())
			.toList();
	}

	/**
	 * Keeps where the document stands: the names of the steps it is at, 已退文 or 已归档.
	 */
	@EventListener
	void keepState(DocumentFlow.Moved moved) {
		if (!ReceiptFlow.PROCESS.equals(moved.process())) {
			return;
		}
		List<DocumentFlow.Step> current = this.flow.currentSteps(moved.document());
		String state = current.isEmpty() ? (this.flow.returned(moved.document()) ? RETURNED : ARCHIVED)
				: String.join("、", current.stream().map(DocumentFlow.Step::name).distinct().toList());
		this.jdbc.sql("update receipt set state = :state where id = :id")
			.param("state", state)
			.param("id", moved.document())
			.update();
	}

	/**
	 * @return the documents waiting for the person to sign for their unit, oldest first
	 */
	@Transactional(readOnly = true)
	List<Receipt> unsigned(CurrentUser person) {
		List<String> units = this.directory.unitsSignedForBy(person);
		if (units.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from receipt
				where signed_at is null and receiving_unit in (:units) and classification in (:levels)
				order by received_at, id""")
			.param("units", units)
			.param("levels", levelsUpTo(person.clearance()))
			.query(Receipts::receipt)
			.list();
	}

	/**
	 * A unit a 发文 was delivered to at 核发.
	 *
	 * @param unit the unit
	 * @param signedBy who signed for it there, or none yet
	 * @param signedAt when
	 */
	record Delivery(String unit, @Nullable String signedBy, @Nullable Instant signedAt) {
	}

	/**
	 * @return the units inside the system the 发文 was delivered to, with who signed for it
	 * and when: the 分送情况 its page shows
	 */
	@Transactional(readOnly = true)
	List<Delivery> deliveriesOf(UUID dispatch) {
		return this.jdbc
			.sql("select receiving_unit, signed_by, signed_at from receipt where dispatch_id = :id"
					+ " order by received_at, receiving_unit")
			.param("id", dispatch)
			.query((row, number) -> {
				OffsetDateTime signedAt = row.getObject("signed_at", OffsetDateTime.class);
				return new Delivery(row.getString("receiving_unit"), row.getString("signed_by"),
						(signedAt != null) ? signedAt.toInstant() : null);
			})
			.list();
	}

	/**
	 * @return the documents the person's units received, newest first, at most 50
	 */
	@Transactional(readOnly = true)
	List<Receipt> receivedBy(CurrentUser person) {
		List<String> units = this.directory.unitsSignedForBy(person);
		if (units.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from receipt where receiving_unit in (:units) and classification in (:levels)
				order by received_at desc, id limit 50""")
			.param("units", units)
			.param("levels", levelsUpTo(person.clearance()))
			.query(Receipts::receipt)
			.list();
	}

	/**
	 * @return the steps of 收文 the person holds or may take up, oldest first, with the
	 * handling deadline, leaving out any document classified above their clearance
	 */
	@Transactional(readOnly = true)
	List<WaitingStep> waitingFor(CurrentUser person) {
		return withDocuments(this.flow.inbox(person), person);
	}

	/**
	 * @return the steps of 收文 the person did lately, the latest first, leaving out any
	 * document classified above their clearance
	 */
	@Transactional(readOnly = true)
	List<WaitingStep> doneBy(CurrentUser person, int most) {
		return withDocuments(this.flow.doneBy(person, most), person);
	}

	private List<WaitingStep> withDocuments(List<DocumentFlow.Step> steps, CurrentUser person) {
		if (steps.isEmpty()) {
			return List.of();
		}
		Map<UUID, WaitingStep.Document> documents = new HashMap<>();
		this.jdbc.sql("select id, title, classification, deadline from receipt where id in (:ids)")
			.param("ids", steps.stream().map(DocumentFlow.Step::document).toList())
			.query((row, number) -> documents.put(row.getObject("id", UUID.class),
					new WaitingStep.Document(row.getString("title"),
							Classification.valueOf(row.getString("classification")),
							row.getObject("deadline", LocalDate.class))))
			.list();
		return WaitingStep.of(steps, documents, person);
	}

	/**
	 * @return the document, if the person may see it
	 * @throws AccessDeniedException if they are not cleared for its 密级, or neither sign
	 * for its unit, take part in its flow nor cover the office's documents
	 */
	@Transactional(readOnly = true)
	Optional<Receipt> readable(UUID id, CurrentUser person) {
		Optional<Receipt> found = find(id);
		found.ifPresent((receipt) -> {
			boolean cleared = receipt.classification().compareTo(person.clearance()) <= 0;
			Optional<Receiver> unit = receiver(receipt.receivingUnit());
			boolean clerk = unit.map((receiver) -> receiver.clerks().contains(person.loginName())).orElse(false);
			boolean covered = unit.map(Receiver::office).orElse(false) && Dispatches.coversTheOffice(person);
			if (!cleared || !(clerk || covered || this.flow.involves(id, person))) {
				throw new AccessDeniedException("您无权查看此公文");
			}
		});
		return found;
	}

	Optional<Receipt> find(UUID id) {
		return this.jdbc.sql("select * from receipt where id = :id")
			.param("id", id)
			.query(Receipts::receipt)
			.optional();
	}

	/**
	 * @return the 附件: the scans of a paper document, or the 附件 of the 发文 it is
	 */
	List<Attachments.Attachment> attachments(Receipt receipt) {
		return this.attachments.of(filesOf(receipt));
	}

	Optional<AttachmentFile> attachment(Receipt receipt, int position) {
		return this.attachments.file(filesOf(receipt), position);
	}

	private static UUID filesOf(Receipt receipt) {
		return (receipt.dispatch() != null) ? receipt.dispatch() : receipt.id();
	}

	/**
	 * @return the units the person may register paper documents for
	 */
	List<String> registrableBy(CurrentUser person) {
		List<String> units = new ArrayList<>();
		for (Receiver receiver : this.directory.receivers()) {
			if (receiver.office() && receiver.clerks().contains(person.loginName())) {
				units.add(receiver.name());
			}
		}
		return units;
	}

	/**
	 * @return the units the person signs for what arrives
	 */
	private Optional<Receiver> receiver(String unit) {
		return this.directory.receivers().stream().filter((receiver) -> receiver.name().equals(unit)).findFirst();
	}

	private void insert(UUID id, String unit, @Nullable UUID dispatch, String sender, String senderNumber, String title,
			Classification classification, String urgency) {
		this.jdbc
			.sql("""
						insert into receipt (id, receiving_unit, dispatch_id, sender, sender_number, title, classification,
						    urgency, received_at, state)
						values (:id, :unit, :dispatch, :sender, :senderNumber, :title, :classification, :urgency, :now, :state)
					on conflict (dispatch_id, receiving_unit) do nothing""")
			.param("id", id)
			.param("unit", unit)
			.param("dispatch", dispatch)
			.param("sender", sender)
			.param("senderNumber", senderNumber)
			.param("title", title)
			.param("classification", classification.name())
			.param("urgency", urgency)
			.param("now", OffsetDateTime.now(this.clock))
			.param("state", UNSIGNED)
			.update();
	}

	private static List<String> levelsUpTo(Classification clearance) {
		return Arrays.stream(Classification.values())
			.filter((level) -> level.compareTo(clearance) <= 0)
			.map(Classification::name)
			.toList();
	}

	private static void requireCleared(Classification classification, CurrentUser person) {
		if (classification.compareTo(person.clearance()) > 0) {
			throw new RefusedException(
					"您的涉密等级为“%s”，不能办理“%s”公文".formatted(person.clearance().label(), classification.label()));
		}
	}

	private static Receipt receipt(ResultSet row, int number) throws SQLException {
		OffsetDateTime signedAt = row.getObject("signed_at", OffsetDateTime.class);
		return new Receipt(row.getObject("id", UUID.class), row.getString("receiving_unit"),
				row.getObject("dispatch_id", UUID.class), row.getString("sender"), row.getString("sender_number"),
				row.getString("title"), Classification.valueOf(row.getString("classification")),
				row.getString("urgency"), row.getObject("received_at", OffsetDateTime.class).toInstant(),
				row.getString("signed_by"), (signedAt != null) ? signedAt.toInstant() : null,
				row.getObject("deadline", LocalDate.class), row.getString("state"));
	}

}
