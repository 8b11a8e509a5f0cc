package org.zhongshu.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhongshu.documents.Keyset.Cursor;
import org.zhongshu.documents.DispatchRegister.Filter;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.WebSession;

/**
 * The 发文登记簿 over 1,000,000 documents: first page, a type filter, a title search and a
 * page half-way down, each the median of 15 runs after 5 warm-up runs; then 50 office
 * staff signed in over HTTP opening the filtered register and the 工作台 in turn: 40 times
 * each without pause to warm up, then three rounds of 40 times each reading about a
 * second between clicks, then 40 times each clicking without pause, with the median and
 * the 99th percentile of each page. Not part of the test run (its name matches no test
 * pattern); run it with
 * {@code ./mvnw -pl app -am test -Dtest=RegisterBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the figures it prints. It asserts nothing about time.
 */
@DemoOfficeTest
class RegisterBenchmark {

	private static final int DOCUMENTS = 1_000_000;

	private static final int USERS = 50;

	private static final int REQUESTS_EACH = 40;

	/**
	 * How often the load with people reading between clicks is measured, each round
	 * printed: the first minute after the warm-up is still slower (docs/BENCHMARKS.md,
	 * 2026-12-02), and one round alone says little on a shared, noisy machine.
	 */
	private static final int READING_ROUNDS = 3;

	/**
	 * Requests each user makes, without pause and unmeasured, before the figures are
	 * taken: the server warmed up as it is after a few minutes of an office's work, its
	 * pages' code compiled and their templates' expressions with it.
	 */
	private static final int WARM_UP_EACH = 40;

	/**
	 * The pages each user opens in turn: the register's first page filtered, and the 工作台.
	 */
	private static final List<String> PAGES = List.of("/documents/register?type=REQUEST", "/");

	/** Demo accounts that keep the register: office leaders, 文秘 and 机要. */
	private static final List<String> STAFF = List.of("zhuren", "fuzhuren", "fuzhuren2", "wenmi", "wenmi2", "wenmi3",
			"wenmi4", "zonghe", "zonghe2", "zonghe3", "zonghe4", "jiyao", "jiyao2", "jiyao3");

	@LocalServerPort
	int port;

	@Autowired
	DispatchRegister register;

	@Autowired
	DocumentTodos todos;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesThroughAMillionDocuments() throws Exception {
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
		this.jdbc.sql("vacuum analyze dispatch").update();
		CurrentUser reader = DispatchFlowTests.REVIEWER;
		Filter none = new Filter(null, null, null, null, null, null, null, null);
		Filter title = new Filter(null, null, null, null, null, null, null, "第123456项");
		Filter word = new Filter(null, null, null, null, null, null, null, "值班");
		Filter type = new Filter(null, DocumentType.REQUEST, null, null, null, null, null, null);
		Cursor middle = this.jdbc
			.sql("select created_at, id from dispatch order by created_at desc, id desc offset :half limit 1")
			.param("half", DOCUMENTS / 2)
			.query((row, number) -> new Cursor(row.getTimestamp("created_at").toInstant(),
					row.getObject("id", java.util.UUID.class)))
			.single();

		report("first page, no filter", () -> this.register.page(none, null, null, reader).total());
		report("type 请示, first page", () -> this.register.page(type, null, null, reader).total());
		report("title contains 第123456项", () -> this.register.page(title, null, null, reader).total());
		report("title contains 值班 (a two-character word no title has)",
				() -> this.register.page(word, null, null, reader).total());
		report("title contains 值班, baseline: like alone, as before V14",
				() -> this.jdbc
					.sql("select count(*) from (select 1 from dispatch where title like '%值班%' limit 10001) found")
					.query(Long.class)
					.single());
		report("page after the 500,000th line", () -> this.register.page(none, middle, null, reader).total());
		report("工作台 (公文 待办, 待阅, 签收, 催办)", () -> (long) this.todos.todosFor(reader).size());
		List<WebSession> sessions = new ArrayList<>();
		for (int u = 0; u < USERS; u++) {
			sessions.add(WebSession.signedIn(this.port, STAFF.get(u % STAFF.size())));
		}
		load(sessions, 0, WARM_UP_EACH);
		for (int round = 1; round <= READING_ROUNDS; round++) {
			report("50 users reading for about 1 s between clicks, round " + round,
					load(sessions, 1000, REQUESTS_EACH));
		}
		report("50 users clicking without pause", load(sessions, 0, REQUESTS_EACH));
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
		System.out.printf("REGISTER %s (%d lines counted): median %.1f ms, fastest %.1f, slowest %.1f%n", what, found,
				times[times.length / 2], times[0], times[times.length - 1]);
	}

	/**
	 * Office staff at their desks, each a signed-in browser session over HTTP: they open
	 * the 发文登记簿 filtered to 请示 and the 工作台 in turn, waiting between clicks as people read
	 * the page (a think time drawn evenly from {@code thinkMillis} ± half), or not at
	 * all, which measures the machine at its limit. The time of each request is taken at
	 * the client, from sending to the last byte of the page.
	 * @return the times in milliseconds, by page, of every user's requests
	 */
	private static double[][] load(List<WebSession> sessions, long thinkMillis, int requestsEach) throws Exception {
		ExecutorService users = Executors.newFixedThreadPool(sessions.size());
		try {
			List<Future<double[][]>> results = new ArrayList<>();
			for (WebSession session : sessions) {
				results.add(users.submit(() -> {
					double[][] times = new double[PAGES.size()][requestsEach];
					for (int i = 0; i < requestsEach * PAGES.size(); i++) {
						if (thinkMillis > 0) {
							Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMillis / 2, thinkMillis * 3 / 2));
						}
						long start = System.nanoTime();
						WebSession.Page page = session.get(PAGES.get(i % PAGES.size()));
						times[i % PAGES.size()][i / PAGES.size()] = (System.nanoTime() - start) / 1e6;
						if (page.status() != 200) {
							throw new IllegalStateException(PAGES.get(i % PAGES.size()) + " answered " + page.status());
						}
					}
					return times;
				}));
			}
			double[][] all = new double[PAGES.size()][sessions.size() * requestsEach];
			for (int u = 0; u < sessions.size(); u++) {
				double[][] times = results.get(u).get();
				for (int p = 0; p < PAGES.size(); p++) {
					System.arraycopy(times[p], 0, all[p], u * requestsEach, requestsEach);
				}
			}
			return all;
		}
		finally {
			users.shutdown();
		}
	}

	private static void report(String what, double[][] times) {
		for (int p = 0; p < PAGES.size(); p++) {
			double[] all = times[p];
			Arrays.sort(all);
			System.out.printf("LOAD %s, GET %s (%d requests): median %.1f ms, 99th percentile %.1f, slowest %.1f%n",
					what, PAGES.get(p), all.length, all[all.length / 2], all[(int) Math.ceil(all.length * 0.99) - 1],
					all[all.length - 1]);
		}
	}

}
