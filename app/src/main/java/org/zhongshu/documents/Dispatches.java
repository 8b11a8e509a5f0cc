package org.zhongshu.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.documents.DispatchFlow.Participants;
import org.zhongshu.layout.Attendance;
import org.zhongshu.people.Role;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.RefusedException;

/**
 * The documents the office issues (发文): drafted, put into the 发文 flow, and shown only to
 * those cleared for their 密级 who take part in them or hold a role that covers the
 * office's documents.
 */
@Service
class Dispatches {

	/** Who attended a meeting, as a 纪要's 出席 list has it. */
	static final String ATTENDED = "出席";

	/** How names are kept, and given, in an attendance list. */
	static final String NAMES = "、";

	/**
	 * Whose units may be asked to countersign: the offices' rooms and the units'
	 * liaisons.
	 */
	static final List<Role> COUNTERSIGNING_ROLES = List.of(Role.SUPERVISION, Role.INFORMATION, Role.MEETINGS, Role.DUTY,
			Role.LIAISON);

	/** The roles that cover every document of the office, as its registers do. */
	static final Set<String> OFFICE_ROLES = Set.of("OFFICE_LEADER", "SECRETARY", "CONFIDENTIAL_AFFAIRS");

	private final JdbcClient jdbc;

	private final DispatchFlow flow;

	private final Clock clock;

	private final Attachments attachments;

	private final Appointments appointments;

	Dispatches(JdbcClient jdbc, DispatchFlow flow, Clock clock, Attachments attachments, Appointments appointments) {
		this.appointments = appointments;
		this.jdbc = jdbc;
		this.flow = flow;
		this.clock = clock;
		this.attachments = attachments;
	}

	/**
	 * A document with its drafter.
	 *
	 * @param id its id
	 * @param draft what was drafted
	 * @param drafterLogin who drafted it
	 * @param drafterName their name
	 * @param createdAt when
	 */
	record Dispatch(UUID id, Draft draft, String drafterLogin, String drafterName, Instant createdAt) {
	}

	/**
	 * Keeps the draft and starts its flow: 拟稿 is done, and the draft goes to its checker.
	 * @return the new document's id
	 * @throws RefusedException if the draft breaks a rule of the 条例, or is classified
	 * above the drafter's clearance
	 */
	@Transactional
	public UUID draft(Draft draft, CurrentUser drafter, Participants participants) {
		return draft(draft, drafter, participants, List.of(), List.of());
	}

	/**
	 * Keeps the draft with its 附件, checked already, and for a 纪要 who attended the
	 * meeting, and starts its flow. Attendance given for any other type is not kept.
	 * @return the new document's id
	 * @throws RefusedException if the draft breaks a rule of the 条例, a 纪要 names no one
	 * attending, or the draft is classified above the drafter's clearance
	 */
	@Transactional
	UUID draft(Draft draft, CurrentUser drafter, Participants participants, List<AttachmentFile> attachments,
			List<Attendance> attendance) {
		List<String> problems = new ArrayList<>(draft.problems());
		boolean minutes = draft.type() == DocumentType.MINUTES;
		if (minutes && attendance.stream().noneMatch((listed) -> listed.kind().equals(ATTENDED))) {
			problems.add("纪要应列出出席人员");
		}
		if (!problems.isEmpty()) {
			throw new RefusedException(String.join("；", problems));
		}
		if (draft.classification().compareTo(drafter.clearance()) > 0) {
			throw new RefusedException(
					"您的涉密等级为“%s”，不能拟制“%s”公文".formatted(drafter.clearance().label(), draft.classification().label()));
		}
		this.appointments.require(List.of(Role.OFFICE_LEADER), List.of(participants.checker()), "核稿人须为办公室领导");
		this.appointments.require(List.of(Role.LEADER), List.of(participants.signer()), "签发人须为委领导");
		this.appointments.require(COUNTERSIGNING_ROLES, participants.countersigners(), "会签人须为各科室或承办单位的人员");
		if (participants.countersigners().contains(drafter.loginName())) {
			throw new RefusedException("拟稿人不能为本公文会签");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into dispatch (id, doc_type, issuer, prefix, classification, secrecy_term, urgency, recipients,
				    copies_to, title, body, drafter_login, drafter_name, created_at)
				values (:id, :type, :issuer, :prefix, :classification, :term, :urgency, :recipients, :copiesTo, :title,
				    :body, :login, :name, :now)""")
			.param("id", id)
			.param("type", draft.type().name())
			.param("issuer", draft.issuer())
			.param("prefix", draft.prefix())
			.param("classification", draft.classification().name())
			.param("term", draft.secrecyTerm())
			.param("urgency", draft.urgency())
			.param("recipients", draft.recipients())
			.param("copiesTo", draft.copiesTo())
			.param("title", draft.title())
			.param("body", draft.body())
			.param("login", drafter.loginName())
			.param("name", drafter.fullName())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		this.attachments.attach(id, attachments);
		for (Attendance listed : minutes ? attendance : List.<Attendance>of()) {
			this.jdbc.sql("insert into dispatch_attendance (dispatch_id, kind, names) values (:id, :kind, :names)")
				.param("id", id)
				.param("kind", listed.kind())
				.param("names", String.join(NAMES, listed.names()))
				.update();
		}
		DocumentFlow.Step drafting = this.flow.start(id, drafter, participants);
		this.flow.complete(drafting.task(), drafter, "");
		return id;
	}

	/**
	 * @return who attended the meeting a 纪要 records, in the order 出席, 请假, 列席; empty for
	 * any other document
	 */
	@Transactional(readOnly = true)
	List<Attendance> attendanceOf(UUID id) {
		return this.jdbc
			.sql("select kind, names from dispatch_attendance where dispatch_id = :id"
					+ " order by array_position(array['出席', '请假', '列席']::varchar[], kind)")
			.param("id", id)
			.query((row, number) -> new Attendance(row.getString("kind"), List.of(row.getString("names").split(NAMES))))
			.list();
	}

	/**
	 * @return the document, for the office's own work on it (printing); people get
	 * {@link #readable}
	 */
	@Transactional(readOnly = true)
	Optional<Dispatch> find(UUID id) {
		return this.jdbc.sql("select * from dispatch where id = :id")
			.param("id", id)
			.query(Dispatches::dispatch)
			.optional();
	}

	/**
	 * @return the document, if the person may see it
	 * @throws AccessDeniedException if they are not cleared for its 密级 or take no part in
	 * it; the three administrators see no documents
	 */
	@Transactional(readOnly = true)
	public Optional<Dispatch> readable(UUID id, CurrentUser person) {
		Optional<Dispatch> found = find(id);
		found.ifPresent((dispatch) -> {
			if (!mayRead(dispatch, person)) {
				throw new AccessDeniedException("您无权查看此公文");
			}
		});
		return found;
	}

	/**
	 * @return the documents the person drafted, newest first, at most 50
	 */
	@Transactional(readOnly = true)
	public List<Dispatch> draftedBy(CurrentUser person) {
		return this.jdbc.sql("select * from dispatch where drafter_login = :login order by created_at desc limit 50")
			.param("login", person.loginName())
			.query(Dispatches::dispatch)
			.list();
	}

	/**
	 * @return the steps the person holds or may take up, oldest first, leaving out any
	 * document classified above their clearance
	 */
	@Transactional(readOnly = true)
	public List<WaitingStep> waitingFor(CurrentUser person) {
		return withDocuments(this.flow.inbox(person), person);
	}

	/**
	 * @return the steps of 发文 the person did lately, the latest first, leaving out any
	 * document classified above their clearance
	 */
	@Transactional(readOnly = true)
	public List<WaitingStep> doneBy(CurrentUser person, int most) {
		return withDocuments(this.flow.doneBy(person, most), person);
	}

	private List<WaitingStep> withDocuments(List<DocumentFlow.Step> steps, CurrentUser person) {
		if (steps.isEmpty()) {
			return List.of();
		}
		Map<UUID, WaitingStep.Document> documents = new HashMap<>();
		this.jdbc.sql("select id, title, classification from dispatch where id in (:ids)")
			.param("ids", steps.stream().map(DocumentFlow.Step::document).toList())
			.query((row, number) -> documents.put(row.getObject("id", UUID.class),
					new WaitingStep.Document(row.getString("title"),
							Classification.valueOf(row.getString("classification")), null)))
			.list();
		return WaitingStep.of(steps, documents, person);
	}

	private boolean mayRead(Dispatch dispatch, CurrentUser person) {
		if (dispatch.draft().classification().compareTo(person.clearance()) > 0) {
			return false;
		}
		return dispatch.drafterLogin().equals(person.loginName()) || coversTheOffice(person)
				|| this.flow.involves(dispatch.id(), person);
	}

	/**
	 * @return whether the person holds a role that covers every document of the office
	 * (办公室领导, 文秘, 机要), as its registers do, up to their clearance
	 */
	static boolean coversTheOffice(CurrentUser person) {
		return OFFICE_ROLES.stream().anyMatch(person::hasRole);
	}

	private static Dispatch dispatch(ResultSet row, int number) throws SQLException {
		Draft draft = new Draft(DocumentType.valueOf(row.getString("doc_type")), row.getString("issuer"),
				row.getString("prefix"), Classification.valueOf(row.getString("classification")),
				row.getString("secrecy_term"), row.getString("urgency"), row.getString("recipients"),
				row.getString("copies_to"), row.getString("title"), row.getString("body"));
		return new Dispatch(row.getObject("id", UUID.class), draft, row.getString("drafter_login"),
				row.getString("drafter_name"), row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
