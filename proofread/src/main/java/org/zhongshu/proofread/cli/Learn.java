package org.zhongshu.proofread.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code learn FILE}: counts the wrong characters of a training set of sentence pairs
 * (wrong, tab, right, of the same length) and prints each with the character meant, the
 * commonest first, in the form of the proofreader's learned-confusions.tsv.
 */
final class Learn {

	private static final String HEADER = """
			# 训练集中写错的字（第一列）、应写的字（第二列）及出现次数，由以下命令生成：
			#   java -jar proofread/target/zhongshu-proofread.jar learn %s
			# The typo model takes these slips as likelier than others of the same sound or shape.""";

	private Learn() {
	}

	static int run(List<String> args, PrintStream out) throws IOException {
		if (args.size() != 1) {
			throw new IllegalArgumentException("learn 需要一个训练文件（每行：错句<TAB>正句）");
		}
		Map<String, Integer> counts = new TreeMap<>();
		for (String[] pair : Bench.pairs(Path.of(args.get(0)))) {
			if (pair[0].length() != pair[1].length()) {
				continue;
			}
			for (int i = 0; i < pair[0].length(); i++) {
				char wrong = pair[0].charAt(i);
				char right = pair[1].charAt(i);
				if (wrong != right && isHan(wrong) && isHan(right)) {
					counts.merge(wrong + "\t" + right, 1, Integer::sum);
				}
			}
		}
		out.println(HEADER.formatted(args.get(0)));
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
			.forEach((entry) -> out.println(entry.getKey() + "\t" + entry.getValue()));
		return ProofreadCommand.CLEAN;
	}

	private static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

}
