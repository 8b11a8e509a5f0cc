package org.zhongshu.proofread.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code learn [--trigrams] FILE}: learns from a training set of sentence pairs (wrong,
 * tab, right, of the same length). By default it counts the wrong characters and prints
 * each with the character meant, the commonest first, in the form of the proofreader's
 * learned-confusions.tsv; with {@code --trigrams} it prints every run of three Chinese
 * characters of the right sentences, in the form of learned-trigrams.txt.
 */
final class Learn {

	private static final String CONFUSIONS_HEADER = """
			# 训练集中写错的字（第一列）、应写的字（第二列）及出现次数，由以下命令生成：
			#   java -jar proofread/target/zhongshu-proofread.jar learn %s
			# The typo model takes these slips as likelier than others of the same sound or shape.""";

	private static final String TRIGRAMS_HEADER = """
			# 训练集正句中连续的三个汉字，由以下命令生成：
			#   java -jar proofread/target/zhongshu-proofread.jar learn --trigrams %s
			# The typo model takes a correction that makes one of these, where the text as written made none, as likelier.""";

	private Learn() {
	}

	static int run(List<String> args, PrintStream out) throws IOException {
		boolean trigrams = !args.isEmpty() && args.get(0).equals("--trigrams");
		List<String> files = trigrams ? args.subList(1, args.size()) : args;
		if (files.size() != 1) {
			throw new IllegalArgumentException("learn 需要一个训练文件（每行：错句<TAB>正句）");
		}
		List<String[]> pairs = Bench.pairs(Path.of(files.get(0)))
			.stream()
			.filter((pair) -> pair[0].length() == pair[1].length())
			.toList();
		if (trigrams) {
			out.println(TRIGRAMS_HEADER.formatted(files.get(0)));
			trigrams(pairs).forEach(out::println);
		}
		else {
			out.println(CONFUSIONS_HEADER.formatted(files.get(0)));
			confusions(pairs).entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
				.forEach((entry) -> out.println(entry.getKey() + "\t" + entry.getValue()));
		}
		return ProofreadCommand.CLEAN;
	}

	private static Map<String, Integer> confusions(List<String[]> pairs) {
		Map<String, Integer> counts = new TreeMap<>();
		for (String[] pair : pairs) {
			for (int i = 0; i < pair[0].length(); i++) {
				char wrong = pair[0].charAt(i);
				char right = pair[1].charAt(i);
				if (wrong != right && isHan(wrong) && isHan(right)) {
					counts.merge(wrong + "\t" + right, 1, Integer::sum);
				}
			}
		}
		return counts;
	}

	private static SortedSet<String> trigrams(List<String[]> pairs) {
		SortedSet<String> trigrams = new TreeSet<>();
		for (String[] pair : pairs) {
			String right = pair[1];
			for (int i = 0; i + 3 <= right.length(); i++) {
				if (isHan(right.charAt(i)) && isHan(right.charAt(i + 1)) && isHan(right.charAt(i + 2))) {
					trigrams.add(right.substring(i, i + 3));
				}
			}
		}
		return trigrams;
	}

	private static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

}
