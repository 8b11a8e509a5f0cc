package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.zhongshu.documents.DocumentFlow.Entry;
import org.zhongshu.documents.DispatchFlow.Participants;
import org.zhongshu.documents.DocumentFlow.Step;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.RefusedException;

/**
 * The 发文 flow with the demo office's people: the whole route from 拟稿 to 归档 with 会签, the
 * 文号 at 登记编号, 退回 and 撤回, and nobody doing a step that is not theirs.
 */
@DemoOfficeTest
class DispatchFlowTests {

	static final CurrentUser DRAFTER = person("wenmi2", "刘洋", "SECRETARY");

	static final CurrentUser CHECKER = person("fuzhuren", "林晓燕", "OFFICE_LEADER");

	static final CurrentUser REVIEWER = person("wenmi", "王静", "SECRETARY");

	static final CurrentUser SUPERVISION = person("ducha", "孙丽", "SUPERVISION");

	static final CurrentUser INFORMATION = person("xinxi", "郭强", "INFORMATION");

	static final CurrentUser SIGNER = person("shuji", "周立新", "LEADER");

	static final CurrentUser REGISTRAR = person("jiyao", "林峰", "CONFIDENTIAL_AFFAIRS");

	@Autowired
	DispatchFlow flow;

	@Autowired
	Dispatches dispatches;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Archive archive;

	@Test
	void aDraftGoesTheWholeRouteWithCountersigningAndIsNumberedAtRegistration() {
		UUID document = this.dispatches.draft(
				new Draft(DocumentType.NOTICE, "中共江临市委办公室", "流程甲发", Classification.INTERNAL, "", "", "各县（市、区）委", "",
						"关于全流程的通知", "现将有关事项通知如下。"),
				DRAFTER, new Participants("流程甲发", "fuzhuren", "shuji", List.of("ducha", "xinxi")));

		assertThat(this.flow.history(document)).extracting(Entry::step, Entry::actor)
			.containsExactly(tuple("draft", "wenmi2"), tuple("check", "fuzhuren"));
		this.flow.complete(only(document, "check"), CHECKER, "同意");
		assertThat(this.flow.inbox(REVIEWER)).extracting(Step::document).contains(document);
		this.flow.complete(only(document, "review"), REVIEWER, "已校对，无差错");
		List<Step> countersigning = this.flow.currentSteps(document);
		assertThat(countersigning).extracting(Step::assignee).containsExactlyInAnyOrder("ducha", "xinxi");
		this.flow.complete(mine(document, SUPERVISION), SUPERVISION, "督查室同意");
		assertThat(this.flow.currentSteps(document)).extracting(Step::step).containsExactly("countersign");
		this.flow.complete(mine(document, INFORMATION), INFORMATION, "信息科同意");
		this.flow.complete(only(document, "sign"), SIGNER, "同意");
		this.flow.complete(only(document, "recheck"), REVIEWER, "");
		DocumentNumber number = this.flow.complete(only(document, "register"), REGISTRAR, "");
		this.flow.complete(only(document, "print"), REGISTRAR, "");
		this.flow.complete(only(document, "distribute"), REGISTRAR, "");
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.flow.complete(only(document, "archive"), REGISTRAR, ""))
			.withMessage("归档时请确定保管期限，生成档号");
		Archive.Item item = this.archive.file(this.dispatches.find(document).orElseThrow(), only(document, "archive"),
				REGISTRAR, Archive.Retention.PERMANENT);

		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		assertThat(item.archivalCode()).matches("Z001-WS·%d-Y-BGS-\\d{4}".formatted(year));
		assertThat(item.files()).extracting(Attachments.Attachment::name)
			.containsExactly("关于全流程的通知.pdf", "关于全流程的通知.ofd");
		assertThat(number).hasToString("流程甲发〔%d〕1号".formatted(year));
		assertThat(this.flow.referenceNumber(document)).isEqualTo(number.toString());
		assertThat(this.flow.currentSteps(document)).isEmpty();
		assertThat(this.flow.history(document)).extracting(Entry::step)
			.containsExactly("draft", "check", "review", "countersign", "countersign", "sign", "recheck", "register",
					"print", "distribute", "archive");
	}

	/**
	 * Flowable 8 would leave 会签 in a job of its own, which the next signature raced about
	 * half the time; ten rounds catch that coming back.
	 */
	@RepeatedTest(10)
	void countersignaturesOneAfterTheOtherNeverCollide() {
		UUID document = unflowedDispatch();
		Step draft = this.flow.start(document, DRAFTER,
				new Participants("会签甲发", "fuzhuren", "shuji", List.of("ducha", "xinxi")));
		this.flow.complete(draft.task(), DRAFTER, "");
		this.flow.complete(only(document, "check"), CHECKER, "");
		this.flow.complete(only(document, "review"), REVIEWER, "");

		for (Step step : this.flow.currentSteps(document)) {
			this.flow.complete(step.task(), "ducha".equals(step.assignee()) ? SUPERVISION : INFORMATION, "同意");
		}

		assertThat(this.flow.currentSteps(document)).extracting(Step::step).containsExactly("sign");
	}

	@Test
	void registeringAgainAfterAWithdrawalKeepsTheNumber() {
		UUID document = unflowedDispatch();
		Step draft = this.flow.start(document, DRAFTER, new Participants("重登甲发", "fuzhuren", "shuji", List.of()));
		this.flow.complete(draft.task(), DRAFTER, "");
		this.flow.complete(only(document, "check"), CHECKER, "");
		this.flow.complete(only(document, "review"), REVIEWER, "");
		this.flow.complete(only(document, "sign"), SIGNER, "");
		this.flow.complete(only(document, "recheck"), REVIEWER, "");
		DocumentNumber number = this.flow.complete(only(document, "register"), REGISTRAR, "");

		this.flow.withdraw(document, REGISTRAR);

		assertThat(this.flow.complete(only(document, "register"), REGISTRAR, "")).isEqualTo(number);
		assertThat(this.flow.currentSteps(document)).extracting(Step::step).containsExactly("print");
	}

	@Test
	void aForgedFormCannotGiveAStepToSomeoneWithoutItsRoleAndKeepsNothing() {
		Draft draft = new Draft(DocumentType.NOTICE, "中共江临市委办公室", "伪造甲发", Classification.INTERNAL, "", "", "各县（市、区）委",
				"", "关于伪造参与人的通知", "现将有关事项通知如下。");

		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.dispatches.draft(draft, DRAFTER,
					new Participants("伪造甲发", "fuzhuren", "lianluo1", List.of())))
			.withMessage("签发人须为委领导");
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(
					() -> this.dispatches.draft(draft, DRAFTER, new Participants("伪造甲发", "nobody", "shuji", List.of())))
			.withMessage("核稿人须为办公室领导");
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.dispatches.draft(draft, DRAFTER,
					new Participants("伪造甲发", "fuzhuren", "shuji", List.of("shuji"))))
			.withMessage("会签人须为各科室或承办单位的人员");
		assertThat(this.jdbc.sql("select count(*) from dispatch where title = '关于伪造参与人的通知'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aStepIsDoneOnlyByWhoeverHoldsItOrTheRoleItWaitsFor() {
		UUID document = unflowedDispatch();
		Step draft = this.flow.start(document, DRAFTER, new Participants("流程乙发", "fuzhuren", "shuji", List.of()));

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.flow.complete(draft.task(), REVIEWER, "越权"))
			.withMessage("这一步不由您办理");
		this.flow.complete(draft.task(), DRAFTER, "");
		this.flow.complete(only(document, "check"), CHECKER, "");
		assertThat(this.flow.inbox(INFORMATION)).extracting(Step::document).doesNotContain(document);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.flow.complete(only(document, "review"), INFORMATION, ""));
		this.flow.complete(only(document, "review"), REVIEWER, "");

		assertThat(this.flow.currentSteps(document)).extracting(Step::step).containsExactly("sign");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.flow.complete(only(document, "sign"), person("fushuji", "李卫东", "LEADER"), "同意"));
	}

	@Test
	void sendingBackReachesWhoeverDidThatStepWithTheReasonInTheHistory() {
		UUID document = unflowedDispatch();
		Step draft = this.flow.start(document, DRAFTER, new Participants("流程丙发", "fuzhuren", "shuji", List.of()));
		this.flow.complete(draft.task(), DRAFTER, "请审核");
		this.flow.complete(only(document, "check"), CHECKER, "同意");
		String review = only(document, "review");

		assertThatIllegalArgumentException().isThrownBy(() -> this.flow.sendBack(review, REVIEWER, "draft", " "))
			.withMessage("退回时请写明理由");
		assertThatIllegalArgumentException().isThrownBy(() -> this.flow.sendBack(review, REVIEWER, "sign", "还没到签发"))
			.withMessage("只能退回到本公文已经过的步骤");
		Step back = this.flow.sendBack(review, REVIEWER, "draft", "第二段“布署”应为“部署”");

		assertThat(back.step()).isEqualTo("draft");
		assertThat(back.assignee()).isEqualTo("wenmi2");
		assertThat(this.flow.history(document)).extracting(Entry::name, Entry::actor, Entry::opinion)
			.startsWith(tuple("拟稿", "wenmi2", "请审核"), tuple("处室负责人核稿", "fuzhuren", "同意"),
					tuple("办公室审核", "wenmi", "第二段“布署”应为“部署”"));
	}

	@Test
	void theSenderWithdrawsUntilTheNextPersonActs() {
		UUID document = unflowedDispatch();
		Step draft = this.flow.start(document, DRAFTER, new Participants("流程丁发", "fuzhuren", "shuji", List.of()));
		this.flow.complete(draft.task(), DRAFTER, "");

		Step withdrawn = this.flow.withdraw(document, DRAFTER);

		assertThat(withdrawn.step()).isEqualTo("draft");
		assertThat(withdrawn.assignee()).isEqualTo("wenmi2");
		this.flow.complete(withdrawn.task(), DRAFTER, "改好了");
		this.flow.complete(only(document, "check"), CHECKER, "同意");
		assertThatIllegalArgumentException().isThrownBy(() -> this.flow.withdraw(document, DRAFTER))
			.withMessage("只有送出这一步的人才能撤回");
		assertThat(this.flow.inbox(REVIEWER)).extracting(Step::document).contains(document);
		this.flow.sendBack(only(document, "review"), REVIEWER, "check", "请再看一下");
		this.flow.complete(only(document, "check"), CHECKER, "已改");
		String review = only(document, "review");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.flow.sendBack(only(document, "review"), REVIEWER, "review", "原地退回"))
			.withMessage("只能退回到本公文已经过的步骤");
		this.flow.complete(review, REVIEWER, "");
		assertThatIllegalArgumentException().isThrownBy(() -> this.flow.withdraw(document, CHECKER))
			.withMessage("只有送出这一步的人才能撤回");
		assertThat(this.flow.withdraw(document, REVIEWER).step()).isEqualTo("review");
	}

	@Test
	void theRouteIsTheBpmnFiles() {
		assertThat(this.flow.route()).containsExactly(entry("draft", "拟稿"), entry("check", "处室负责人核稿"),
				entry("review", "办公室审核"), entry("countersign", "会签"), entry("sign", "领导签发"), entry("recheck", "复核"),
				entry("register", "登记编号"), entry("print", "印制"), entry("distribute", "核发"), entry("archive", "归档"));
	}

	private String only(UUID document, String step) {
		return only(this.flow, document, step);
	}

	private String mine(UUID document, CurrentUser person) {
		return mine(this.flow, document, person);
	}

	/**
	 * @return the task of the one step the document is at, which must be the given step
	 */
	static String only(DocumentFlow flow, UUID document, String step) {
		List<Step> steps = flow.currentSteps(document);
		assertThat(steps).extracting(Step::step).containsExactly(step);
		return steps.get(0).task();
	}

	/**
	 * @return the task of the document's step that the person holds or may take up
	 */
	static String mine(DocumentFlow flow, UUID document, CurrentUser person) {
		return flow.inbox(person)
			.stream()
			.filter((step) -> step.document().equals(document))
			.findFirst()
			.orElseThrow()
			.task();
	}

	/**
	 * @return a new 发文 kept without its flow, for a test to start the flow itself
	 */
	private UUID unflowedDispatch() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into dispatch (id, doc_type, issuer, prefix, classification, recipients, title, body,
				    drafter_login, drafter_name, created_at)
				values (:id, 'NOTICE', '中共江临市委办公室', '流程发', 'INTERNAL', '各县（市、区）委', '关于流程测试的通知',
				    '现将有关事项通知如下。', 'wenmi2', '刘洋', now())""").param("id", id).update();
		return id;
	}

	static CurrentUser person(String login, String name, String role) {
		return new CurrentUser(login.hashCode(), login, name, "", "", Classification.SECRET, Set.of(role));
	}

}
