package org.zhongshu.proofread.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.zhongshu.proofread.Issue;
import org.zhongshu.proofread.Proofreader;
import org.zhongshu.proofread.RosterEntry;
import org.zhongshu.proofread.Severity;

/**
 * {@code java -jar zhongshu-proofread.jar check [--format text|json|jsonl] [--lines]
 * [--roster FILE] FILE|-} and {@code bench DIR}. Exit code 0 when no issue is an ERROR, 1
 * when some is, 2 on bad input (the reason on standard error).
 */
public final class ProofreadCommand {

	static final int CLEAN = 0;

	static final int ERRORS_FOUND = 1;

	static final int BAD_INPUT = 2;

	private static final String USAGE = """
			用法：
			  check [--format text|json|jsonl] [--lines] [--roster 名单文件] 文件|-
			      校对一个文本文件、.docx 文件或标准输入（-）。
			      --lines   每行作为一段独立的文本（行内的 U+2029 表示换行），每行输出一个 JSON 对象。
			      --roster  本单位人员名单，每行一个姓名，可在制表符后写职务。
			  bench 目录
			      用 proofread-bench 数据测量校对效果和速度。
			  learn [--trigrams] 训练文件
			      从“错句<TAB>正句”的训练集统计常见别字，输出 learned-confusions.tsv 的内容；
			      --trigrams  改为输出正句中连续的三个汉字（learned-trigrams.txt 的内容）。
			退出码：0 没有错误，1 发现错误，2 输入有误。""";

	private ProofreadCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
				new PrintStream(System.err, true, StandardCharsets.UTF_8)));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			err.println(USAGE);
			return BAD_INPUT;
		}
		try {
			return switch (args[0]) {
				case "check" -> check(List.of(args).subList(1, args.length), out);
				case "bench" -> Bench.run(List.of(args).subList(1, args.length), out);
				case "learn" -> Learn.run(List.of(args).subList(1, args.length), out);
				default -> throw new IllegalArgumentException("未知的命令：" + args[0]);
			};
		}
		catch (IllegalArgumentException | IOException ex) {
			err.println("错误：" + ex.getMessage());
			err.println(USAGE);
			return BAD_INPUT;
		}
	}

	private static int check(List<String> args, PrintStream out) throws IOException {
		String format = "text";
		boolean lines = false;
		Path roster = null;
		String source = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
				case "--format" -> format = value(args, ++i, arg);
				case "--lines" -> lines = true;
				case "--roster" -> roster = Path.of(value(args, ++i, arg));
				default -> {
					if (arg.startsWith("--") || source != null) {
						throw new IllegalArgumentException("无法理解的参数：" + arg);
					}
					source = arg;
				}
			}
		}
		if (!List.of("text", "json", "jsonl").contains(format)) {
			throw new IllegalArgumentException("--format 只能是 text、json 或 jsonl");
		}
		if (source == null) {
			throw new IllegalArgumentException("请给出要校对的文件，或用 - 表示标准输入");
		}
		Proofreader proofreader = Proofreader.builder().roster(readRoster(roster)).build();
		String text = Documents.read(source);
		boolean errors = false;
		if (lines) {
			String[] texts = text.split("\r?\n", -1);
			int count = (texts.length > 0 && texts[texts.length - 1].isEmpty()) ? texts.length - 1 : texts.length;
			for (int i = 0; i < count; i++) {
				List<Issue> issues = proofreader.check(texts[i].replace('\u2029', '\n'));
				errors |= hasErrors(issues);
				out.println(Json.issues(issues));
			}
		}
		else {
			List<Issue> issues = proofreader.check(text);
			errors = hasErrors(issues);
			out.println(format.equals("text") ? Report.text(text, issues) : Json.issues(issues));
		}
		return errors ? ERRORS_FOUND : CLEAN;
	}

	private static boolean hasErrors(List<Issue> issues) {
		return issues.stream().anyMatch((issue) -> issue.severity() == Severity.ERROR);
	}

	private static List<RosterEntry> readRoster(Path file) throws IOException {
		if (file == null) {
			return List.of();
		}
		if (!Files.isRegularFile(file)) {
			throw new IOException("找不到名单文件：" + file);
		}
		List<RosterEntry> roster = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				roster.add(RosterEntry.parse(line));
			}
		}
		return roster;
	}

	private static String value(List<String> args, int i, String option) {
		if (i >= args.size()) {
			throw new IllegalArgumentException(option + " 后面缺少取值");
		}
		return args.get(i);
	}

}
