package org.zhongshu.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhongshu.layout.Placed.Text;

/**
 * Placements the norm fixes, read off the composed pages.
 */
class ComposerTests {

	@Test
	void setsSeveralSignersTwoToARowWithTheReferenceNumberOnTheLast() {
		OfficialDocument request = new OfficialDocument(DocumentFormat.FILE, null, null, null,
				List.of("中共江临市委办公室", "江临市人民政府办公室"), "市委办报〔2026〕6号", List.of("周立新", "李卫东", "赵敏"), "关于联合召开全市作风建设推进会的请示",
				"市委：", List.of(new Block.Paragraph(0, "妥否，请批示。")), List.of(), List.of("中共江临市委办公室", "江临市人民政府办公室"),
				LocalDate.of(2026, 12, 1), null, null, List.of(), List.of(), null, null);

		List<Text> texts = firstPageTexts(request);

		Text first = find(texts, "周立新");
		Text second = find(texts, "李卫东");
		Text third = find(texts, "赵敏");
		assertThat(second.baseline()).isEqualTo(first.baseline());
		assertThat(second.x()).isGreaterThan(first.x());
		assertThat(third.x()).isEqualTo(first.x());
		assertThat(third.baseline()).isCloseTo(first.baseline() + Composer.PITCH, within(0.01));
		assertThat(find(texts, "市委办报〔2026〕6号").baseline()).isEqualTo(third.baseline());
		assertThat(find(texts, "签发人：").baseline()).isEqualTo(first.baseline());
		assertThat(second.x() + second.width())
			.isLessThanOrEqualTo(Composer.PAGE.leftMargin() + 156 - Composer.CELL + 0.01);
	}

	@Test
	void breaksListsOfNamesOnlyBetweenNames() {
		List<String> lines = Composer.wrapNames(List.of("周立新", "李卫东", "赵敏", "孙国平", "刘芳", "黄志强", "吴桂兰", "郑宏伟"),
				23 * Composer.CELL);

		assertThat(lines).containsExactly("周立新，李卫东，赵敏，孙国平，刘芳，黄志强，", "吴桂兰，郑宏伟");
	}

	@Test
	void wrapsALongCellWithinItsRowAndLosesNoCharacter() {
		String longTitle = "关于加快推进全市老旧小区改造和城市更新行动中专项债券资金支出进度的督办事项";
		OfficialDocument bulletin = new OfficialDocument(DocumentFormat.FILE, null, null, null, List.of("中共江临市委办公室"),
				"市委办督〔2026〕1号", List.of(), "关于2026年11月督查督办工作情况的通报", "各有关单位：",
				List.of(new Block.Table(List.of(List.of("督办事项", "牵头单位", "超期天数"),
						List.of(longTitle, "江临市住房和城乡建设局", "12"), List.of("短事项", "江临市财政局", "3")))),
				List.of(), List.of("中共江临市委办公室"), LocalDate.of(2026, 12, 1), null, null, List.of(), List.of(), null,
				null);

		List<Text> texts = firstPageTexts(bulletin);

		Text first = texts.stream()
			.filter((text) -> longTitle.startsWith(text.text()) && text.text().length() > 2)
			.findFirst()
			.orElseThrow();
		List<Text> titleLines = texts.stream()
			.filter((text) -> Math.abs(text.x() - first.x()) < 0.01 && text.baseline() >= first.baseline()
					&& longTitle.contains(text.text()) && !text.text().isEmpty())
			.toList();
		assertThat(titleLines.stream().map(Text::text).reduce("", String::concat)).isEqualTo(longTitle);
		assertThat(titleLines).hasSizeGreaterThan(1);
		Text unit = texts.stream().filter((text) -> text.text().startsWith("江临市住")).findFirst().orElseThrow();
		assertThat(unit.baseline()).isEqualTo(first.baseline());
		Text days = find(texts, "12");
		assertThat(days.x()).isGreaterThan(unit.x() + unit.width());
		assertThat(Composer.compose(bulletin)
			.stream()
			.flatMap((page) -> page.items().stream())
			.filter((placed) -> placed instanceof Text text && text.text().equals("短事项"))).hasSize(1);
	}

	@Test
	void givesEachColumnWhatItsLongestCellNeedsAndSharesTheRestOfTheLine() {
		assertThat(Composer.columnWidths(List.of(List.of("牵头单位", "按期", "率"), List.of("江临市财政局", "1", "100%"))))
			.containsExactly(12, 7, 9);
		int[] shared = Composer.columnWidths(List.of(List.of("督办事项".repeat(10), "牵头单位".repeat(3), "天数")));
		assertThat(shared).containsExactly(19, 6, 3);
		assertThat(Arrays.stream(shared).sum()).isEqualTo(Composer.CHARACTERS);
	}

	private static List<Text> firstPageTexts(OfficialDocument document) {
		return Composer.compose(document)
			.get(0)
			.items()
			.stream()
			.filter(Text.class::isInstance)
			.map(Text.class::cast)
			.toList();
	}

	private static Text find(List<Text> texts, String text) {
		return texts.stream().filter((placed) -> placed.text().equals(text)).findFirst().orElseThrow();
	}

}
