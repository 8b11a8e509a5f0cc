package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhongshu.platform.DemoOfficeTest;
import org.zhongshu.platform.MutableClock;

/**
 * 文号 taken at 登记编号: consecutive per 代字 and year with no gap and no duplicate, even when
 * many are taken at once and some registrations fail. Each test numbers under a 代字 of its
 * own.
 */
@DemoOfficeTest
class DocumentNumberTests {

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aHundredRegistrationsAtOnceGetExactlyOneToAHundred() throws Exception {
		List<Integer> given = numberConcurrently("并发甲发", 100, (task) -> false);

		assertThat(given).containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
		assertThat(stored("并发甲发")).containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
	}

	@Test
	void aRegistrationThatFailsGivesItsNumberBackSoTenFailuresLeaveOneToNinety() throws Exception {
		List<Integer> given = numberConcurrently("并发乙发", 100, (task) -> task % 10 == 3);

		assertThat(given).containsExactlyElementsOf(IntStream.rangeClosed(1, 90).boxed().toList());
		assertThat(stored("并发乙发")).containsExactlyElementsOf(IntStream.rangeClosed(1, 90).boxed().toList());
	}

	@Test
	void numbersStartAgainAtOneInANewYearAndReadAsTheNormWritesThem() {
		int year = LocalDate.now(this.clock).getYear();
		DocumentNumber first = this.transactions.execute((status) -> this.numbers.next("跨年发", UUID.randomUUID()));
		DocumentNumber second = this.transactions.execute((status) -> this.numbers.next("跨年发", UUID.randomUUID()));
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		this.clock.advance(
				Duration.between(now, now.toLocalDate().withDayOfYear(1).plusYears(1).atStartOfDay(now.getZone())));

		DocumentNumber nextYear = this.transactions.execute((status) -> this.numbers.next("跨年发", UUID.randomUUID()));

		assertThat(first).hasToString("跨年发〔%d〕1号".formatted(year));
		assertThat(second).hasToString("跨年发〔%d〕2号".formatted(year));
		assertThat(nextYear).hasToString("跨年发〔%d〕1号".formatted(year + 1));
	}

	@Test
	void anOrderTakesA令号AndMinutesAnIssueNumberEachCountedApart() {
		DocumentNumber order = this.transactions.execute((status) -> this.numbers.next("编号甲令", UUID.randomUUID()));
		DocumentNumber minutes = this.transactions.execute((status) -> this.numbers.next("编号甲纪要", UUID.randomUUID()));
		DocumentNumber notice = this.transactions.execute((status) -> this.numbers.next("编号甲发", UUID.randomUUID()));

		assertThat(order).hasToString("第1号");
		assertThat(minutes).hasToString("第1期");
		assertThat(notice).hasToString("编号甲发〔%d〕1号".formatted(LocalDate.now(this.clock).getYear()));
	}

	@Test
	void refusesABadPrefixASecondNumberForOneDocumentAndNumberingOutsideARegistration() {
		UUID document = UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> this.numbers.next("重复发", document));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.numbers.next("重复发", document)))
			.withMessage("该公文已有文号，不能再次编号");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.transactions
				.executeWithoutResult((status) -> this.numbers.next("市委办发'; drop table x;--", UUID.randomUUID())))
			.withMessageStartingWith("发文机关代字“市委办发'; drop table x;--”不合规范");
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.numbers.next("重复发", UUID.randomUUID()));
		assertThat(stored("重复发")).containsExactly(1);
	}

	/**
	 * Registers documents from 16 threads at once, each in its own transaction; those the
	 * predicate picks fail after taking their number.
	 * @return the numbers of the registrations that succeeded, in order
	 */
	private List<Integer> numberConcurrently(String prefix, int count, IntPredicate fails) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(16);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int task = i;
				results.add(threads.submit(() -> {
					try {
						return this.transactions.execute((status) -> {
							DocumentNumber number = this.numbers.next(prefix, UUID.randomUUID());
							if (fails.test(task)) {
								throw new IllegalStateException("登记失败");
							}
							return number.number();
						});
					}
					catch (IllegalStateException ex) {
						return null;
					}
				}));
			}
			List<Integer> given = new ArrayList<>();
			for (Future<Integer> result : results) {
				Integer number = result.get();
				if (number != null) {
					given.add(number);
				}
			}
			given.sort(null);
			return given;
		}
		finally {
			threads.shutdown();
		}
	}

	private List<Integer> stored(String prefix) {
		return this.jdbc.sql("select number from document_number where prefix = :prefix order by number")
			.param("prefix", prefix)
			.query(Integer.class)
			.list();
	}

}
