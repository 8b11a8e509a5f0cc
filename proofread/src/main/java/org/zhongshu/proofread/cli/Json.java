package org.zhongshu.proofread.cli;

import java.util.stream.Collectors;

import org.zhongshu.proofread.Issue;

/**
 * Issues as the JSON of the CLI contract: {@code start}, {@code end}, {@code original},
 * {@code suggestions}, {@code rule}, {@code category}, {@code severity}, {@code message}.
 */
final class Json {

	private Json() {
	}

	static String issue(Issue issue) {
		return "{\"start\":" + issue.start() + ",\"end\":" + issue.end() + ",\"original\":" + string(issue.original())
				+ ",\"suggestions\":[" + issue.suggestions().stream().map(Json::string).collect(Collectors.joining(","))
				+ "],\"rule\":" + string(issue.rule()) + ",\"category\":" + string(issue.category().name())
				+ ",\"severity\":" + string(issue.severity().name()) + ",\"message\":" + string(issue.message()) + "}";
	}

	static String string(String value) {
		StringBuilder json = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20 || Character.isSurrogate(c) && !isPairedSurrogate(value, i)) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

	private static boolean isPairedSurrogate(String value, int i) {
		char c = value.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
	}

}
