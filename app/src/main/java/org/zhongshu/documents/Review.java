package org.zhongshu.documents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.documents.Dispatches.Dispatch;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.RefusedException;
import org.zhongshu.proofread.Issue;

/**
 * 办公室审核: the proofreader's report on a 发文's title and text, the reviewer's changes to
 * them (each earlier version kept), and the errors kept on purpose, each with the
 * reviewer's reason. The document leaves 审核 only when every error is fixed or kept with a
 * reason.
 */
@Service
class Review {

	static final String STEP = "review";

	private static final int CONTEXT = 12;

	private final Dispatches dispatches;

	private final DispatchFlow flow;

	private final OfficeProofreader proofreader;

	private final JdbcClient jdbc;

	private final Clock clock;

	Review(Dispatches dispatches, DispatchFlow flow, OfficeProofreader proofreader, JdbcClient jdbc, Clock clock) {
		this.dispatches = dispatches;
		this.flow = flow;
		this.proofreader = proofreader;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Something the proofreader found in the title or the text.
	 *
	 * @param field {@code title} or {@code body}
	 * @param issue what it found
	 * @param before the text just before it
	 * @param after the text just after it
	 * @param waiver why the reviewer kept it, or none
	 */
	record Finding(String field, Issue issue, String before, String after, @Nullable String waiver) {

		/**
		 * @return what names this finding in a form: its field, rule and place
		 */
		public String key() {
			return this.field + ":" + this.issue.rule() + ":" + this.issue.start();
		}

		/**
		 * @return whether it stops the document until fixed or kept with a reason
		 */
		public boolean open() {
			return this.issue.severity().blocksIssuing() && this.waiver == null;
		}

	}

	/**
	 * @return what the proofreader finds in the document's title and text now, the title
	 * first, with the reasons given for errors kept
	 */
	@Transactional(readOnly = true)
	List<Finding> report(UUID id) {
		Draft draft = draft(id);
		Map<String, String> waivers = new HashMap<>();
		this.jdbc.sql("select field, rule, start_at, reason from dispatch_waiver where dispatch_id = :id")
			.param("id", id)
			.query((row, number) -> waivers.put(
					row.getString("field") + ":" + row.getString("rule") + ":" + row.getInt("start_at"),
					row.getString("reason")))
			.list();
		List<Finding> findings = new ArrayList<>();
		for (String field : List.of("title", "body")) {
			String text = text(draft, field);
			for (Issue issue : this.proofreader.check(text)) {
				String key = field + ":" + issue.rule() + ":" + issue.start();
				findings.add(new Finding(field, issue,
						text.substring(Math.max(0, issue.start() - CONTEXT), issue.start()),
						text.substring(issue.end(), Math.min(text.length(), issue.end() + CONTEXT)), waivers.get(key)));
			}
		}
		return findings;
	}

	/**
	 * Changes the title and text at 审核, keeping the version before; the waivers given for
	 * that version end with it.
	 * @throws AccessDeniedException unless the person holds the document's 审核
	 * @throws RefusedException if the changed document breaks a rule of the 条例
	 */
	@Transactional
	void revise(UUID id, CurrentUser reviewer, String title, String body) {
		requireReviewer(id, reviewer);
		Dispatch dispatch = this.dispatches.find(id).orElseThrow();
		Draft before = dispatch.draft();
		Draft after = new Draft(before.type(), before.issuer(), before.prefix(), before.classification(),
				before.secrecyTerm(), before.urgency(), before.recipients(), before.copiesTo(), title.strip(),
				body.strip());
		if (after.title().isEmpty() || after.body().isEmpty()) {
			throw new RefusedException("标题和正文不能为空");
		}
		List<String> problems = after.problems();
		if (!problems.isEmpty()) {
			throw new RefusedException(String.join("；", problems));
		}
		if (after.equals(before)) {
			return;
		}
		this.jdbc.sql("""
				insert into dispatch_revision (dispatch_id, revised_at, revised_by, title_before, body_before)
				values (:id, :now, :by, :title, :body)""")
			.param("id", id)
			.param("now", OffsetDateTime.now(this.clock))
			.param("by", reviewer.loginName())
			.param("title", before.title())
			.param("body", before.body())
			.update();
		this.jdbc.sql("update dispatch set title = :title, body = :body where id = :id")
			.param("title", after.title())
			.param("body", after.body())
			.param("id", id)
			.update();
		this.jdbc.sql("delete from dispatch_waiver where dispatch_id = :id").param("id", id).update();
	}

	/**
	 * Takes the proofreader's suggestion for one finding: the text it names is replaced,
	 * as {@link #revise} would.
	 * @throws IllegalArgumentException if the text changed since the report was shown
	 */
	@Transactional
	void accept(UUID id, CurrentUser reviewer, String key, String suggestion) {
		Finding finding = report(id).stream()
			.filter((candidate) -> candidate.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("正文已有改动，请按新的校对结果处理"));
		if (!finding.issue().suggestions().contains(suggestion)) {
			throw new IllegalArgumentException("没有这条修改建议");
		}
		Draft draft = draft(id);
		String text = text(draft, finding.field());
		String changed = text.substring(0, finding.issue().start()) + suggestion
				+ text.substring(finding.issue().end());
		boolean title = "title".equals(finding.field());
		revise(id, reviewer, title ? changed : draft.title(), title ? draft.body() : changed);
	}

	/**
	 * Does 审核 with the person's opinion, keeping the errors they give reasons for.
	 * @throws RefusedException naming the errors still neither fixed nor given a reason
	 */
	@Transactional
	void complete(UUID id, String task, CurrentUser reviewer, String opinion, Map<String, String> reasons) {
		requireReviewer(id, reviewer);
		for (Finding finding : report(id)) {
			String reason = reasons.getOrDefault(finding.key(), "").strip();
			if (finding.open() && !reason.isEmpty()) {
				if (reason.length() > 1000) {
					throw new RefusedException("保留理由不超过 1000 字");
				}
				this.jdbc.sql("""
						insert into dispatch_waiver (dispatch_id, field, rule, start_at, original, message, reason,
						    waived_by, waived_at)
						values (:id, :field, :rule, :start, :original, :message, :reason, :by, :now)""")
					.param("id", id)
					.param("field", finding.field())
					.param("rule", finding.issue().rule())
					.param("start", finding.issue().start())
					.param("original", finding.issue().original())
					.param("message", finding.issue().message())
					.param("reason", reason)
					.param("by", reviewer.loginName())
					.param("now", OffsetDateTime.now(this.clock))
					.update();
			}
		}
		this.flow.complete(task, reviewer, opinion);
	}

	/**
	 * Keeps a document in 审核 while an error of the proofreader's is neither fixed nor
	 * kept with a reason: runs in the transaction of the step, which it undoes.
	 */
	@EventListener
	void requireEveryErrorSettled(DocumentFlow.StepDone done) {
		if (!DispatchFlow.PROCESS.equals(done.process()) || !STEP.equals(done.step())) {
			return;
		}
		List<Finding> open = report(done.document()).stream().filter(Finding::open).toList();
		if (!open.isEmpty()) {
			throw new RefusedException("校对发现 %d 处错误尚未改正或说明保留理由：%s".formatted(open.size(),
					String.join("；", open.stream().map((finding) -> "“" + finding.issue().original() + "”").toList())));
		}
	}

	private void requireReviewer(UUID id, CurrentUser person) {
		boolean reviewing = this.flow.inbox(person)
			.stream()
			.anyMatch((step) -> step.document().equals(id) && STEP.equals(step.step()));
		if (!reviewing) {
			throw new AccessDeniedException("只有办公室审核人员能修改此公文");
		}
	}

	private Draft draft(UUID id) {
		return this.dispatches.find(id).orElseThrow(() -> new IllegalArgumentException("没有这份公文")).draft();
	}

	private static String text(Draft draft, String field) {
		return "title".equals(field) ? draft.title() : draft.body();
	}

}
