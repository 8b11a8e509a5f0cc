package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.Download;
import org.zhongshu.platform.MutableClock;
import org.junit.jupiter.api.AfterEach;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhongshu.documents.DispatchFlow.Participants;
import org.zhongshu.documents.DocumentFlow.Entry;
import org.zhongshu.documents.DocumentFlow.Step;
import org.zhongshu.documents.ReceiptFlow.Instruction;
import org.zhongshu.documents.Receipts.Paper;
import org.zhongshu.documents.Receipts.Receipt;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.RefusedException;
import org.zhongshu.platform.WebSession;

/**
 * 收文 with the demo office's people: a 发文 reaching its recipient units at 核发, a paper
 * document from 签收 to 归档 with a 批示 marked for supervision, 承办 by two units and 传阅 by two
 * leaders in order, 退文, 催办, and who may see a 收文.
 */
@DemoOfficeTest
@RecordApplicationEvents
class ReceiptFlowTests {

	static final CurrentUser REGISTRAR = person("jiyao", "林峰", Classification.SECRET, "CONFIDENTIAL_AFFAIRS");

	static final CurrentUser SCREENER = person("wenmi", "王静", Classification.CONFIDENTIAL, "SECRETARY");

	static final CurrentUser OFFICE_LEADER = person("fuzhuren", "林晓燕", Classification.SECRET, "OFFICE_LEADER");

	static final CurrentUser SECRETARY_OF_THE_COMMITTEE = person("shuji", "周立新", Classification.SECRET, "LEADER");

	static final CurrentUser MAYOR = person("fushuji", "李卫东", Classification.SECRET, "LEADER");

	static final CurrentUser ORGANISATION_HEAD = person("zuzhi", "孙国平", Classification.SECRET, "LEADER");

	static final CurrentUser ORGANISATION = person("lianluo1", "赵磊", Classification.INTERNAL, "LIAISON");

	static final CurrentUser FINANCE = person("lianluo6", "吴琼", Classification.INTERNAL, "LIAISON");

	static final CurrentUser PROPAGANDA = person("lianluo2", "钱芳", Classification.INTERNAL, "LIAISON");

	static final byte[] SCAN = "%PDF-1.7\n扫描件".getBytes(StandardCharsets.UTF_8);

	@Autowired
	Receipts receipts;

	@Autowired
	ReceiptFlow flow;

	@Autowired
	Dispatches dispatches;

	@Autowired
	DispatchFlow dispatchFlow;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Archive archive;

	@Autowired
	ReceiptReminders reminders;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aDispatchReachesEachRecipientUnitInsideTheSystemAtDistributionAndOneLiaisonSignsForIt() {
		UUID dispatch = this.dispatches.draft(
				new Draft(DocumentType.NOTICE, "中共江临市委办公室", "收文甲发", Classification.INTERNAL, "", "",
						"市委组织部、江临市财政局，各县（市、区）委", "市委宣传部", "关于分送测试的通知", "现将有关事项通知如下。"),
				DispatchFlowTests.DRAFTER, new Participants("收文甲发", "fuzhuren", "shuji", List.of()));
		for (String step : List.of("check", "review", "sign", "recheck", "register", "print")) {
			this.dispatchFlow.complete(this.dispatchFlow.currentSteps(dispatch).get(0).task(), holderOf(step), "");
		}
		assertThat(this.dispatchFlow.history(dispatch)).filteredOn((entry) -> entry.step().equals("sign"))
			.extracting(Entry::opinion)
			.containsExactly("圈阅（视为同意）");
		assertThat(this.receipts.unsigned(ORGANISATION)).extracting(Receipt::dispatch).doesNotContain(dispatch);
		this.dispatchFlow.complete(this.dispatchFlow.currentSteps(dispatch).get(0).task(), REGISTRAR, "");
		this.dispatchFlow.withdraw(dispatch, REGISTRAR);
		this.dispatchFlow.complete(this.dispatchFlow.currentSteps(dispatch).get(0).task(), REGISTRAR, "");
		assertThat(this.receipts.unsigned(ORGANISATION)).filteredOn((receipt) -> dispatch.equals(receipt.dispatch()))
			.as("核发 again after 撤回 delivers once")
			.hasSize(1);

		Receipt organisation = only(this.receipts.unsigned(ORGANISATION), dispatch);
		assertThat(organisation.receivingUnit()).isEqualTo("中共江临市委组织部");
		assertThat(organisation.sender()).isEqualTo("中共江临市委办公室");
		assertThat(organisation.senderNumber()).isEqualTo(this.dispatchFlow.referenceNumber(dispatch));
		assertThat(only(this.receipts.unsigned(FINANCE), dispatch).receivingUnit()).isEqualTo("江临市财政局");
		assertThat(only(this.receipts.unsigned(PROPAGANDA), dispatch).receivingUnit()).isEqualTo("中共江临市委宣传部");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.receipts.sign(organisation.id(), FINANCE));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.receipts.readable(organisation.id(), FINANCE));

		this.receipts.sign(organisation.id(), ORGANISATION);
		assertThat(this.receipts.find(organisation.id()).orElseThrow()).satisfies((signed) -> {
			assertThat(signed.signedBy()).isEqualTo("lianluo1");
			assertThat(signed.state()).isEqualTo(Receipts.SIGNED);
		});
		assertThat(this.receipts.unsigned(ORGANISATION)).extracting(Receipt::id).doesNotContain(organisation.id());
		assertThatIllegalArgumentException().isThrownBy(() -> this.receipts.sign(organisation.id(), ORGANISATION))
			.withMessage("该文件已由他人签收");
		assertThat(this.flow.started(organisation.id())).isFalse();
	}

	@Test
	void aPaperDocumentGoesFromRegistrationToArchiveWithAnInstructionTwoUnitsAndTwoReadersInOrder() {
		UUID id = this.receipts.register(
				new Paper("中共江临市委员会", "中共江南省委办公厅", "省委办发〔2026〕8号", "关于做好冬季安全生产工作的通知", Classification.INTERNAL, "加急"),
				List.of(AttachmentFile.of("来文.pdf", SCAN)), REGISTRAR);
		assertThat(this.receipts.find(id).orElseThrow().signedBy()).isEqualTo("jiyao");
		assertThat(this.receipts.attachments(this.receipts.find(id).orElseThrow()))
			.extracting(Attachments.Attachment::name)
			.containsExactly("来文.pdf");

		DocumentNumber number = this.flow.complete(only(id, "register"), REGISTRAR, "");
		assertThat(number.prefix()).isEqualTo("市委办收");
		assertThat(this.flow.referenceNumber(id)).isEqualTo(number.toString());
		assertThatIllegalArgumentException().isThrownBy(() -> this.flow.complete(only(id, "screen"), SCREENER, "同意"))
			.withMessageContaining("须作出决定");
		this.flow.screen(only(id, "screen"), SCREENER, true, "符合要求");
		this.flow.propose(only(id, "propose"), OFFICE_LEADER, "拟请周书记批示", "shuji");
		LocalDate deadline = LocalDate.now(this.clock).plusDays(19);
		this.receipts.instruct(id, only(id, "instruct"), SECRETARY_OF_THE_COMMITTEE,
				new Instruction("请组织部、财政局抓好落实，卫东、国平同志阅。", List.of("lianluo1", "lianluo6"), deadline,
						List.of("fushuji", "zuzhi"), true, true));

		assertThat(this.events.stream(SupervisionRequested.class).filter((event) -> event.document().equals(id)))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.leader()).isEqualTo("周立新");
				assertThat(event.instruction()).startsWith("请组织部");
				assertThat(event.handlingUnits()).containsExactly("中共江临市委组织部", "江临市财政局");
				assertThat(event.deadline()).isEqualTo(deadline);
				assertThat(event.receiptNumber()).isEqualTo(number.toString());
			});
		assertThat(this.flow.currentSteps(id)).extracting(Step::step, Step::assignee)
			.containsExactlyInAnyOrder(tuple("handle", "lianluo1"), tuple("handle", "lianluo6"),
					tuple("circulateInOrder", "fushuji"));
		assertThat(this.receipts.waitingFor(ORGANISATION)).filteredOn((waiting) -> waiting.step().document().equals(id))
			.singleElement()
			.satisfies((waiting) -> assertThat(waiting.due()).isEqualTo(deadline));
		assertThat(this.receipts.readable(id, ORGANISATION)).isPresent();

		this.receipts.urge(id, SCREENER);
		assertThat(reminders(FINANCE)).extracting(ReceiptReminders.Reminder::receipt).contains(id);

		this.flow.complete(mine(id, MAYOR), MAYOR, "已阅");
		assertThat(this.flow.currentSteps(id)).extracting(Step::assignee).contains("zuzhi").doesNotContain("fushuji");
		this.flow.complete(mine(id, ORGANISATION), ORGANISATION, "已部署全市组织系统落实");
		this.flow.complete(mine(id, FINANCE), FINANCE, "已安排专项资金");
		assertThat(reminders(FINANCE)).extracting(ReceiptReminders.Reminder::receipt).doesNotContain(id);
		this.flow.complete(mine(id, ORGANISATION_HEAD), ORGANISATION_HEAD, "");
		this.flow.complete(only(id, "conclude"), SCREENER, "各单位已办理完毕");
		Archive.Item item = this.archive.file(this.receipts.find(id).orElseThrow(), only(id, "archive"), REGISTRAR,
				Archive.Retention.TEN_YEARS);
		assertThat(item.archivalCode()).contains("-D10-BGS-");
		assertThat(item.files()).extracting(Attachments.Attachment::name).containsExactly("来文.pdf");

		assertThat(this.flow.currentSteps(id)).isEmpty();
		assertThat(this.receipts.find(id).orElseThrow().state()).isEqualTo(Receipts.ARCHIVED);
		assertThat(this.flow.history(id)).extracting(Entry::name, Entry::actor)
			.containsExactly(tuple("登记", "jiyao"), tuple("初审", "wenmi"), tuple("拟办", "fuzhuren"), tuple("批办", "shuji"),
					tuple("传阅（依次）", "fushuji"), tuple("承办", "lianluo1"), tuple("承办", "lianluo6"),
					tuple("传阅（依次）", "zuzhi"), tuple("办结", "wenmi"), tuple("归档", "jiyao"));
	}

	@Test
	void aForgedFormCannotGiveAStepToSomeoneWithoutTheRoleNorADeadlineInThePastAndAUnitCanSendItBack() {
		UUID id = this.receipts.register(
				new Paper("中共江临市委员会", "中共江南省委办公厅", "", "关于核对人员的通知", Classification.INTERNAL, ""),
				List.of(AttachmentFile.of("来文.pdf", SCAN)), REGISTRAR);
		this.flow.complete(only(id, "register"), REGISTRAR, "");
		this.flow.screen(only(id, "screen"), SCREENER, true, "");
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.flow.propose(only(id, "propose"), OFFICE_LEADER, "", "lianluo1"))
			.withMessage("批办领导须为委领导");
		this.flow.propose(only(id, "propose"), OFFICE_LEADER, "", "shuji");
		String instruct = only(id, "instruct");
		LocalDate future = LocalDate.now().plusYears(1);
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.receipts.instruct(id, instruct, SECRETARY_OF_THE_COMMITTEE,
					new Instruction("办理", List.of("zuzhi"), future, List.of(), false, false)))
			.withMessage("承办单位须从各单位联络员中选择");
		assertThatExceptionOfType(RefusedException.class).isThrownBy(() -> this.receipts.instruct(id, instruct,
				SECRETARY_OF_THE_COMMITTEE, new Instruction("阅", List.of(), null, List.of("nobody"), false, false)))
			.withMessage("传阅须选择委领导");
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.receipts.instruct(id, instruct, SECRETARY_OF_THE_COMMITTEE,
					new Instruction("办理", List.of("lianluo1"), LocalDate.of(2000, 1, 1), List.of(), false, false)))
			.withMessage("办理时限不能早于今天");
		assertThat(this.flow.currentSteps(id)).extracting(Step::step).containsExactly("instruct");

		this.receipts.instruct(id, instruct, SECRETARY_OF_THE_COMMITTEE,
				new Instruction("请组织部办理", List.of("lianluo1"), future, List.of("fushuji"), false, false));
		Step back = this.flow.sendBack(mine(id, ORGANISATION), ORGANISATION, "instruct", "请明确牵头单位和时限");

		assertThat(back.step()).isEqualTo("instruct");
		assertThat(back.assignee()).isEqualTo("shuji");
		assertThat(this.flow.currentSteps(id)).extracting(Step::step).containsExactly("instruct");
	}

	@Test
	void screeningReturnsADocumentOnlyWithAReasonAndThatEndsItsFlow() {
		UUID id = this.receipts.register(new Paper("中共江临市委办公室", "江临市某协会", "", "关于邀请参加年会的函", Classification.PUBLIC, ""),
				List.of(AttachmentFile.of("邀请函.pdf", SCAN)), REGISTRAR);
		this.flow.complete(only(id, "register"), REGISTRAR, "");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.flow.screen(only(id, "screen"), SCREENER, false, " "))
			.withMessage("退文时请写明理由");
		this.flow.screen(only(id, "screen"), SCREENER, false, "社会团体来函不属于党委办公室收文范围");

		assertThat(this.flow.currentSteps(id)).isEmpty();
		assertThat(this.receipts.find(id).orElseThrow().state()).isEqualTo(Receipts.RETURNED);
		assertThat(this.flow.history(id)).last().extracting(Entry::opinion).isEqualTo("退文：社会团体来函不属于党委办公室收文范围");
	}

	@Test
	void onlyThoseClearedAndTakingPartSeeAReceiptAndNoneButConfidentialAffairsRegisterOne() throws IOException {
		UUID secret = this.receipts.register(
				new Paper("中共江临市委员会", "中共江南省委", "省委发〔2026〕3号", "关于干部调整的通知", Classification.SECRET, "特急"),
				List.of(AttachmentFile.of("来文.pdf", SCAN)), REGISTRAR);
		this.flow.complete(only(secret, "register"), REGISTRAR, "");
		CurrentUser internalSecretary = person("wenmi3", "杨帆", Classification.INTERNAL, "SECRETARY");
		CurrentUser administrator = person("sysadmin", "吕斌", Classification.PUBLIC, "SYSTEM_ADMIN");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.receipts.readable(secret, internalSecretary));
		assertThat(this.receipts.waitingFor(internalSecretary)).extracting((waiting) -> waiting.step().document())
			.doesNotContain(secret);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.receipts.readable(secret, PROPAGANDA));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.receipts.readable(secret, administrator));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.receipts.readable(secret, SCREENER))
			.as("a 文秘 cleared for 秘密 may screen 收文, but not this 机密 one");
		assertThat(this.receipts.readable(secret, REGISTRAR)).isPresent();

		WebSession registrar = WebSession.signedIn(this.port, "jiyao");
		assertThat(registrar.get("/receipts/" + secret).status()).isEqualTo(200);
		assertThat(registrar.download("/receipts/" + secret + "/attachments/1").bytes()).isEqualTo(SCAN);
		assertThat(this.jdbc.sql("""
				select detail from audit_event
				where event = 'DOCUMENT_READ' and actor = 'jiyao' and object like :object order by id""")
			.param("object", "%" + secret)
			.query(String.class)
			.list()).containsExactly("查看", "下载附件：来文.pdf");
		assertThat(WebSession.signedIn(this.port, "wenmi3").get("/receipts/" + secret).status()).isEqualTo(403);
		WebSession.Download diagram = registrar.download("/receipts/" + secret + "/diagram.png");
		assertThat(diagram.status()).isEqualTo(200);
		assertThat(diagram.bytes()).startsWith(0x89, 'P', 'N', 'G');
		Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("41-receipt-diagram.png"),
				diagram.bytes());
		assertThat(WebSession.signedIn(this.port, "wenmi3").download("/receipts/" + secret + "/diagram.png").status())
			.isEqualTo(403);
	}

	@Test
	void registeringNeedsAScanAndAnOfficeUnitAndRefusesAnUnsafeFile() {
		Paper paper = new Paper("中共江临市委员会", "中共江南省委办公厅", "", "关于测试的通知", Classification.INTERNAL, "");
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.receipts.register(paper, List.of(), REGISTRAR))
			.withMessage("请上传来文扫描件");
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.receipts.register(paper, List.of(AttachmentFile.of("来文.pdf", SCAN)), ORGANISATION))
			.withMessage("只有机要人员能为市委、市委办公室登记来文");
		assertThatExceptionOfType(RefusedException.class).isThrownBy(() -> AttachmentFile.of("../来文.pdf", SCAN));
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> AttachmentFile.of("来文.svg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void unitsAreRemindedOnceBeforeTheDeadlineAndEachWeekPastItWhateverRunsTheSchedule() throws Exception {
		UUID id = this.receipts.register(
				new Paper("中共江临市委员会", "中共江南省委办公厅", "", "关于报送年度工作总结的通知", Classification.INTERNAL, ""),
				List.of(AttachmentFile.of("来文.pdf", SCAN)), REGISTRAR);
		this.flow.complete(only(id, "register"), REGISTRAR, "");
		this.flow.screen(only(id, "screen"), SCREENER, true, "");
		this.flow.propose(only(id, "propose"), OFFICE_LEADER, "拟请周书记批示", "shuji");
		this.receipts.instruct(id, only(id, "instruct"), SECRETARY_OF_THE_COMMITTEE, new Instruction("请财政局按时报送。",
				List.of("lianluo6"), LocalDate.now(this.clock).plusDays(10), List.of(), true, false));
		ReceiptReminders otherNode = new ReceiptReminders(this.flow, this.jdbc, this.clock);

		this.clock.advance(Duration.ofDays(7));
		this.reminders.remind();
		assertThat(remindersOf(id)).isEmpty();

		this.clock.advance(Duration.ofDays(2));
		this.reminders.remind();
		this.reminders.remind();
		otherNode.remind();
		assertThat(remindersOf(id)).as("a day the application was stopped is made up").hasSize(1);
		assertThat(reminders(FINANCE)).filteredOn((reminder) -> reminder.receipt().equals(id))
			.singleElement()
			.satisfies((reminder) -> assertThat(reminder.kind()).isEqualTo("临近办理时限"));

		this.clock.advance(Duration.ofDays(2));
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = nodes.invokeAll(List.of(this.reminders::remind, otherNode::remind));
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			nodes.shutdown();
		}
		assertThat(remindersOf(id)).hasSize(2);
		assertThat(reminders(FINANCE)).filteredOn((reminder) -> reminder.receipt().equals(id))
			.singleElement()
			.satisfies((reminder) -> assertThat(reminder.kind()).isEqualTo("已超过办理时限"));
		WebSession finance = WebSession.signedIn(this.port, "lianluo6");
		assertThat(finance.get("/").body()).contains("已超过办理时限：关于报送年度工作总结的通知");
		int notices = finance.get("/api/v1/todos").body().split("\"kind\":\"NOTICE\"", -1).length - 1;
		assertThat(notices).as("the 催办 and the account's own notices").isGreaterThan(1);
		assertThat(finance.get("/bell").body()).as("the bell counts what the 工作台 lists as 提醒")
			.contains("提醒 " + notices + " 条");

		this.clock.advance(Duration.ofDays(5));
		otherNode.remind();
		assertThat(remindersOf(id)).hasSize(2);
		this.clock.advance(Duration.ofDays(2));
		this.reminders.remind();
		assertThat(remindersOf(id)).as("a week past the deadline").hasSize(3);

		this.flow.complete(mine(id, FINANCE), FINANCE, "已报送");
		this.clock.advance(Duration.ofDays(7));
		this.reminders.remind();
		assertThat(remindersOf(id)).as("nothing once the unit has handled it").hasSize(3);
	}

	private List<ReceiptReminders.Reminder> reminders(CurrentUser person) {
		return this.receipts.remindersFor(person, this.receipts.waitingFor(person));
	}

	private List<String> remindersOf(UUID receipt) {
		return this.jdbc.sql("select occasion from receipt_reminder where receipt_id = :id order by urged_at")
			.param("id", receipt)
			.query(String.class)
			.list();
	}

	private static CurrentUser holderOf(String step) {
		return switch (step) {
			case "check" -> OFFICE_LEADER;
			case "review", "recheck" -> SCREENER;
			case "sign" -> SECRETARY_OF_THE_COMMITTEE;
			default -> REGISTRAR;
		};
	}

	private static Receipt only(List<Receipt> receipts, UUID dispatch) {
		return receipts.stream().filter((receipt) -> dispatch.equals(receipt.dispatch())).findFirst().orElseThrow();
	}

	private String only(UUID document, String step) {
		return DispatchFlowTests.only(this.flow, document, step);
	}

	private String mine(UUID document, CurrentUser person) {
		return DispatchFlowTests.mine(this.flow, document, person);
	}

	static CurrentUser person(String login, String name, Classification clearance, String role) {
		return new CurrentUser(login.hashCode(), login, name, "", "", clearance, Set.of(role));
	}

}
