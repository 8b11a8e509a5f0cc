package org.zhongshu.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhongshu.documents.Dispatches.Dispatch;
import org.zhongshu.layout.Attachment;
import org.zhongshu.layout.Block;
import org.zhongshu.layout.DocumentFormat;
import org.zhongshu.layout.OfficialDocument;
import org.zhongshu.people.Directory;
import org.zhongshu.people.Role;
import org.zhongshu.platform.Classification;
import org.zhongshu.platform.ContentStore;
import org.zhongshu.platform.Printer;
import org.zhongshu.platform.Printer.Kind;

/**
 * 印制: when the 印制 step is done, the document is set as a 红头文件 (GB/T 9704-2012) in PDF,
 * OFD and DOCX by the {@link Printer}, in the same transaction, and kept.
 */
@Service
class Printing {

	static final String PRINT = "print";

	/** The ordinals that open a heading of each level (GB/T 9704-2012 7.3.3). */
	private static final List<Pattern> HEADINGS = List.of(Pattern.compile("^[一二三四五六七八九十]+、.*"),
			Pattern.compile("^（[一二三四五六七八九十]+）.*"), Pattern.compile("^\\d+[.．](?!\\d).*"), Pattern.compile("^（\\d+）.*"));

	/**
	 * A printed file.
	 *
	 * @param kind its kind
	 * @param size its size in bytes
	 */
	record Printed(Kind kind, int size) {
	}

	private final Dispatches dispatches;

	private final DispatchFlow flow;

	private final Directory directory;

	private final ContentStore store;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Printer printer;

	private final Attachments attachments;

	Printing(Dispatches dispatches, DispatchFlow flow, Directory directory, ContentStore store, JdbcClient jdbc,
			Clock clock, Printer printer, Attachments attachments) {
		this.attachments = attachments;
		this.dispatches = dispatches;
		this.flow = flow;
		this.directory = directory;
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
		this.printer = printer;
	}

	@EventListener
	void printWhenThePrintStepIsDone(DocumentFlow.StepDone done) {
		if (DispatchFlow.PROCESS.equals(done.process()) && PRINT.equals(done.step())) {
			print(done.document());
		}
	}

	/**
	 * Sets the document in every kind and keeps the files, replacing any printed before:
	 * a 函 in the 信函格式, an order in the 命令（令）格式 signed by its signer with their 职务, a 纪要
	 * in the 纪要格式 with who attended, every other type in the 文件格式. Runs in the
	 * transaction of the step that asked for it.
	 * @throws IllegalArgumentException if the document breaks a rule of GB/T 9704, naming
	 * the element
	 */
	void print(UUID id) {
		Dispatch dispatch = this.dispatches.find(id)
			.orElseThrow(() -> new IllegalStateException("流程中的公文 " + id + " 不存在"));
		OfficialDocument document = officialDocument(dispatch);
		for (Map.Entry<Kind, byte[]> printed : this.printer.printEveryKind(document).entrySet()) {
			Kind kind = printed.getKey();
			byte[] file = printed.getValue();
			String hash = this.store.store(file);
			this.jdbc.sql("""
					insert into dispatch_file (dispatch_id, kind, sha256, size, printed_at)
					values (:id, :kind, :hash, :size, :now)
					on conflict (dispatch_id, kind) do update
					    set sha256 = excluded.sha256, size = excluded.size, printed_at = excluded.printed_at""")
				.param("id", id)
				.param("kind", kind.name())
				.param("hash", hash)
				.param("size", file.length)
				.param("now", OffsetDateTime.now(this.clock))
				.update();
		}
	}

	/**
	 * @return the kinds printed, in order
	 */
	@Transactional(readOnly = true)
	List<Printed> printed(UUID id) {
		return this.jdbc.sql("select kind, size from dispatch_file where dispatch_id = :id")
			.param("id", id)
			.query((row, number) -> new Printed(Kind.valueOf(row.getString("kind")), row.getInt("size")))
			.list()
			.stream()
			.sorted((a, b) -> a.kind().compareTo(b.kind()))
			.toList();
	}

	/**
	 * @return the printed file of the kind, if there is one
	 */
	@Transactional(readOnly = true)
	Optional<byte[]> file(UUID id, Kind kind) {
		return this.jdbc.sql("select sha256 from dispatch_file where dispatch_id = :id and kind = :kind")
			.param("id", id)
			.param("kind", kind.name())
			.query(String.class)
			.optional()
			.map(this.store::read);
	}

	/**
	 * @return the document as GB/T 9704 sets it: 份号 and 密级 when classified, the 文号, the
	 * 签发人 of a 上行文, headings from their ordinals, the 附件 named in the 附件说明 (their files
	 * travel beside the document), the date the leader signed
	 */
	private OfficialDocument officialDocument(Dispatch dispatch) {
		Draft draft = dispatch.draft();
		boolean classified = draft.classification().compareTo(Classification.CONFIDENTIAL) >= 0;
		String secrecy = classified
				? draft.classification().label() + (draft.secrecyTerm().isEmpty() ? "" : "★" + draft.secrecyTerm())
				: null;
		DocumentFormat format = switch (draft.type()) {
			case LETTER -> DocumentFormat.LETTER;
			case ORDER -> DocumentFormat.ORDER;
			case MINUTES -> DocumentFormat.MINUTES;
			default -> DocumentFormat.FILE;
		};
		Optional<Directory.Holder> signer = this.directory.holding(Role.LEADER)
			.stream()
			.filter((holder) -> holder.loginName().equals(this.flow.signer(dispatch.id())))
			.findFirst();
		List<String> signers = (draft.type().isUpward() || format == DocumentFormat.ORDER)
				? List.of(signer.map(Directory.Holder::name).orElse("")) : List.of();
		List<String> signatures = switch (format) {
			case ORDER -> List.of(signer.map(Directory.Holder::title).orElse(""));
			case MINUTES -> List.of();
			default -> List.of(draft.issuer());
		};
		List<Block> body = new ArrayList<>();
		draft.body()
			.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.forEach((line) -> body.add(new Block.Paragraph(level(line), line)));
		LocalDate signed = this.flow.history(dispatch.id())
			.stream()
			.filter((entry) -> "sign".equals(entry.step()) && entry.finished() != null)
			.map((entry) -> entry.finished().atZone(this.clock.getZone()).toLocalDate())
			.reduce((first, last) -> last)
			.orElse(LocalDate.now(this.clock));
		List<String> copiesTo = draft.copiesTo().isBlank() ? List.of()
				: List.of(draft.copiesTo().split("[，,、]"))
					.stream()
					.map(String::strip)
					.filter((s) -> !s.isEmpty())
					.toList();
		List<Attachment> attachments = this.attachments.of(dispatch.id())
			.stream()
			.map((attachment) -> new Attachment(attachment.name().replaceFirst("\\.[^.]*$", ""), List.of()))
			.toList();
		String recipients = (format == DocumentFormat.MINUTES) ? null
				: draft.recipients().replaceFirst("[：:]$", "") + "：";
		return new OfficialDocument(format, classified ? "1" : null, secrecy,
				draft.urgency().isEmpty() ? null : draft.urgency(), List.of(draft.issuer()),
				this.flow.referenceNumber(dispatch.id()), signers, draft.title(), recipients, body, attachments,
				signatures, signed, null, null, this.dispatches.attendanceOf(dispatch.id()), copiesTo,
				(format == DocumentFormat.LETTER) ? null : draft.issuer(), LocalDate.now(this.clock));
	}

	private static int level(String line) {
		for (int level = 0; level < HEADINGS.size(); level++) {
			if (HEADINGS.get(level).matcher(line).matches()) {
				return level + 1;
			}
		}
		return 0;
	}

}
