package org.zhongshu.proofread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The statistical typo model: a character that makes no word, or only a rare one, is
 * replaced by one that sounds or looks like it and makes a likelier text, unless the
 * office writes it that way.
 */
class TypoModelTests {

	private final Proofreader proofreader = Proofreader.builder().build();

	@Test
	void suggestsTheCharacterThatSoundsAlikeAndMakesAWord() {
		List<Issue> issues = this.proofreader.check("全面提高农业社徽化服务水平。");

		assertThat(issues).singleElement().satisfies((issue) -> {
			assertThat(issue.original()).isEqualTo("徽");
			assertThat(issue.suggestions()).containsExactly("会");
			assertThat(issue.category()).isEqualTo(Category.TYPO);
			assertThat(issue.severity()).isEqualTo(Severity.WARNING);
		});
	}

	@Test
	void suggestsTheCharacterThatLooksAlike() {
		assertThat(this.proofreader.check("民政部是国务原组成部门。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0))
			.containsExactly(tuple("原", "院"));
	}

	@Test
	void suggestsASlipSeenInTrainingThoughItNeitherSoundsNorLooksAlike() {
		assertThat(this.proofreader.check("市中级人民去院召开审判委员会会议。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0))
			.containsExactly(tuple("去", "法"));
	}

	@Test
	void leavesTheOfficesOwnPeopleAndWordsAlone() {
		String text = "对此，阴衍江同志有自己的看法。";

		assertThat(this.proofreader.check(text)).extracting(Issue::rule).containsExactly("typo.likely");
		assertThat(Proofreader.builder().roster(List.of(new RosterEntry("阴衍江", null))).build().check(text)).isEmpty();
		assertThat(Proofreader.builder().allow(List.of("阴衍江")).build().check(text)).isEmpty();
	}

	@Test
	void onlyHintsAtTwoCharactersWrittenTheSameWayTwice() {
		String once = "法院开庭审理了喻晖与该医院的纠纷。";
		String twice = "法院开庭审理了喻晖与该医院的纠纷，院方要求调解，遭到喻晖拒绝。";

		assertThat(this.proofreader.check(once)).extracting(Issue::original, Issue::severity)
			.containsExactly(tuple("喻", Severity.WARNING));
		assertThat(this.proofreader.check(twice)).extracting(Issue::original, Issue::rule, Issue::severity)
			.containsExactly(tuple("喻", "typo.possible", Severity.INFO), tuple("喻", "typo.possible", Severity.INFO));
	}

	@Test
	void reportsTheSameParticleSlipAsOftenAsItIsMade() {
		assertThat(this.proofreader.check("共和国勋章获的者黄旭华、友谊勋章获地者诗琳通和国家荣誉称号获地者发言。"))
			.extracting(Issue::original, Issue::severity)
			.contains(tuple("地", Severity.WARNING))
			.doesNotContain(tuple("地", Severity.INFO));
	}

	@Test
	void doubtsTheRestOfASentenceMoreReadilyOnceASlipIsFoundInIt() {
		assertThat(this.proofreader.check("建立全民建身志愿服务长效机制。")).isEmpty();
		assertThat(this.proofreader.check("组织社会本育指导员广泛开展全民健身指导服务，建立全民建身志愿服务长效机制。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0), Issue::severity)
			.containsExactly(tuple("本", "体", Severity.WARNING), tuple("建", "健", Severity.WARNING));
		assertThat(this.proofreader.check("组织社会本育指导员广泛开展全民健身指导服务。建立全民建身志愿服务长效机制。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0))
			.containsExactly(tuple("本", "体"));

		assertThat(this.proofreader.check("29个出席者中有17个获的和此后获得了诺贝尔奖。")).isEmpty();
		assertThat(this.proofreader.check("29个出席者中有17个获的和此后获地了诺贝尔奖。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0))
			.containsExactly(tuple("的", "得"), tuple("地", "得"));
	}

	@Test
	void tellsAParticleWrittenForTheCharacterOfAWordByTheWordsBesideIt() {
		assertThat(this.proofreader.check("经过三个月的努力，问题终于的到了解决。这一举措在全局中具有特殊重要的位。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0), Issue::severity)
			.containsExactly(tuple("的", "得", Severity.WARNING), tuple("的", "地", Severity.WARNING));
		assertThat(this.proofreader.check("让优秀传统文化在基层落的生根。党员干部要不计地失、攻坚克难。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0), Issue::severity)
			.containsExactly(tuple("的", "地", Severity.WARNING), tuple("地", "得", Severity.WARNING));
		assertThat(this.proofreader.check("经过三个月的努力，问题终于得到了解决。这一举措在全局中具有特殊重要的地位。" + "让优秀传统文化在基层落地生根。党员干部要不计得失、攻坚克难。"))
			.isEmpty();
	}

	@Test
	void checksTheTitleOfADocumentCitedAsTheRestButLeavesItsWordingAlone() {
		assertThat(this.proofreader.check("印发《关于嘉强新时代人民政协党的健设工作的若干意见》。"))
			.extracting(Issue::original, Issue::suggestions)
			.containsExactly(tuple("嘉", List.of("加")), tuple("健", List.of("建")));
		assertThat(this.proofreader.check("认真学习《关于其它有关事项的通知》。")).isEmpty();
	}

	@Test
	void doubtsTheCommonestCharactersWhereTheyMakeNoWord() {
		assertThat(this.proofreader.check("切实降低也震灾害风险，坚持政府引到、市场运作，全面加强城市到路养护。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0))
			.containsExactly(tuple("也", "地"), tuple("到", "导"), tuple("到", "道"));
		assertThat(this.proofreader.check("各地也要不断加强管理，不得推诿。他们到了也不说。")).isEmpty();
	}

	@Test
	void triesTheCommonestCharactersForASlipThatMakesNoWord() {
		assertThat(this.proofreader.check("请于会议结束寸提交材料。荐全市范围内开展检查。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0), Issue::severity)
			.containsExactly(tuple("寸", "时", Severity.WARNING), tuple("荐", "在", Severity.WARNING));
		assertThat(this.proofreader.check("西安市鄠邑区委书记到村调研。")).isEmpty();
	}

	@Test
	void suggestsTheCharacterWhenTheSlipMadeAnotherRarerWord() {
		assertThat(this.proofreader.check("请广西壮族自台区人民政府抓好落实，加强国际科学技木合作。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0), Issue::severity)
			.containsExactly(tuple("台", "治", Severity.WARNING), tuple("木", "术", Severity.WARNING));
	}

	@Test
	void questionsASlipThoughItMakesAWordTheDictionaryBarelyKnows() {
		assertThat(this.proofreader.check("对做出特别重大的可学发现的，可以授予特等奖。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0), Issue::severity)
			.containsExactly(tuple("可", "科", Severity.WARNING));
	}

	@Test
	void questionsACharacterOfNamesWhereTheCorrectionMakesACommonWord() {
		assertThat(this.proofreader.check("县级以上人民政府应当将建设工程康震工作所需经费列入本级预算。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0), Issue::severity)
			.containsExactly(tuple("康", "抗", Severity.WARNING));
	}

	@Test
	void takesACorrectionThatMakesTheOfficesUsualWordingAsLikelier() {
		assertThat(this.proofreader.check("省教育厅、省卫生健康委按职责分公负责，年内持旭推进。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0), Issue::severity)
			.containsExactly(tuple("公", "工", Severity.WARNING), tuple("旭", "续", Severity.WARNING));
	}

	@Test
	void reportsASlipWhoseCorrectionFitsTheWordsBesideIt() {
		assertThat(this.proofreader.check("坚持问题导像，不断提高服务群众的能立，加大财政资金投入力渡，确保按期完城。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0), Issue::severity)
			.containsExactly(tuple("像", "向", Severity.WARNING), tuple("立", "力", Severity.WARNING),
					tuple("渡", "度", Severity.WARNING), tuple("城", "成", Severity.WARNING));
	}

	@Test
	void reportsASlipWhoseWordAloneFallsShortButTheTextAroundMakesUpTheRest() {
		assertThat(this.proofreader.check("结合当前拐麦人口犯罪形势，自觉卫护中小学生合法权益，承担预算绩效评介有关工作。"))
			.extracting(Issue::original, Issue::suggestions)
			.containsExactly(tuple("麦", List.of("卖")), tuple("卫", List.of("维")), tuple("介", List.of("价")));
	}

	@Test
	void reportsAWholeWordTypedForAnotherThatReadsTheSame() {
		assertThat(this.proofreader.check("各级党组织要认真罐车落实会议精神，完善政策错失，加强同酬协调。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0), Issue::rule, Issue::severity)
			.containsExactly(tuple("罐车", "贯彻", "typo.word", Severity.WARNING),
					tuple("错失", "措施", "typo.word", Severity.WARNING), tuple("同酬", "统筹", "typo.word", Severity.WARNING));
		assertThat(this.proofreader.check("检查人员要阉割落实中央八项规定精神，对维基违法问题严肃处理。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0))
			.containsExactly(tuple("阉割", "严格"), tuple("维基", "违纪"));
	}

	@Test
	void leavesARareWordAloneThoughACommonerOneReadsTheSame() {
		assertThat(this.proofreader.check("着力在一体化发展中补短板、强弱项，充分彰显了党的集中统一领导。")).isEmpty();
		assertThat(this.proofreader.check("这些包装好的鲜切玫瑰，会被运往全国各地的花市，没几下就把它砍倒了。")).isEmpty();
	}

	@Test
	void leavesTodaysOfficeWordsAndTheChineseZeroAlone() {
		assertThat(this.proofreader.check("各单位要视情及时报告援鄂抗疫工作队的情况，本规定自二〇二六年三月一日起施行。")).isEmpty();
		assertThat(this.proofreader.check("各区全面推行街长制，持续纠治“四风”。")).isEmpty();
	}

	@Test
	void leavesCommonWordsAlone() {
		assertThat(this.proofreader.check("公民依法享有选举权利，市委办公室按时召开会议。")).isEmpty();
	}

	@Test
	void leavesPeoplesNamesTheRecogniserFindsAlone() {
		assertThat(this.proofreader.check("本报记者陶世安报道：全市秋粮收购进展顺利。")).isEmpty();
		assertThat(this.proofreader.check("化学系教授张俐娜在会上介绍了研究进展。")).isEmpty();
		assertThat(this.proofreader.check("会议由市委常委、秘书长陶世安主持，副市长张俐娜同志作了发言。")).isEmpty();
	}

	@Test
	void stillQuestionsASlipThatOnlyLooksLikeAName() {
		assertThat(this.proofreader.check("参加单位：才政部、住房城乡建设部。"))
			.extracting(Issue::original, (issue) -> issue.suggestions().get(0))
			.containsExactly(tuple("才", "财"));
	}

	@Test
	void leavesNamesWithRareCharactersAndTransliterationsAlone() {
		for (String text : List.of("复旦大学伍柏麟教授在会上发言。", "科斯的遗孀伊梅尔达得到公正对待。", "研究员臧沧海向我们介绍了情况。")) {
			assertThat(this.proofreader.check(text)).as(text).isEmpty();
		}
	}

}
