package org.zhongshu.proofread.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as DESIGN.md fixes it: formats, --lines, --roster, .docx, and exit
 * codes 0 (no error), 1 (errors found), 2 (bad input).
 */
class ProofreadCommandTests {

	private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	@TempDir
	Path directory;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void reportsErrorsAsTextAndExitsWithOne() throws IOException {
		Path file = write("text.txt", "会议指出,今年以来全市上下稳中求进。");

		int code = run("check", file.toString());

		assertThat(code).isEqualTo(1);
		assertThat(out()).contains("1:5").contains("[错误]").contains("“,” → “，”").contains("punct.hw-comma");
	}

	@Test
	void exitsWithZeroForACleanText() throws IOException {
		int code = run("check", write("clean.txt", "全市上下稳中求进，各项工作取得新成效。").toString());

		assertThat(code).isZero();
		assertThat(out()).contains("未发现问题");
	}

	@Test
	void writesTheIssuesAsJson() throws IOException {
		run("check", "--format", "json", write("text.txt", "截至4月31日，全市共植树1.2万株。").toString());

		Map<String, Object> json = object(out().strip());
		List<Map<String, Object>> issues = issues(json);
		assertThat(issues).hasSize(1);
		Map<String, Object> issue = issues.get(0);
		assertThat(issue).containsEntry("start", 2)
			.containsEntry("end", 7)
			.containsEntry("original", "4月31日")
			.containsEntry("rule", "date.impossible")
			.containsEntry("category", "DATE")
			.containsEntry("severity", "ERROR")
			.containsEntry("suggestions", List.of("4月30日"));
		assertThat((String) issue.get("message")).contains("没有4月31日");
	}

	@Test
	void checksEveryLineOnItsOwnWithParagraphSeparatorsAsLineBreaks() throws IOException {
		Path file = write("lines.txt", "会议指出,要抓落实。\n全市上下稳中求进。\n一、统一思想\u2029二、突出重点\u2029四、加强领导\n");

		int code = run("check", "--lines", file.toString());

		String[] lines = out().split("\n");
		assertThat(code).isEqualTo(1);
		assertThat(lines).hasSize(3);
		assertThat(issues(object(lines[0]))).extracting((issue) -> issue.get("rule")).containsExactly("punct.hw-comma");
		assertThat(issues(object(lines[1]))).isEmpty();
		assertThat(issues(object(lines[2]))).extracting((issue) -> issue.get("start")).containsExactly(14);
	}

	@Test
	void checksNamesAgainstTheRoster() throws IOException {
		Path roster = write("roster.txt", "张建国\t市委书记\n李红梅\t市委副书记、市长\n");
		Path text = write("text.txt", "市委副书记、市长李红媒出席大会。");

		run("check", "--format", "jsonl", "--roster", roster.toString(), text.toString());

		assertThat(issues(object(out().strip()))).extracting((issue) -> issue.get("suggestions"))
			.containsExactly(List.of("李红梅"));
	}

	@Test
	void readsTheTextOfAWordDocument() throws IOException {
		Path docx = docx("通知.docx", """
				<w:p><w:r><w:t>关于对南溪县委设立县委社会工作部的批复</w:t></w:r></w:p>
				<w:p><w:r><w:t>南溪县委：</w:t></w:r></w:p>""");

		int code = run("check", docx.toString());

		assertThat(code).isZero();
		assertThat(out()).contains("“对” → “（删除）”").contains("fmt.title-guanyudui");
	}

	@Test
	void readsAWordDocumentsTrackedChangesAsAccepted() throws IOException {
		Path docx = docx("修订稿.docx", """
				<w:p><w:r><w:t>请各单位完成防汛</w:t></w:r><w:del w:id="1" w:author="王静"><w:r><w:delText>布</w:delText>\
				<w:tab/></w:r></w:del><w:ins w:id="2" w:author="王静"><w:r><w:t>部</w:t></w:r></w:ins>\
				<w:r><w:t>署。</w:t></w:r></w:p>
				<w:p><w:moveFrom w:id="3" w:author="王静"><w:r><w:t>移走的旧稿仍写着布署。</w:t></w:r></w:moveFrom></w:p>""");

		int code = run("check", "--format", "json", docx.toString());

		assertThat(code).isZero();
		assertThat(issues(object(out().strip()))).isEmpty();
	}

	@Test
	void refusesBadInputWithTwoAndAChineseMessage() throws IOException {
		assertThat(run()).isEqualTo(2);
		assertThat(run("check")).isEqualTo(2);
		assertThat(err()).contains("请给出要校对的文件");
		assertThat(run("check", "--format", "xml", "-")).isEqualTo(2);
		assertThat(err()).contains("--format 只能是");
		assertThat(run("check", this.directory.resolve("没有这个文件.txt").toString())).isEqualTo(2);
		assertThat(err()).contains("找不到文件");
		assertThat(run("check", "--roster", "nowhere.txt", write("a.txt", "好。").toString())).isEqualTo(2);
		assertThat(err()).contains("找不到名单文件");
		assertThat(run("check", write("broken.docx", "not a zip").toString())).isEqualTo(2);
		assertThat(err()).contains(".docx");
		assertThat(run("proofread")).isEqualTo(2);
		assertThat(err()).contains("未知的命令");
	}

	@Test
	void learnsTheSlipsOfATrainingSetCommonestFirst() throws IOException {
		Path training = write("train.tsv", """
				银呆监会和人民很行	银保监会和人民银行
				保监会指导很行	保监会指导银行
				全市上下稳中求进	全市上下稳中求进
				""");

		int code = run("learn", training.toString());

		assertThat(code).isZero();
		assertThat(out().lines().filter((line) -> !line.startsWith("#"))).containsExactly("很\t银\t2", "呆\t保\t1");
		assertThat(out()).contains("learn " + training);
		assertThat(run("learn")).isEqualTo(2);
	}

	@Test
	void learnsTheRunsOfThreeChineseCharactersOfTheRightSentences() throws IOException {
		Path training = write("train.tsv", """
				按职责分公负责	按职责分工负责
				由A级单位负责	由A级单位负责
				""");

		int code = run("learn", "--trigrams", training.toString());

		assertThat(code).isZero();
		assertThat(out().lines().filter((line) -> !line.startsWith("#"))).containsExactlyInAnyOrder("分工负", "单位负", "工负责",
				"按职责", "级单位", "职责分", "责分工", "位负责");
		assertThat(run("learn", "--trigrams")).isEqualTo(2);
	}

	@Test
	void refusesATrainingSetItCannotReadWritingNothing() throws IOException {
		assertThat(run("learn", this.directory.resolve("没有这个文件.tsv").toString())).isEqualTo(2);
		assertThat(err()).contains("找不到训练文件");
		assertThat(run("learn", "--trigrams", write("broken.tsv", "按职责分工负责\t按职责分工负责\n只有一句\n").toString())).isEqualTo(2);
		assertThat(err()).contains("第 2 行");
		assertThat(out()).isEmpty();
	}

	@Test
	void namesThePairsItCannotAlignAndLearnsTheRest() throws IOException {
		Path training = write("train.tsv", """
				很行	银行
				呈现去世的区域	呈现恶化趋势的区域
				""");

		assertThat(run("learn", training.toString())).isZero();
		assertThat(out()).contains("未计入的行：2");
		assertThat(out().lines().filter((line) -> !line.startsWith("#"))).containsExactly("很\t银\t1");
	}

	@Test
	void refusesABrokenBenchmarkLineNamingTheLine() throws IOException {
		write("gongwen-dev.jsonl", """
				{"text": "定于2026年3月12日召开会议。", "errors": []}
				{"text": "会议指出", "errors": [
				""");

		assertThat(run("bench", this.directory.toString())).isEqualTo(2);
		assertThat(err()).contains("gongwen-dev.jsonl 第 2 行不是有效的 JSON");

		write("gongwen-dev.jsonl", """
				{"text": "会议指出"}
				""");

		assertThat(run("bench", this.directory.toString())).isEqualTo(2);
		assertThat(err()).contains("第 1 行缺少 text 或 errors");
	}

	@Test
	void benchmarksTheSpansAloneWhereNoSentenceSetIsGiven() throws IOException {
		write("gongwen-dev.jsonl", """
				{"text": "定于2026年3月12日召开会议。", "errors": []}
				""");

		assertThat(run("bench", this.directory.toString())).isZero();
		assertThat(out()).contains("gongwen-dev.jsonl: 0 seeded errors")
			.contains("- 目录中没有句子集（odw-train.tsv、rmrb-clean-dev.tsv、de3-dev.tsv），未测速度")
			.doesNotContain("characters per second");
	}

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return ProofreadCommand.run(args, print(this.out), print(this.err));
	}

	/**
	 * @return a .docx in the test's directory whose body holds the paragraphs given, as
	 * WordprocessingML
	 */
	private Path docx(String name, String paragraphs) throws IOException {
		Path docx = this.directory.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"" + WORD + "\"><w:body>\n"
					+ paragraphs + "\n</w:body></w:document>")
				.getBytes(StandardCharsets.UTF_8));
		}
		return docx;
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.directory.resolve(name), content, StandardCharsets.UTF_8);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(String json) {
		return Json.read(json, Map.class);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> issues(Map<String, Object> json) {
		return (List<Map<String, Object>>) json.get("issues");
	}

	private static PrintStream print(OutputStream stream) {
		return new PrintStream(stream, true, StandardCharsets.UTF_8);
	}

}
