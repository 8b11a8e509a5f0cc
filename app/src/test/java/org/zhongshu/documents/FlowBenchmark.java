package org.zhongshu.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhongshu.documents.DispatchFlow.Participants;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.DemoOfficeTest;

/**
 * Steps completed per second through the 发文 flow: documents drafted and taken through 核稿,
 * 审核 (with the proofreader's check), 签发, 复核, 登记编号, 印制 (PDF, OFD and DOCX rendered), 核发
 * and 归档, one thread, after warm-up documents; the median time of each kind of step, and
 * the steps per second with and without 印制. Not part of the test run (its name matches no
 * test pattern); run it with
 * {@code ./mvnw -pl app -am test -Dtest=FlowBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the figures it prints. It asserts nothing about time.
 */
@DemoOfficeTest
class FlowBenchmark {

	private static final int WARM_UP = 10;

	private static final int DOCUMENTS = 100;

	private static final String BODY = "为做好年末各项工作，现将有关事项通知如下。\n一、加强值班值守\n各单位要严格执行领导带班和24小时值班制度。\n"
			+ "二、做好安全防范\n各单位要认真排查隐患，确保安全。\n特此通知。";

	@Autowired
	Dispatches dispatches;

	@Autowired
	DispatchFlow flow;

	@Autowired
	Archive archive;

	@Test
	void stepsPerSecondThroughTheDispatchFlow() {
		for (int i = 0; i < WARM_UP; i++) {
			walk(new LinkedHashMap<>());
		}
		Map<String, List<Double>> times = new LinkedHashMap<>();
		long start = System.nanoTime();
		for (int i = 0; i < DOCUMENTS; i++) {
			walk(times);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		int steps = times.values().stream().mapToInt(List::size).sum();
		double printing = times.get("print").stream().mapToDouble(Double::doubleValue).sum() / 1000;
		System.out.printf("FLOW %d documents, %d steps in %.1f s: %.1f steps/s; without 印制 %.1f steps/s%n", DOCUMENTS,
				steps, seconds, steps / seconds, (steps - DOCUMENTS) / (seconds - printing));
		times.forEach((step, list) -> {
			double[] sorted = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			System.out.printf("FLOW step %s: median %.1f ms, slowest %.1f ms%n", step, sorted[sorted.length / 2],
					sorted[sorted.length - 1]);
		});
	}

	private void walk(Map<String, List<Double>> times) {
		long start = System.nanoTime();
		UUID id = this.dispatches.draft(
				new Draft(DocumentType.NOTICE, "中共江临市委办公室", "测速发", Classification.INTERNAL, "", "", "各县（市、区）委", "",
						"关于做好年末工作的通知", BODY),
				DispatchFlowTests.DRAFTER, new Participants("测速发", "fuzhuren", "shuji", List.of()));
		record(times, "draft", start);
		for (CurrentUser person : List.of(DispatchFlowTests.CHECKER, DispatchFlowTests.REVIEWER,
				DispatchFlowTests.SIGNER, DispatchFlowTests.REVIEWER, DispatchFlowTests.REGISTRAR,
				DispatchFlowTests.REGISTRAR, DispatchFlowTests.REGISTRAR)) {
			DocumentFlow.Step step = this.flow.currentSteps(id).get(0);
			long at = System.nanoTime();
			this.flow.complete(step.task(), person, "同意");
			record(times, step.step(), at);
		}
		DocumentFlow.Step archiving = this.flow.currentSteps(id).get(0);
		long at = System.nanoTime();
		this.archive.file(this.dispatches.find(id).orElseThrow(), archiving.task(), DispatchFlowTests.REGISTRAR,
				Archive.Retention.THIRTY_YEARS);
		record(times, "archive", at);
	}

	private static void record(Map<String, List<Double>> times, String step, long start) {
		times.computeIfAbsent(step, (key) -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
	}

}
