package org.zhongshu.proofread.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.zhongshu.proofread.Issue;
import org.zhongshu.proofread.Proofreader;
import org.zhongshu.proofread.RosterEntry;
import org.zhongshu.proofread.Severity;

/**
 * {@code bench DIR}: measures the proofreader on the data of {@code proofread-bench} the
 * way the held-out data is scored (see its README), and times it on one thread after
 * warm-up.
 */
final class Bench {

	private static final List<String> SENTENCE_SETS = List.of("odw-train.tsv", "rmrb-clean-dev.tsv", "de3-dev.tsv");

	private static final String SPAN_SET = "gongwen-dev.jsonl";

	/**
	 * How long the sentences are checked over and over before they are timed. Three
	 * rounds (about a second) left the JIT compiler half done: rounds four to eight ran
	 * at a median 720 K characters a second, rounds after fifteen seconds of the same
	 * process at 0.9 to 1.3 M.
	 */
	private static final Duration WARM_UP = Duration.ofSeconds(20);

	private static final int TIMED_ROUNDS = 11;

	/**
	 * The people of a large office, on the roster the office's proofreader is built with.
	 */
	private static final int OFFICE_ROSTER = 500;

	/** The words of a large office's own list (本办词库). */
	private static final int OFFICE_WORDS = 1_000;

	/**
	 * The length of the longest document timed: the longest text the app's 校对 page takes
	 * at once, about 300 pages of 公文.
	 */
	private static final int LONG_DOCUMENT = 500_000;

	private static final int LONG_RUNS = 3;

	private Bench() {
	}

	static int run(List<String> args, PrintStream out) throws IOException {
		if (args.size() != 1 || !Files.isDirectory(Path.of(args.get(0)))) {
			throw new IllegalArgumentException("bench 需要 proofread-bench 数据目录");
		}
		Path directory = Path.of(args.get(0));
		long heap = heapOfLoadedEngine();
		Proofreader proofreader = Proofreader.builder().build();
		out.println("| set | sentences | correction P / R / F1 | detection P / R / F1 | clean flagged |");
		out.println("|---|---|---|---|---|");
		List<String> corpus = new ArrayList<>();
		for (String set : SENTENCE_SETS) {
			Path file = directory.resolve(set);
			if (Files.exists(file)) {
				List<String[]> pairs = pairs(file);
				pairs.forEach((pair) -> corpus.add(pair[0]));
				out.println(sentenceLevel(set, pairs, proofreader));
			}
		}
		Path spans = directory.resolve(SPAN_SET);
		if (Files.exists(spans)) {
			out.println();
			spanLevel(Files.readAllLines(spans, StandardCharsets.UTF_8), out);
		}
		out.println();
		speed(proofreader, corpus, out);
		out.printf("- heap of the loaded engine: %.1f MB%n", heap / 1024.0 / 1024.0);
		return ProofreadCommand.CLEAN;
	}

	/**
	 * @return the lines of a .tsv set as pairs: wrong, right (equal when clean)
	 */
	static List<String[]> pairs(Path file) throws IOException {
		List<String[]> pairs = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] pair = line.split("\t", -1);
			if (pair.length == 2) {
				pairs.add(pair);
			}
		}
		return pairs;
	}

	private static String sentenceLevel(String set, List<String[]> pairs, Proofreader proofreader) {
		int correctedRight = 0;
		int changedClean = 0;
		int missed = 0;
		int detected = 0;
		int flaggedClean = 0;
		int undetected = 0;
		int clean = 0;
		for (String[] pair : pairs) {
			String wrong = pair[0];
			String right = pair[1];
			List<Issue> issues = reported(proofreader.check(wrong));
			String corrected = apply(wrong, issues);
			if (wrong.equals(right)) {
				clean++;
				changedClean += corrected.equals(wrong) ? 0 : 1;
				flaggedClean += issues.isEmpty() ? 0 : 1;
			}
			else {
				if (corrected.equals(right)) {
					correctedRight++;
				}
				else {
					missed++;
				}
				if (issues.isEmpty()) {
					undetected++;
				}
				else {
					detected++;
				}
			}
		}
		return "| %s | %d | %s | %s | %s |".formatted(set, pairs.size(), prf(correctedRight, changedClean, missed),
				prf(detected, flaggedClean, undetected),
				(clean == 0) ? "—" : "%.2f%% (%d of %d)".formatted(100.0 * flaggedClean / clean, flaggedClean, clean));
	}

	private static void spanLevel(List<String> lines, PrintStream out) {
		Map<String, int[]> categories = new TreeMap<>();
		int reported = 0;
		int reportedOnSeeds = 0;
		int found = 0;
		int fixed = 0;
		int seeds = 0;
		int cleanItems = 0;
		int cleanFlagged = 0;
		for (int number = 1; number <= lines.size(); number++) {
			if (lines.get(number - 1).isBlank()) {
				continue;
			}
			SpanItem item = SpanItem.parse(lines.get(number - 1), number);
			String text = item.text();
			List<SeededError> errors = item.errors();
			List<Issue> issues = reported(Proofreader.builder().roster(item.rosterEntries()).build().check(text));
			reported += issues.size();
			reportedOnSeeds += (int) issues.stream()
				.filter((issue) -> errors.stream().anyMatch((error) -> overlaps(issue, error)))
				.count();
			if (errors.isEmpty()) {
				cleanItems++;
				cleanFlagged += issues.isEmpty() ? 0 : 1;
			}
			for (SeededError error : errors) {
				seeds++;
				int[] category = categories.computeIfAbsent(error.category(), (key) -> new int[3]);
				category[2]++;
				List<Issue> overlapping = issues.stream().filter((issue) -> overlaps(issue, error)).toList();
				if (!overlapping.isEmpty()) {
					found++;
					category[0]++;
					String expected = text.substring(0, error.start()) + error.correct() + text.substring(error.end());
					if (overlapping.stream().anyMatch((issue) -> apply(text, List.of(issue)).equals(expected))) {
						fixed++;
						category[1]++;
					}
				}
			}
		}
		out.printf(
				"%s: %d seeded errors, found %d (recall %.3f), fixed %d (%.3f); precision %.3f (%d of %d issues on"
						+ " seeded spans); clean items flagged %d of %d%n",
				SPAN_SET, seeds, found, ratio(found, seeds), fixed, ratio(fixed, seeds),
				ratio(reportedOnSeeds, reported), reportedOnSeeds, reported, cleanFlagged, cleanItems);
		out.println();
		out.println("| category | errors | found (recall) | fixed |");
		out.println("|---|---|---|---|");
		categories.forEach((category, counts) -> out.printf("| %s | %d | %d (%.2f) | %d |%n", category, counts[2],
				counts[0], ratio(counts[0], counts[2]), counts[1]));
	}

	private static void speed(Proofreader proofreader, List<String> corpus, PrintStream out) {
		if (corpus.isEmpty()) {
			out.println("- 目录中没有句子集（" + String.join("、", SENTENCE_SETS) + "），未测速度");
			return;
		}
		long characters = corpus.stream().mapToLong(String::length).sum();
		long warmUntil = System.nanoTime() + WARM_UP.toNanos();
		int warmUpRounds = 0;
		do {
			corpus.forEach(proofreader::check);
			warmUpRounds++;
		}
		while (System.nanoTime() < warmUntil);
		long[] rounds = new long[TIMED_ROUNDS];
		for (int round = 0; round < rounds.length; round++) {
			long start = System.nanoTime();
			corpus.forEach(proofreader::check);
			rounds[round] = System.nanoTime() - start;
		}
		Arrays.sort(rounds);
		out.printf(
				"- throughput (one thread, after %d warm-up rounds in %d s, median of %d rounds over %d characters):"
						+ " %,.0f characters per second%n",
				warmUpRounds, WARM_UP.toSeconds(), rounds.length, characters,
				characters / (rounds[rounds.length / 2] / 1e9));
		String fiveThousand = document(corpus, 5000);
		out.printf("- one 5,000-character document: median %.2f ms%n", medianMillis(proofreader, fiveThousand, 201));
		out.printf(
				"- the same document, with a roster of %d people and %,d words of the office's own: median %.2f ms%n",
				OFFICE_ROSTER, OFFICE_WORDS, medianMillis(officeProofreader(), fiveThousand, 201));
		out.printf("- one %,d-character document (the sentences over and over): median of %d runs %.0f ms%n",
				LONG_DOCUMENT, LONG_RUNS, medianMillis(proofreader, document(corpus, LONG_DOCUMENT), LONG_RUNS));
	}

	/**
	 * @return the sentences one to a line, from the first and over again, cut at the
	 * length
	 */
	private static String document(List<String> corpus, int length) {
		StringBuilder document = new StringBuilder();
		for (int i = 0; document.length() < length; i = (i + 1) % corpus.size()) {
			document.append(corpus.get(i)).append('\n');
		}
		return document.substring(0, length);
	}

	private static double medianMillis(Proofreader proofreader, String document, int runs) {
		long[] times = new long[runs];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			proofreader.check(document);
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		return times[times.length / 2] / 1e6;
	}

	/**
	 * @return a proofreader as a large office's: its people on the roster, and a long
	 * list of its own words (the names of a district's villages and plots run to a
	 * thousand)
	 */
	private static Proofreader officeProofreader() {
		String surnames = "王李张刘陈杨黄赵周吴";
		String given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平";
		List<RosterEntry> roster = new ArrayList<>();
		for (int i = 0; i < OFFICE_ROSTER; i++) {
			roster.add(new RosterEntry("" + surnames.charAt(i % surnames.length()) + given.charAt(i % given.length())
					+ given.charAt(i / given.length() % given.length()), "科员"));
		}
		List<String> words = new ArrayList<>();
		for (int i = 0; i < OFFICE_WORDS; i++) {
			words.add("江临" + i + "号地块");
		}
		Proofreader proofreader = Proofreader.builder().roster(roster).allow(words).build();
		proofreader.check("预热");
		return proofreader;
	}

	private static long heapOfLoadedEngine() {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		Proofreader proofreader = Proofreader.builder().build();
		proofreader.check("预热");
		System.gc();
		long after = runtime.totalMemory() - runtime.freeMemory();
		return Math.max(0, after - before);
	}

	private static List<Issue> reported(List<Issue> issues) {
		return issues.stream().filter((issue) -> issue.severity() != Severity.INFO).toList();
	}

	/**
	 * Applies the first suggestion of every issue, from the end backwards, skipping
	 * issues that overlap one already applied.
	 */
	static String apply(String text, List<Issue> issues) {
		StringBuilder corrected = new StringBuilder(text);
		int limit = text.length();
		List<Issue> backwards = new ArrayList<>(issues);
		backwards.sort((a, b) -> (a.start() != b.start()) ? Integer.compare(b.start(), a.start())
				: Integer.compare(b.end(), a.end()));
		for (Issue issue : backwards) {
			if (issue.end() <= limit && !issue.suggestions().isEmpty()) {
				corrected.replace(issue.start(), issue.end(), issue.suggestions().get(0));
				limit = issue.start();
			}
		}
		return corrected.toString();
	}

	private static boolean overlaps(Issue issue, SeededError error) {
		return issue.start() < error.end() && error.start() < issue.end();
	}

	private static String prf(int truePositives, int falsePositives, int falseNegatives) {
		double precision = ratio(truePositives, truePositives + falsePositives);
		double recall = ratio(truePositives, truePositives + falseNegatives);
		double f1 = (precision + recall == 0) ? 0 : 2 * precision * recall / (precision + recall);
		return "%.3f / %.3f / %.3f".formatted(precision, recall, f1);
	}

	private static double ratio(int part, int whole) {
		return (whole == 0) ? 0 : (double) part / whole;
	}

	/**
	 * One line of {@code gongwen-dev.jsonl}: a text, the names it may mention, and the
	 * errors seeded in it.
	 */
	record SpanItem(String text, @Nullable List<String> roster, List<SeededError> errors) {

		static SpanItem parse(String line, int number) {
			SpanItem item;
			try {
				item = Json.read(line, SpanItem.class);
			}
			catch (JacksonException ex) {
				String where = (ex.getLocation() != null && ex.getLocation().getColumnNr() > 0)
						? "（第 " + ex.getLocation().getColumnNr() + " 列附近）" : "";
				throw new IllegalArgumentException(SPAN_SET + " 第 " + number + " 行不是有效的 JSON" + where);
			}
			if (item.text() == null || item.errors() == null) {
				throw new IllegalArgumentException(SPAN_SET + " 第 " + number + " 行缺少 text 或 errors");
			}
			return item;
		}

		List<RosterEntry> rosterEntries() {
			return (this.roster == null) ? List.of()
					: this.roster.stream().map((name) -> new RosterEntry(name, null)).toList();
		}

	}

	/**
	 * An error seeded at {@code [start, end)}, and what it should read.
	 */
	record SeededError(int start, int end, String category, String correct) {
	}

}
