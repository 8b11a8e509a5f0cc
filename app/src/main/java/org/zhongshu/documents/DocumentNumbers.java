package org.zhongshu.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives documents their 文号 at 登记编号 (and received documents their 收文号): consecutive
 * numbers per 代字 and year, with no gap and no duplicate, starting again at 1 each year. A
 * number is taken in the transaction that registers the document, so that if the
 * registration fails the number goes back with it.
 */
@Service
class DocumentNumbers {

	private final JdbcClient jdbc;

	private final Clock clock;

	DocumentNumbers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the number the document was given, if it has one
	 */
	public Optional<DocumentNumber> of(UUID document) {
		return this.jdbc.sql("select prefix, year, number from document_number where document_id = :document")
			.param("document", document)
			.query((row, number) -> new DocumentNumber(row.getString("prefix"), row.getInt("year"),
					row.getInt("number")))
			.optional();
	}

	/**
	 * Takes the next number of the 代字 in the office's current year for the document. The
	 * counter row stays locked until the caller's transaction ends: others wait for it,
	 * and see the number only once it is committed.
	 * @param prefix the 代字, such as 市委办发
	 * @param document the document the number is given to
	 * @return the number
	 * @throws IllegalArgumentException if the 代字 is not two to twelve Chinese characters,
	 * or the document already has a number
	 * @throws org.springframework.transaction.IllegalTransactionStateException outside a
	 * transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public DocumentNumber next(String prefix, UUID document) {
		DocumentNumber.requireValidPrefix(prefix);
		boolean numbered = this.jdbc.sql("select count(*) from document_number where document_id = :document")
			.param("document", document)
			.query(Long.class)
			.single() > 0;
		if (numbered) {
			throw new IllegalArgumentException("该公文已有文号，不能再次编号");
		}
		int year = LocalDate.now(this.clock).getYear();
		this.jdbc
			.sql("insert into document_number_counter (prefix, year, last_number) values (:prefix, :year, 0) "
					+ "on conflict do nothing")
			.param("prefix", prefix)
			.param("year", year)
			.update();
		int number = this.jdbc
			.sql("update document_number_counter set last_number = last_number + 1 "
					+ "where prefix = :prefix and year = :year returning last_number")
			.param("prefix", prefix)
			.param("year", year)
			.query(Integer.class)
			.single();
		this.jdbc
			.sql("insert into document_number (prefix, year, number, document_id, assigned_at) "
					+ "values (:prefix, :year, :number, :document, :now)")
			.param("prefix", prefix)
			.param("year", year)
			.param("number", number)
			.param("document", document)
			.param("now", OffsetDateTime.now(this.clock))
			.update();
		return new DocumentNumber(prefix, year, number);
	}

}
