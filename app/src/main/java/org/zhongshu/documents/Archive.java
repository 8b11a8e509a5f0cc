package org.zhongshu.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.documents.Dispatches.Dispatch;
import org.zhongshu.documents.Receipts.Receipt;
import org.zhongshu.platform.AttachmentFile;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.ContentStore;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.RefusedException;
import org.zhongshu.platform.Spreadsheet;

/**
 * 归档 after DA/T 22-2015: at the 归档 step each document becomes one 件 with its 年度, 保管期限, 机构
 * and a 件号 taken without gaps, and its 档号 (such as Z001-WS·2026-Y-BGS-0001); the files it
 * has then (the 红头文件 PDF and OFD, the scans, the 附件) are archived with it and never
 * change.
 */
@Service
class Archive {

	static final String STEP = "archive";

	/** 档案门类代码 of 文书档案. */
	static final String CATEGORY = "WS";

	/** The types whose documents the office keeps for good. */
	private static final Set<DocumentType> PERMANENT_TYPES = Set.of(DocumentType.RESOLUTION, DocumentType.DECISION,
			DocumentType.ORDER, DocumentType.COMMUNIQUE, DocumentType.OPINION, DocumentType.MINUTES);

	private final JdbcClient jdbc;

	private final DispatchFlow dispatchFlow;

	private final ReceiptFlow receiptFlow;

	private final ArchiveProperties properties;

	private final Clock clock;

	private final ContentStore store;

	Archive(JdbcClient jdbc, DispatchFlow dispatchFlow, ReceiptFlow receiptFlow, ArchiveProperties properties,
			Clock clock, ContentStore store) {
		this.store = store;
		this.jdbc = jdbc;
		this.dispatchFlow = dispatchFlow;
		this.receiptFlow = receiptFlow;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * 保管期限 (DA/T 22-2015 5.2, with the codes of 6.3).
	 */
	enum Retention {

		PERMANENT("永久", "Y"), THIRTY_YEARS("定期30年", "D30"), TEN_YEARS("定期10年", "D10");

		private final String label;

		private final String code;

		Retention(String label, String code) {
			this.label = label;
			this.code = code;
		}

		public String label() {
			return this.label;
		}

		String code() {
			return this.code;
		}

		static Retention ofCode(String code) {
			for (Retention retention : values()) {
				if (retention.code.equals(code)) {
					return retention;
				}
			}
			throw new IllegalArgumentException("未知的保管期限代码：" + code);
		}

	}

	/**
	 * A document as archived.
	 *
	 * @param document its id
	 * @param archivalCode its 档号
	 * @param retention its 保管期限
	 * @param year its 年度
	 * @param itemNumber its 件号
	 * @param archivedBy who archived it
	 * @param archivedAt when
	 * @param files the files archived with it
	 */
	record Item(UUID document, String archivalCode, Retention retention, int year, int itemNumber, String archivedBy,
			Instant archivedAt, List<Attachments.Attachment> files) {
	}

	/**
	 * @return the 保管期限 the office usually gives a 发文 of the type, or a 收文 (none)
	 */
	static Retention usualRetention(DocumentType type) {
		return PERMANENT_TYPES.contains(type) ? Retention.PERMANENT : Retention.THIRTY_YEARS;
	}

	/**
	 * 归档 of a 发文: the 件 with its 档号 and files, then the step done.
	 * @throws IllegalArgumentException if the step is not the document's 归档
	 */
	@Transactional
	Item file(Dispatch dispatch, String task, CurrentUser archivist, Retention retention) {
		requireArchiveStep(this.dispatchFlow, task, dispatch.id());
		Draft draft = dispatch.draft();
		LocalDate date = this.jdbc.sql("select assigned_at from document_number where document_id = :id")
			.param("id", dispatch.id())
			.query(OffsetDateTime.class)
			.optional()
			.map((assigned) -> assigned.atZoneSameInstant(this.clock.getZone()).toLocalDate())
			.orElseGet(() -> LocalDate.now(this.clock));
		keep(dispatch.id(), "发文", Objects.requireNonNullElse(this.dispatchFlow.referenceNumber(dispatch.id()), ""),
				draft.issuer(), draft.title(), date, draft.classification(), retention, archivist);
		copyFiles(dispatch.id(), dispatch.id(), true);
		this.dispatchFlow.complete(task, archivist, "");
		return find(dispatch.id()).orElseThrow();
	}

	/**
	 * 归档 of a 收文, as {@link #file(Dispatch, String, CurrentUser, Retention)}.
	 */
	@Transactional
	Item file(Receipt receipt, String task, CurrentUser archivist, Retention retention) {
		requireArchiveStep(this.receiptFlow, task, receipt.id());
		keep(receipt.id(), "收文", receipt.senderNumber(), receipt.sender(), receipt.title(),
				receipt.receivedAt().atZone(this.clock.getZone()).toLocalDate(), receipt.classification(), retention,
				archivist);
		if (receipt.dispatch() != null) {
			copyFiles(receipt.id(), receipt.dispatch(), true);
		}
		else {
			copyFiles(receipt.id(), receipt.id(), false);
		}
		this.receiptFlow.complete(task, archivist, "");
		return find(receipt.id()).orElseThrow();
	}

	/**
	 * @return the document as archived, if it is
	 */
	@Transactional(readOnly = true)
	Optional<Item> find(UUID document) {
		List<Attachments.Attachment> files = this.jdbc
			.sql("select position, name, size from archive_file where document_id = :id order by position")
			.param("id", document)
			.query((row, number) -> new Attachments.Attachment(row.getInt("position"), row.getString("name"),
					row.getInt("size")))
			.list();
		return this.jdbc.sql("select * from archive_item where document_id = :id")
			.param("id", document)
			.query((row, number) -> new Item(document, row.getString("archival_code"),
					Retention.ofCode(row.getString("retention")), row.getInt("year"), row.getInt("item_number"),
					row.getString("archived_by"), row.getObject("archived_at", OffsetDateTime.class).toInstant(),
					files))
			.optional();
	}

	/** Lines of the 归档文件目录 on a page. */
	static final int PAGE_SIZE = 50;

	/** The most lines one export holds. */
	static final int EXPORT_LIMIT = 50_000;

	/**
	 * A line of the 归档文件目录 (DA/T 22-2015 附录 A).
	 *
	 * @param document the document's id
	 * @param kind 发文 or 收文
	 * @param archivalCode its 档号
	 * @param referenceNumber its 文号, or empty
	 * @param author its 责任者
	 * @param title its 题名
	 * @param date its 日期
	 * @param classification its 密级
	 * @param retention its 保管期限
	 */
	record Line(UUID document, String kind, String archivalCode, String referenceNumber, String author, String title,
			LocalDate date, Classification classification, Retention retention) {
	}

	/**
	 * Which 件 the 归档文件目录 shows.
	 *
	 * @param year the 年度, or all
	 * @param retention the 保管期限, or all
	 */
	record Filter(@Nullable Integer year, @Nullable Retention retention) {
	}

	/**
	 * @param lines the page's lines, in 档号 order
	 * @param page the page, from 0
	 * @param total how many lines the filter found
	 */
	record Page(List<Line> lines, int page, long total) {

		public int pages() {
			return (int) Math.max(1, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

	}

	/**
	 * @return a page of the 归档文件目录, of the 件 the reader is cleared for
	 */
	@Transactional(readOnly = true)
	Page catalogue(Filter filter, int page, CurrentUser reader) {
		long total = catalogueQuery("select count(*) from archive_item", filter, reader).query(Long.class).single();
		int safePage = Math.max(0, Math.min(page, (int) ((total - 1) / PAGE_SIZE)));
		List<Line> lines = catalogueQuery("select * from archive_item", filter, reader, " order by year desc, "
				+ "retention, organ, item_number limit " + PAGE_SIZE + " offset " + (long) safePage * PAGE_SIZE)
			.query((row, number) -> line(row))
			.list();
		return new Page(lines, safePage, total);
	}

	/**
	 * @return the 归档文件目录 the filter finds, at most {@value #EXPORT_LIMIT} lines, as an
	 * .xlsx with the columns of DA/T 22-2015 附录 A
	 */
	@Transactional(readOnly = true)
	byte[] export(Filter filter, CurrentUser reader) {
		try (Stream<Line> lines = catalogueQuery("select * from archive_item", filter, reader,
				" order by year desc, retention, organ, item_number limit " + EXPORT_LIMIT)
			.query((row, number) -> line(row))
			.stream()) {
			return Spreadsheet.of("归档文件目录", List.of("档号", "文号", "责任者", "题名", "日期", "密级", "保管期限", "备注"),
					List.of(28, 24, 20, 50),
					lines.map((line) -> List.of(line.archivalCode(), line.referenceNumber(), line.author(),
							line.title(), line.date().format(DateTimeFormatter.BASIC_ISO_DATE),
							line.classification().label(), line.retention().label(), line.kind())));
		}
	}

	/**
	 * @return a file archived with the document, if there is one at the position
	 */
	@Transactional(readOnly = true)
	Optional<AttachmentFile> archivedFile(UUID document, int position) {
		return this.jdbc
			.sql("select name, media_type, sha256 from archive_file where document_id = :id and position = :position")
			.param("id", document)
			.param("position", position)
			.query((row, number) -> new AttachmentFile(row.getString("name"), row.getString("media_type"),
					this.store.read(row.getString("sha256"))))
			.optional();
	}

	/**
	 * @return 发文 or 收文, for the archived document
	 */
	@Transactional(readOnly = true)
	Optional<String> kindOf(UUID document) {
		return this.jdbc.sql("select kind from archive_item where document_id = :id")
			.param("id", document)
			.query(String.class)
			.optional();
	}

	private JdbcClient.StatementSpec catalogueQuery(String select, Filter filter, CurrentUser reader) {
		return catalogueQuery(select, filter, reader, "");
	}

	private JdbcClient.StatementSpec catalogueQuery(String select, Filter filter, CurrentUser reader, String tail) {
		return this.jdbc
			.sql(select + " where classification in (:cleared)"
					+ " and (cast(:year as integer) is null or year = :year)"
					+ " and (cast(:retention as varchar) is null or retention = :retention)" + tail)
			.param("cleared",
					Arrays.stream(Classification.values())
						.filter((level) -> level.compareTo(reader.clearance()) <= 0)
						.map(Classification::name)
						.toList())
			.param("year", filter.year())
			.param("retention", (filter.retention() != null) ? filter.retention().code() : null);
	}

	private static Line line(ResultSet row) throws SQLException {
		return new Line(row.getObject("document_id", UUID.class), row.getString("kind"), row.getString("archival_code"),
				row.getString("reference_number"), row.getString("author"), row.getString("title"),
				row.getObject("document_date", LocalDate.class),
				Classification.valueOf(row.getString("classification")), Retention.ofCode(row.getString("retention")));
	}

	/**
	 * Keeps a document in 归档 until it is filed with its 保管期限 and 档号: runs in the
	 * transaction of the step, which it undoes.
	 */
	@EventListener
	void requireFiled(DocumentFlow.StepDone done) {
		if (!STEP.equals(done.step())) {
			return;
		}
		boolean filed = this.jdbc.sql("select count(*) from archive_item where document_id = :id")
			.param("id", done.document())
			.query(Long.class)
			.single() > 0;
		if (!filed) {
			throw new RefusedException("归档时请确定保管期限，生成档号");
		}
	}

	private void requireArchiveStep(DocumentFlow flow, String task, UUID document) {
		if (!flow.documentOf(task).map(document::equals).orElse(false) || !STEP.equals(flow.stepOf(task))) {
			throw new IllegalArgumentException("这一步不是本公文的归档");
		}
	}

	private void keep(UUID document, String kind, String referenceNumber, String author, String title, LocalDate date,
			Classification classification, Retention retention, CurrentUser archivist) {
		String fonds = this.properties.fonds();
		String organ = this.properties.organ();
		int year = date.getYear();
		int number = this.jdbc.sql("""
				insert into archive_counter (fonds, year, retention, organ, last_number)
				values (:fonds, :year, :retention, :organ, 1)
				on conflict (fonds, year, retention, organ)
				do update set last_number = archive_counter.last_number + 1
				returning last_number""")
			.param("fonds", fonds)
			.param("year", year)
			.param("retention", retention.code())
			.param("organ", organ)
			.query(Integer.class)
			.single();
		String code = "%s-%s·%d-%s-%s-%04d".formatted(fonds, CATEGORY, year, retention.code(), organ, number);
		this.jdbc
			.sql("""
					insert into archive_item (document_id, kind, fonds, year, retention, organ, item_number, archival_code,
					    reference_number, author, title, document_date, classification, archived_by, archived_at)
					values (:id, :kind, :fonds, :year, :retention, :organ, :number, :code, :reference, :author, :title, :date,
					    :classification, :by, :now)""")
			.param("id", document)
			.param("kind", kind)
			.param("fonds", fonds)
			.param("year", year)
			.param("retention", retention.code())
			.param("organ", organ)
			.param("number", number)
			.param("code", code)
			.param("reference", referenceNumber)
			.param("author", author)
			.param("title", title)
			.param("date", date)
			.param("classification", classification.name())
			.param("by", archivist.loginName())
			.param("now", OffsetDateTime.now(this.clock))
			.update();
	}

	/**
	 * Archives the files the document has now: the printed PDF and OFD of the 发文 it is
	 * (when printed), then its 附件 or scans.
	 */
	private void copyFiles(UUID document, UUID source, boolean printed) {
		if (printed) {
			this.jdbc.sql("""
					insert into archive_file (document_id, position, name, media_type, sha256, size)
					select :id, row_number() over (order by f.kind desc), d.title || '.' || lower(f.kind),
					    case f.kind when 'PDF' then 'application/pdf' else 'application/ofd' end, f.sha256, f.size
					from dispatch_file f join dispatch d on d.id = f.dispatch_id
					where f.dispatch_id = :source and f.kind in ('PDF', 'OFD')""")
				.param("id", document)
				.param("source", source)
				.update();
		}
		this.jdbc.sql("""
				insert into archive_file (document_id, position, name, media_type, sha256, size)
				select :id, (select count(*) from archive_file where document_id = :id) + a.position, a.name,
				    a.media_type, a.sha256, a.size
				from document_attachment a where a.document_id = :source""")
			.param("id", document)
			.param("source", source)
			.update();
	}

}
