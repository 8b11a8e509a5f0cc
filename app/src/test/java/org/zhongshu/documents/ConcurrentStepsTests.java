package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhongshu.documents.DispatchFlow.Participants;
import org.zhongshu.documents.DocumentFlow.Entry;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.ConflictException;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.WebSession;

/**
 * Two people doing the same step at the same moment: one does it, the other is told that
 * someone else just did (409 in the API), and the history has the step once.
 */
@DemoOfficeTest
class ConcurrentStepsTests {

	static final CurrentUser SECOND_REVIEWER = DispatchFlowTests.person("zonghe", "黄磊", "SECRETARY");

	@Autowired
	Dispatches dispatches;

	@Autowired
	DispatchFlow flow;

	@LocalServerPort
	int port;

	@RepeatedTest(5)
	void twoReviewersAtOnceOneDoesTheStepAndTheOtherIsToldSomeoneElseDid() throws Exception {
		UUID id = atReview(Classification.INTERNAL);
		String task = this.flow.currentSteps(id).get(0).task();
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> attempts = new ArrayList<>();
		for (CurrentUser reviewer : List.of(DispatchFlowTests.REVIEWER, SECOND_REVIEWER)) {
			attempts.add(() -> {
				start.await();
				try {
					this.flow.complete(task, reviewer, reviewer.fullName() + "审核同意");
					return "done";
				}
				catch (ConflictException ex) {
					return ex.getMessage();
				}
			});
		}
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (Callable<String> attempt : attempts) {
				results.add(threads.submit(attempt));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).containsExactlyInAnyOrder("done", "这一步刚刚已由他人办理，请刷新后查看");
		}
		finally {
			threads.shutdown();
		}
		assertThat(this.flow.history(id)).filteredOn((entry) -> entry.step().equals("review"))
			.singleElement()
			.extracting(Entry::opinion)
			.asString()
			.endsWith("审核同意");
	}

	@Test
	void theApiAnswers409ForAStepSomeoneDidAMomentBeforeAnd403ForADocumentAboveTheCallersClearance() {
		UUID id = atReview(Classification.INTERNAL);
		String task = this.flow.currentSteps(id).get(0).task();
		WebSession first = WebSession.signedIn(this.port, "zonghe");
		WebSession second = WebSession.signedIn(this.port, "zonghe2");
		assertThat(first.get("/api/v1/documents/steps").body()).contains(task, "办公室审核");

		WebSession.Page done = first.json("POST", "/api/v1/documents/steps/" + task, "{\"opinion\":\"同意\"}");
		WebSession.Page late = second.json("POST", "/api/v1/documents/steps/" + task, "{\"opinion\":\"同意\"}");

		assertThat(done.status()).isEqualTo(200);
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.body()).contains("这一步刚刚已由他人办理");
		assertThat(this.flow.history(id)).filteredOn((entry) -> entry.step().equals("review")).hasSize(1);

		UUID confidential = atReview(Classification.CONFIDENTIAL);
		String confidentialTask = this.flow.currentSteps(confidential).get(0).task();
		WebSession internal = WebSession.signedIn(this.port, "zonghe3");
		assertThat(internal.get("/api/v1/documents/steps").body()).doesNotContain(confidentialTask);
		assertThat(internal.json("POST", "/api/v1/documents/steps/" + confidentialTask, "{}").status()).isEqualTo(403);
		assertThat(this.flow.currentSteps(confidential)).extracting(DocumentFlow.Step::step).containsExactly("review");
	}

	private UUID atReview(Classification classification) {
		UUID id = this.dispatches.draft(
				new Draft(DocumentType.NOTICE, "中共江临市委办公室", "并发甲发", classification, "", "", "各县（市、区）委", "", "关于并发办理的通知",
						"现将有关事项通知如下。"),
				DispatchFlowTests.DRAFTER, new Participants("并发甲发", "fuzhuren", "shuji", List.of()));
		this.flow.complete(this.flow.currentSteps(id).get(0).task(), DispatchFlowTests.CHECKER, "同意");
		return id;
	}

}
