package org.zhongshu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhongshu.people.Directory.Receiver;
import org.zhongshu.platform.Classification;

/**
 * 核发: which names in the 主送 and 抄送 lines are units inside the system, by full or short
 * name, each once, and which are bodies to be sent to outside it.
 */
class DistributionTests {

	static final List<Receiver> RECEIVERS = List.of(new Receiver("中共江临市委组织部", "市委组织部", false, List.of("lianluo1")),
			new Receiver("江临市财政局", "市财政局", false, List.of("lianluo6")),
			new Receiver("中共江临市委员会", "市委", true, List.of("jiyao")));

	@Test
	void findsUnitsByFullOrShortNameOnceAndKeepsBracketedNamesWhole() {
		Draft draft = draft("各县（市、区）委，市委组织部、江临市财政局；中共江临市委组织部：", "市财政局、市人大常委会办公室");

		assertThat(Distribution.inside(draft, RECEIVERS)).extracting(Receiver::name)
			.containsExactly("中共江临市委组织部", "江临市财政局");
		assertThat(Distribution.outside(draft, RECEIVERS)).containsExactly("各县（市、区）委", "市人大常委会办公室");
	}

	@Test
	void aNameThatOnlyContainsAUnitsNameIsNotThatUnit() {
		Draft draft = draft("市委组织部机关党委", "");

		assertThat(Distribution.inside(draft, RECEIVERS)).isEmpty();
		assertThat(Distribution.outside(draft, RECEIVERS)).containsExactly("市委组织部机关党委");
	}

	private static Draft draft(String recipients, String copiesTo) {
		return new Draft(DocumentType.NOTICE, "中共江临市委办公室", "市委办发", Classification.INTERNAL, "", "", recipients,
				copiesTo, "关于分送的通知", "正文。");
	}

}
