package org.zhongshu.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
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

		List<Text> texts = Composer.compose(request)
			.get(0)
			.items()
			.stream()
			.filter(Text.class::isInstance)
			.map(Text.class::cast)
			.toList();

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

	private static Text find(List<Text> texts, String text) {
		return texts.stream().filter((placed) -> placed.text().equals(text)).findFirst().orElseThrow();
	}

}
