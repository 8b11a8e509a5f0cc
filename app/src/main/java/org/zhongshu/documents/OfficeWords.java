package org.zhongshu.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.zhongshu.people.Role;
import org.zhongshu.platform.CurrentUser;
import org.zhongshu.platform.NotFoundException;
import org.zhongshu.platform.RefusedException;
import org.zhongshu.platform.Spreadsheet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's own word list for the proofreader (本办词库), kept by the office's staff for
 * everyone who proofreads: words written right that the rules would flag (a new
 * colleague's name in another unit, a local place or project), and the office's own slips
 * with their right form (大数局 → 大数据局), flagged wherever they occur.
 */
@Service("officeWords")
class OfficeWords {

	static final int LONGEST_WORD = 20;

	static final int LONGEST_NOTE = 100;

	static final int PAGE_SIZE = 50;

	/** A list of a district's villages runs to some hundreds of names. */
	static final int MOST_AT_ONCE = 1_000;

	/** The wrong lines of a paste named in the refusal, the first so many. */
	private static final int SHOWN_WRONG_LINES = 5;

	/**
	 * Two characters at least, so that one entry cannot silence every check of a common
	 * character; Han characters, letters and digits, with the 间隔号 of transcribed names
	 * (阿卜杜·热合曼).
	 */
	private static final Pattern WORD = Pattern
		.compile("[\\p{IsHan}\\p{IsLatin}\\p{Nd}·]{2,%d}".formatted(LONGEST_WORD));

	/**
	 * The office's staff keep the list; committee leaders and the units' liaisons read
	 * it.
	 */
	private static final Set<String> KEEPERS = Set.of(Role.OFFICE_LEADER.name(), Role.SECRETARY.name(),
			Role.MEETINGS.name(), Role.SUPERVISION.name(), Role.INFORMATION.name(), Role.DUTY.name(),
			Role.CONFIDENTIAL_AFFAIRS.name());

	private static final String COLUMNS = "id, written, correction, note, added_name, added_at";

	private static final String MATCHING = "where strpos(written, :part) > 0 or strpos(correction, :part) > 0";

	private static final RowMapper<Word> WORD_ROW = (row, number) -> new Word(row.getLong("id"),
			row.getString("written"), row.getString("correction"), row.getString("note"), row.getString("added_name"),
			row.getObject("added_at", OffsetDateTime.class).toInstant());

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OfficeWords(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One entry of the list.
	 *
	 * @param id its id
	 * @param written the word as written
	 * @param correction its right form when the word is a slip, or null when it is right
	 * @param note why it is in the list, may be empty
	 * @param addedBy the name of who added it
	 * @param addedAt when
	 */
	record Word(long id, String written, @Nullable String correction, String note, String addedBy, Instant addedAt) {

		public boolean slip() {
			return this.correction != null;
		}

	}

	/**
	 * What the proofreader takes from the list.
	 *
	 * @param allowed the words written right
	 * @param slips each slip with its right form
	 */
	record Vocabulary(List<String> allowed, Map<String, String> slips) {

		static final Vocabulary NONE = new Vocabulary(List.of(), Map.of());

	}

	/**
	 * @param principal who is signed in
	 * @return whether they may add to the list and take out of it
	 */
	public boolean keptBy(@Nullable Object principal) {
		return principal instanceof CurrentUser user && KEEPERS.stream().anyMatch(user::hasRole);
	}

	@Transactional(readOnly = true)
	Vocabulary vocabulary() {
		List<String> allowed = new ArrayList<>();
		Map<String, String> slips = new LinkedHashMap<>();
		this.jdbc.sql("select written, correction from office_word order by id").query((row) -> {
			String correction = row.getString("correction");
			if (correction == null) {
				allowed.add(row.getString("written"));
			}
			else {
				slips.put(row.getString("written"), correction);
			}
		});
		return new Vocabulary(List.copyOf(allowed), Map.copyOf(slips));
	}

	/**
	 * @param query part of a word or of its right form, or empty for all
	 * @param page the page wanted, from 0
	 * @return the words found, newest first
	 */
	@Transactional(readOnly = true)
	Page<Word> find(String query, int page) {
		String part = query.strip();
		long total = this.jdbc.sql("select count(*) from office_word " + MATCHING)
			.param("part", part)
			.query(Long.class)
			.single();
		int shown = (int) Math.max(0, Math.min(page, (total - 1) / PAGE_SIZE));
		List<Word> words = this.jdbc
			.sql("select " + COLUMNS + " from office_word " + MATCHING
					+ " order by added_at desc, id desc limit :size offset :first")
			.param("part", part)
			.param("size", PAGE_SIZE)
			.param("first", shown * PAGE_SIZE)
			.query(WORD_ROW)
			.list();
		return new PageImpl<>(words, PageRequest.of(shown, PAGE_SIZE), total);
	}

	/**
	 * Adds a word written right, or a slip with its right form.
	 * @param written the word as written
	 * @param correction its right form, or blank when the word is right as written
	 * @param note why it is added, may be blank
	 * @param by who adds it
	 * @return the entry added
	 * @throws RefusedException if a word is not two to twenty characters of text, the
	 * right form is the word itself, the note is too long, or the word is already listed
	 */
	@Transactional
	Word add(String written, String correction, String note, CurrentUser by) {
		Entry entry = Entry.of(written, correction);
		return insert(entry, validNote(note), by).orElseThrow(() -> {
			Word listed = this.jdbc.sql("select " + COLUMNS + " from office_word where written = :written")
				.param("written", entry.written())
				.query(WORD_ROW)
				.single();
			return new RefusedException("词库中已有“%s”（%s，%s 加入）。".formatted(entry.written(),
					listed.slip() ? "易错词，应为“" + listed.correction() + "”" : "本办用语", listed.addedBy()));
		});
	}

	/**
	 * Adds many words at once, as pasted from a list or from two columns of a
	 * spreadsheet: one a line, a slip followed by its right form after a tab or an arrow
	 * (大数局 → 大数据局). Every line is checked first: if one is wrong, nothing is added. Words
	 * already listed are left as they are.
	 * @param lines the words, one a line; blank lines are skipped
	 * @param note why they are added, may be blank
	 * @param by who adds them
	 * @return how many were added, and how many were listed already
	 * @throws RefusedException naming the wrong lines, if any, or if there are none or
	 * too many
	 */
	@Transactional
	Imported addAll(String lines, String note, CurrentUser by) {
		String reason = validNote(note);
		Map<String, Entry> entries = new LinkedHashMap<>();
		List<String> wrong = new ArrayList<>();
		String[] split = lines.split("\\R");
		for (int i = 0; i < split.length; i++) {
			if (split[i].isBlank()) {
				continue;
			}
			try {
				String[] parts = split[i].split("\t|→|->", -1);
				if (parts.length > 2) {
					throw new RefusedException("一行只能写一个词，易错词后面跟它的正确写法。");
				}
				Entry entry = Entry.of(parts[0], (parts.length == 2) ? parts[1] : "");
				entries.putIfAbsent(entry.written(), entry);
			}
			catch (RefusedException ex) {
				wrong.add("第 %d 行（%s）：%s".formatted(i + 1, abbreviated(split[i].strip()), ex.getMessage()));
			}
		}
		if (!wrong.isEmpty()) {
			throw new RefusedException("有 %d 行不能加入，词库未作改动。%s".formatted(wrong.size(),
					String.join(" ", wrong.subList(0, Math.min(wrong.size(), SHOWN_WRONG_LINES)))
							+ ((wrong.size() > SHOWN_WRONG_LINES) ? " ……" : "")));
		}
		if (entries.isEmpty()) {
			throw new RefusedException("请粘贴要加入的词语，每行一个。");
		}
		if (entries.size() > MOST_AT_ONCE) {
			throw new RefusedException("一次最多加入 %,d 个词，请分批加入。".formatted(MOST_AT_ONCE));
		}
		int added = 0;
		for (Entry entry : entries.values()) {
			if (insert(entry, reason, by).isPresent()) {
				added++;
			}
		}
		return new Imported(added, entries.size() - added);
	}

	/**
	 * @param added how many words were added
	 * @param listed how many were in the list already, and left as they were
	 */
	record Imported(int added, int listed) {
	}

	/**
	 * @param query part of a word or of its right form, or empty for all
	 * @return the words found, newest first, as the .xlsx the list exports
	 */
	@Transactional(readOnly = true)
	byte[] export(String query) {
		List<Word> words = this.jdbc
			.sql("select " + COLUMNS + " from office_word " + MATCHING + " order by added_at desc, id desc")
			.param("part", query.strip())
			.query(WORD_ROW)
			.list();
		return Spreadsheet.of("本办词库", List.of("词语", "类别", "正确写法", "说明", "加入人", "加入日期"), List.of(16, 10, 16, 30, 10, 12),
				words.stream()
					.map((word) -> List.of(word.written(), word.slip() ? "易错词" : "本办用语",
							Objects.requireNonNullElse(word.correction(), ""), word.note(), word.addedBy(),
							word.addedAt().atZone(this.clock.getZone()).toLocalDate().toString())));
	}

	private Optional<Word> insert(Entry entry, String note, CurrentUser by) {
		Optional<Word> added = this.jdbc.sql("""
				insert into office_word (written, correction, note, added_by, added_name, added_at)
				values (:written, :correction, :note, :by, :name, :now)
				on conflict (written) do nothing returning\s""" + COLUMNS)
			.param("written", entry.written())
			.param("correction", entry.correction())
			.param("note", note)
			.param("by", by.loginName())
			.param("name", by.fullName())
			.param("now", OffsetDateTime.now(this.clock))
			.query(WORD_ROW)
			.optional();
		added.ifPresent(
				(word) -> this.events.publishEvent(new OfficeWordChanged(word.written(), word.correction(), true)));
		return added;
	}

	/**
	 * Takes a word out of the list.
	 * @param id the entry's id
	 * @return the entry taken out
	 * @throws NotFoundException if there is no such entry (someone took it out a moment
	 * before)
	 */
	@Transactional
	Word remove(long id) {
		Word removed = this.jdbc.sql("delete from office_word where id = :id returning " + COLUMNS)
			.param("id", id)
			.query(WORD_ROW)
			.optional()
			.orElseThrow(() -> new NotFoundException("词库中没有这个词，可能已被他人移出。"));
		this.events.publishEvent(new OfficeWordChanged(removed.written(), removed.correction(), false));
		return removed;
	}

	private static String validNote(String note) {
		String reason = note.strip();
		if (reason.length() > LONGEST_NOTE) {
			throw new RefusedException("说明过长：最多 %d 个字。".formatted(LONGEST_NOTE));
		}
		return reason;
	}

	private static String abbreviated(String line) {
		return (line.length() > LONGEST_WORD) ? line.substring(0, LONGEST_WORD) + "…" : line;
	}

	/**
	 * A word to add, checked.
	 *
	 * @param written the word as written
	 * @param correction its right form, or null when it is right as written
	 */
	private record Entry(String written, @Nullable String correction) {

		/**
		 * @throws RefusedException if a word is not two to twenty characters of text, or
		 * the right form is the word itself
		 */
		static Entry of(String written, String correction) {
			String word = valid(written, "词语");
			String right = correction.isBlank() ? null : valid(correction, "正确写法");
			if (word.equals(right)) {
				throw new RefusedException("正确写法与原词相同：如果“%s”没有写错，请作为本办用语加入。".formatted(word));
			}
			return new Entry(word, right);
		}

	}

	private static String valid(String word, String what) {
		String stripped = word.strip();
		if (stripped.isEmpty()) {
			throw new RefusedException("请填写%s。".formatted(what));
		}
		if (stripped.length() > LONGEST_WORD) {
			throw new RefusedException("%s过长：最多 %d 个字。".formatted(what, LONGEST_WORD));
		}
		if (!WORD.matcher(stripped).matches()) {
			throw new RefusedException("%s须为 2～%d 个汉字、字母或数字（人名译名可用间隔号“·”），不能含空格或标点。".formatted(what, LONGEST_WORD));
		}
		return stripped;
	}

}
