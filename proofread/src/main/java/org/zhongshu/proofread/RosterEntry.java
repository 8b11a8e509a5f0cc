package org.zhongshu.proofread;

import org.jspecify.annotations.Nullable;

/**
 * Someone the office's texts name: a person, with their title when known. A name close to
 * a roster name but not equal to it is likely a misspelling; a known person with another
 * title is likely a mistake too.
 *
 * @param name the name as it must be written, such as 张建国
 * @param title the person's title, such as 市委书记, or none
 */
public record RosterEntry(String name, @Nullable String title) {

	public RosterEntry {
		name = name.strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("名单中的姓名不能为空");
		}
		title = (title == null || title.isBlank()) ? null : title.strip();
	}

	/**
	 * Reads one line of a roster file: a name, optionally followed by a tab and a title.
	 * @param line the line
	 * @return the entry
	 */
	public static RosterEntry parse(String line) {
		int tab = line.indexOf('\t');
		return (tab < 0) ? new RosterEntry(line, null)
				: new RosterEntry(line.substring(0, tab), line.substring(tab + 1));
	}

}
