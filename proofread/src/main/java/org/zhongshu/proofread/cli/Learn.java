package org.zhongshu.proofread.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code learn [--trigrams] FILE}: learns from a training set of sentence pairs (wrong,
 * tab, right, of the same length; a pair that is not is left out and named in the
 * output). By default it counts the wrong characters and prints each with the character
 * meant, the commonest first, in the form of the proofreader's learned-confusions.tsv;
 * with {@code --trigrams} it prints every run of three Chinese characters of the right
 * sentences, in the form of learned-trigrams.txt.
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
		Training training = Training.read(Path.of(files.get(0)));
		out.println((trigrams ? TRIGRAMS_HEADER : CONFUSIONS_HEADER).formatted(files.get(0)));
		if (!training.unaligned().isEmpty()) {
			out.println("# 错句与正句长度不同、无法逐字对照而未计入的行："
					+ training.unaligned().stream().map(String::valueOf).collect(Collectors.joining("、")));
		}
		if (trigrams) {
			trigrams(training.pairs()).forEach(out::println);
		}
		else {
			confusions(training.pairs()).entrySet()
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

	/**
	 * A training set, read whole before anything is printed.
	 *
	 * @param pairs the lines as wrong and right sentence, of the same length
	 * @param unaligned the numbers of the lines whose two sentences differ in length
	 */
	private record Training(List<String[]> pairs, List<Integer> unaligned) {

		static Training read(Path file) throws IOException {
			if (!Files.isRegularFile(file)) {
				throw new IOException("找不到训练文件：" + file);
			}
			List<String> lines;
			try {
				lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			}
			catch (CharacterCodingException ex) {
				throw new IOException("训练文件不是 UTF-8 编码：" + file, ex);
			}
			List<String[]> pairs = new ArrayList<>();
			List<Integer> unaligned = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).isEmpty()) {
					continue;
				}
				String[] pair = lines.get(i).split("\t", -1);
				if (pair.length != 2) {
					throw new IllegalArgumentException("训练文件第 " + (i + 1) + " 行应为“错句<TAB>正句”");
				}
				if (pair[0].length() == pair[1].length()) {
					pairs.add(pair);
				}
				else {
					unaligned.add(i + 1);
				}
			}
			return new Training(pairs, unaligned);
		}

	}

	private static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

}
