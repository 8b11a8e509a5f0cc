package org.zhongshu.proofread.cli;

import java.util.List;

import org.zhongshu.proofread.Issue;

/**
 * Issues as a person reads them on a terminal: where (line and column), how serious,
 * what, and the suggestion.
 */
final class Report {

	private Report() {
	}

	static String text(String text, List<Issue> issues) {
		if (issues.isEmpty()) {
			return "未发现问题。";
		}
		StringBuilder report = new StringBuilder();
		for (Issue issue : issues) {
			int line = 1;
			int lineStart = 0;
			for (int i = 0; i < issue.start(); i++) {
				char c = text.charAt(i);
				if (c == '\n' || c == '\u2029') {
					line++;
					lineStart = i + 1;
				}
			}
			report.append(line)
				.append(':')
				.append(issue.start() - lineStart + 1)
				.append(" [")
				.append(issue.severity().label())
				.append("] ")
				.append(issue.category().label())
				.append(" “")
				.append(issue.original().replace("\n", "↵"))
				.append('”');
			if (!issue.suggestions().isEmpty()) {
				String suggestion = issue.suggestions().get(0);
				report.append(" → “").append(suggestion.isEmpty() ? "（删除）" : suggestion.replace("\n", "↵")).append('”');
			}
			report.append("：").append(issue.message()).append(" (").append(issue.rule()).append(")\n");
		}
		return report.append("共 ").append(issues.size()).append(" 处。").toString();
	}

}
