package org.zhongshu.proofread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The office's own people, named right: a name that differs from a roster name in one
 * character that sounds or looks alike (陈立欣 or 陈立亲 for 陈立新) is an error; a roster person
 * given another title than theirs is likely one too.
 */
final class RosterNames implements Check {

	private static final String[] TITLE_ENDINGS = { "书记", "副书记", "市长", "区长", "县长", "镇长", "乡长", "主任", "副主任", "部长", "局长",
			"秘书长", "主席", "委员", "常委", "科长", "处长", "厅长", "院长", "所长", "主任科员" };

	/** Where a title usually begins: 市委副书记, 区长, 常委. */
	private static final String TITLE_STARTS = "市区县省镇乡中党副常秘";

	private final Set<String> names = new HashSet<>();

	private final Map<String, String> titles = new HashMap<>();

	/**
	 * Each name with one character masked, for looking up names within one character of a
	 * text window.
	 */
	private final Map<String, List<String>> masked = new HashMap<>();

	private final Set<Integer> lengths = new HashSet<>();

	private final Pinyin pinyin = Pinyin.get();

	private final Shapes shapes = Shapes.get();

	RosterNames(List<RosterEntry> roster) {
		for (RosterEntry entry : roster) {
			String name = entry.name();
			if (name.length() < 2 || name.length() > 4 || !name.chars().allMatch((c) -> Chars.isHan((char) c))) {
				continue;
			}
			this.names.add(name);
			this.lengths.add(name.length());
			if (entry.title() != null) {
				this.titles.put(name, entry.title());
			}
			for (int k = 0; k < name.length(); k++) {
				this.masked.computeIfAbsent(mask(name, k), (key) -> new ArrayList<>()).add(name);
			}
		}
	}

	@Override
	public void check(String text, Findings findings) {
		if (this.names.isEmpty()) {
			return;
		}
		for (int start = 0; start < text.length(); start++) {
			if (!Chars.isHan(text.charAt(start))) {
				continue;
			}
			for (int length : this.lengths) {
				int end = start + length;
				if (end > text.length()) {
					continue;
				}
				String window = text.substring(start, end);
				if (this.names.contains(window)) {
					title(text, start, window, findings);
					continue;
				}
				String name = nearName(window);
				if (name != null && !findings.covers(start, end)) {
					findings.replace("name.roster", start, end, name, name);
				}
			}
		}
	}

	/**
	 * @return the roster name one similar-sounding or similar-looking character away from
	 * the window, or null
	 */
	private String nearName(String window) {
		for (int k = 0; k < window.length(); k++) {
			List<String> candidates = this.masked.get(mask(window, k));
			if (candidates == null) {
				continue;
			}
			for (String name : candidates) {
				if (Chars.isHan(window.charAt(k)) && (this.pinyin.soundAlike(window.charAt(k), name.charAt(k))
						|| this.shapes.lookAlike(window.charAt(k), name.charAt(k)))) {
					return name;
				}
			}
		}
		return null;
	}

	/**
	 * The title written just before a roster name must be one of the person's (a roster
	 * title may hold several, separated by 、).
	 */
	private void title(String text, int nameStart, String name, Findings findings) {
		String title = this.titles.get(name);
		if (title == null || !endsWithTitle(text, nameStart)) {
			return;
		}
		int start = nameStart;
		while (start > 0 && Chars.isHan(text.charAt(start - 1)) && nameStart - start < 12) {
			start--;
		}
		String written = text.substring(start, nameStart);
		for (String part : title.split("[、，,]")) {
			if (written.endsWith(part) || part.endsWith(written)) {
				return;
			}
		}
		int titleStart = start;
		while (titleStart < nameStart && TITLE_STARTS.indexOf(text.charAt(titleStart)) < 0) {
			titleStart++;
		}
		if (titleStart < nameStart) {
			findings.add("name.title", titleStart, nameStart, List.of(title), name, title);
		}
	}

	private static boolean endsWithTitle(String text, int nameStart) {
		for (String ending : TITLE_ENDINGS) {
			if (text.startsWith(ending, nameStart - ending.length())) {
				return true;
			}
		}
		return false;
	}

	private static String mask(String name, int k) {
		return name.substring(0, k) + '*' + name.substring(k + 1);
	}

}
