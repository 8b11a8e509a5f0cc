package org.zhongshu.documents;

import java.util.List;

import org.zhongshu.people.Directory;
import org.zhongshu.proofread.Issue;
import org.zhongshu.proofread.Proofreader;
import org.zhongshu.proofread.RosterEntry;
import org.zhongshu.platform.RefusedException;

import org.springframework.stereotype.Component;

/**
 * The proofreader with this office's roster: the names and titles of its people, and its
 * units' names, which the typo model leaves as written; and with the office's word list,
 * its words left as written and its slips flagged. Roster and list are read on every
 * check (a query each) and the proofreader rebuilt when they changed, on whichever node
 * the change was made.
 */
@Component
class OfficeProofreader {

	/** About 300 pages of 公文; longer texts are refused rather than left half-read. */
	static final int LONGEST_TEXT = 500_000;

	private final Directory directory;

	private final OfficeWords words;

	private volatile Edition edition = new Edition(List.of(), List.of(), OfficeWords.Vocabulary.NONE,
			Proofreader.builder().build());

	OfficeProofreader(Directory directory, OfficeWords words) {
		this.directory = directory;
		this.words = words;
	}

	/**
	 * @param text the text to check
	 * @return what is wrong in it, in text order
	 * @throws RefusedException if the text is empty or too long
	 */
	List<Issue> check(String text) {
		if (text.isBlank()) {
			throw new RefusedException("请输入或上传要校对的文字。");
		}
		if (text.length() > LONGEST_TEXT) {
			throw new RefusedException("文字过长（%,d 字），一次最多校对 %,d 字，请分段校对。".formatted(text.length(), LONGEST_TEXT));
		}
		return current().proofreader().check(text);
	}

	private Edition current() {
		List<Directory.Colleague> colleagues = this.directory.colleagues();
		List<String> units = this.directory.unitNames();
		OfficeWords.Vocabulary vocabulary = this.words.vocabulary();
		Edition current = this.edition;
		if (current.colleagues().equals(colleagues) && current.units().equals(units)
				&& current.vocabulary().equals(vocabulary)) {
			return current;
		}
		List<RosterEntry> roster = colleagues.stream()
			.filter((colleague) -> !colleague.name().isBlank())
			.map((colleague) -> new RosterEntry(colleague.name(), colleague.title()))
			.toList();
		Proofreader proofreader = Proofreader.builder()
			.roster(roster)
			.allow(units)
			.allow(vocabulary.allowed())
			.confusions(vocabulary.slips())
			.build();
		Edition rebuilt = new Edition(colleagues, units, vocabulary, proofreader);
		this.edition = rebuilt;
		return rebuilt;
	}

	/**
	 * A proofreader and the roster and word list it was built with.
	 */
	private record Edition(List<Directory.Colleague> colleagues, List<String> units, OfficeWords.Vocabulary vocabulary,
			Proofreader proofreader) {
	}

}
