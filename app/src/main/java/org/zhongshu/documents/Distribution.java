package org.zhongshu.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.zhongshu.people.Directory.Receiver;

/**
 * 核发: to whom a 发文 goes. Each unit its 主送 or 抄送 names that is inside the system receives
 * it in its 收文 inbox; the others (各县市区委, bodies outside the org tree) are sent on paper
 * or through the 机要 network as before.
 */
final class Distribution {

	/** The step of the 发文 flow at which the document goes out. */
	static final String STEP = "distribute";

	private static final String SEPARATORS = "、，,；; \u3000\r\n\t";

	private Distribution() {
	}

	/**
	 * @return the units inside the system the document is addressed to, each once, in the
	 * order it names them
	 */
	static List<Receiver> inside(Draft draft, List<Receiver> receivers) {
		Set<Receiver> found = new LinkedHashSet<>();
		for (String name : names(draft)) {
			receivers.stream().filter((receiver) -> receiver.isNamed(name)).findFirst().ifPresent(found::add);
		}
		return List.copyOf(found);
	}

	/**
	 * @return the names the document is addressed to that are not units inside the system
	 */
	static List<String> outside(Draft draft, List<Receiver> receivers) {
		return names(draft).stream()
			.filter((name) -> receivers.stream().noneMatch((receiver) -> receiver.isNamed(name)))
			.toList();
	}

	/**
	 * @return the names in the 主送 and 抄送 lines, split at the marks that separate them but
	 * not inside brackets, as in 各县（市、区）委
	 */
	private static List<String> names(Draft draft) {
		List<String> names = new ArrayList<>();
		for (String line : List.of(draft.recipients(), draft.copiesTo())) {
			StringBuilder name = new StringBuilder();
			int depth = 0;
			for (char c : (line + "，").toCharArray()) {
				if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
					String stripped = name.toString().replaceAll("[：:。.]+$", "").strip();
					if (!stripped.isEmpty() && !names.contains(stripped)) {
						names.add(stripped);
					}
					name.setLength(0);
					continue;
				}
				depth += (c == '（' || c == '(') ? 1 : (c == '）' || c == ')') ? -1 : 0;
				name.append(c);
			}
		}
		return names;
	}

}
