package org.zhongshu.documents;

import java.util.Arrays;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhongshu.documents.DispatchRegister.Filter;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.DemoOfficeTest;

/**
 * The 发文登记簿 over 300,000 documents: first page, a title search, a type filter and a deep
 * page, each the median of 15 runs after 5 warm-up runs. Not part of the test run (its
 * name matches no test pattern); run it with
 * {@code ./mvnw -pl app -am test -Dtest=RegisterBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the figures it prints. It asserts nothing about time.
 */
@DemoOfficeTest
class RegisterBenchmark {

	private static final int DOCUMENTS = 300_000;

	@Autowired
	DispatchRegister register;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesThroughThreeHundredThousandDocuments() {
		this.jdbc
			.sql("""
					insert into dispatch (id, doc_type, issuer, prefix, classification, recipients, title, body, drafter_login,
					    drafter_name, created_at, state)
					select gen_random_uuid(), (array['NOTICE', 'REQUEST', 'REPORT', 'LETTER'])[1 + n % 4], '中共江临市委办公室',
					       '市委办发', (array['PUBLIC', 'INTERNAL', 'CONFIDENTIAL'])[1 + n % 3], '各县（市、区）委',
					       '关于做好第' || n || '项工作的通知', '正文', 'wenmi2', '刘洋',
					       now() - (n || ' minutes')::interval, '已归档'
					from generate_series(1, :count) n""")
			.param("count", DOCUMENTS)
			.update();
		this.jdbc.sql("analyze dispatch").update();
		CurrentUser reader = DispatchFlowTests.REVIEWER;
		Filter none = new Filter(null, null, null, null, null, null, null, null);
		Filter title = new Filter(null, null, null, null, null, null, null, "第123456项");
		Filter type = new Filter(null, DocumentType.REQUEST, null, null, null, null, null, null);

		report("first page, no filter", () -> this.register.page(none, 0, reader).total());
		report("title contains 第123456项", () -> this.register.page(title, 0, reader).total());
		report("type 请示, first page", () -> this.register.page(type, 0, reader).total());
		report("page 4000 of 6000, no filter", () -> this.register.page(none, 4000, reader).total());
	}

	private static void report(String what, Supplier<Long> query) {
		for (int i = 0; i < 5; i++) {
			query.get();
		}
		double[] times = new double[15];
		long found = 0;
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			found = query.get();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		System.out.printf("REGISTER %s (%d lines): median %.1f ms, fastest %.1f, slowest %.1f%n", what, found,
				times[times.length / 2], times[0], times[times.length - 1]);
	}

}
