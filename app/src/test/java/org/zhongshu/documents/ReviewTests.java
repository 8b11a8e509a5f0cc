package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.zhongshu.documents.DispatchFlow.Participants;
import org.zhongshu.documents.DocumentFlow.Step;
import org.zhongshu.documents.Review.Finding;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.RefusedException;

/**
 * 办公室审核 with the proofreader: an error keeps the document in 审核 until it is fixed (by the
 * suggestion or by editing, the earlier text kept) or kept with a written reason, which
 * is recorded.
 */
@DemoOfficeTest
class ReviewTests {

	@Autowired
	Review review;

	@Autowired
	Dispatches dispatches;

	@Autowired
	DispatchFlow flow;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anErrorKeepsTheDocumentInReviewUntilTheSuggestionIsTaken() {
		UUID id = reviewing("各单位要认真布署，抓好落实。");
		Finding typo = error(id);
		assertThat(typo.issue().original()).isEqualTo("布署");
		assertThat(typo.field()).isEqualTo("body");
		assertThat(typo.before()).isEqualTo("各单位要认真");

		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.review.complete(id, task(id), DispatchFlowTests.REVIEWER, "同意", Map.of()))
			.withMessage("校对发现 1 处错误尚未改正或说明保留理由：“布署”");
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.flow.complete(task(id), DispatchFlowTests.REVIEWER, "同意"));
		assertThat(this.flow.currentSteps(id)).extracting(Step::step).containsExactly("review");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.review.accept(id, DispatchFlowTests.CHECKER, typo.key(), "部署"));
		this.review.accept(id, DispatchFlowTests.REVIEWER, typo.key(), "部署");

		assertThat(this.dispatches.find(id).orElseThrow().draft().body()).isEqualTo("各单位要认真部署，抓好落实。");
		assertThat(this.review.report(id)).noneMatch(Finding::open);
		assertThat(this.jdbc.sql("select body_before from dispatch_revision where dispatch_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("各单位要认真布署，抓好落实。");
		this.review.complete(id, task(id), DispatchFlowTests.REVIEWER, "同意", Map.of());
		assertThat(this.flow.currentSteps(id)).extracting(Step::step).containsExactly("sign");
	}

	@Test
	void anErrorKeptWithAReasonLetsTheDocumentOnAndTheReasonIsRecorded() {
		UUID id = reviewing("请各单位于本月底前布署到位。");
		Finding typo = error(id);

		this.review.complete(id, task(id), DispatchFlowTests.REVIEWER, "同意", Map.of(typo.key(), "引用上级文件原文，保持原样"));

		assertThat(this.flow.currentSteps(id)).extracting(Step::step).containsExactly("sign");
		assertThat(this.review.report(id)).singleElement()
			.satisfies((kept) -> assertThat(kept.waiver()).isEqualTo("引用上级文件原文，保持原样"));
	}

	@Test
	void editingAtReviewKeepsTheRulesOfTheRegulationsAndEndsEarlierWaivers() {
		UUID id = reviewing("请各单位抓紧布署。");
		Finding typo = error(id);
		assertThatExceptionOfType(RefusedException.class)
			.isThrownBy(() -> this.review.revise(id, DispatchFlowTests.REVIEWER, "关于冬季安全的报告", "请各单位抓紧布署。"))
			.withMessageContaining("标题应以文种“通知”结尾");

		this.review.revise(id, DispatchFlowTests.REVIEWER, "关于冬季安全工作的通知", "请各单位抓紧部署，确保安全。");

		assertThat(this.dispatches.find(id).orElseThrow().draft().title()).isEqualTo("关于冬季安全工作的通知");
		assertThat(this.review.report(id)).extracting((finding) -> finding.key()).doesNotContain(typo.key());
	}

	@Test
	void theOfficesOwnSlipsStopADocumentAndItsOwnWordsDoNot() {
		addToTheOfficesList("大数局", "大数据局");
		addToTheOfficesList("刘方炜", null);
		try {
			UUID id = reviewing("请刘方炜同志牵头，市大数局配合，于本月底前完成。");

			assertThat(this.review.report(id))
				.extracting((finding) -> finding.issue().original(), (finding) -> finding.issue().rule(), Finding::open)
				.containsExactly(tuple("大数局", "typo.office", true));
		}
		finally {
			this.jdbc.sql("delete from office_word").update();
		}
	}

	private void addToTheOfficesList(String written, @Nullable String correction) {
		this.jdbc.sql("""
				insert into office_word (written, correction, note, added_by, added_name, added_at)
				values (:written, :correction, '', 'wenmi', '王静', now())""")
			.param("written", written)
			.param("correction", correction)
			.update();
	}

	private UUID reviewing(String body) {
		UUID id = this.dispatches.draft(
				new Draft(DocumentType.NOTICE, "中共江临市委办公室", "审核甲发", Classification.INTERNAL, "", "", "各县（市、区）委", "",
						"关于冬季安全的通知", body),
				DispatchFlowTests.DRAFTER, new Participants("审核甲发", "fuzhuren", "shuji", List.of()));
		this.flow.complete(this.flow.currentSteps(id).get(0).task(), DispatchFlowTests.CHECKER, "同意");
		return id;
	}

	private Finding error(UUID id) {
		return this.review.report(id)
			.stream()
			.filter(Finding::open)
			.findFirst()
			.orElseThrow(() -> new AssertionError("校对应发现错误"));
	}

	private String task(UUID id) {
		return this.flow.currentSteps(id).get(0).task();
	}

}
