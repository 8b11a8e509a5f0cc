package org.zhongshu.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhongshu.platform.Classification;

/**
 * A 公文 as its drafter writes it (拟稿), before it enters the 发文 flow.
 *
 * @param type the kind of document
 * @param issuer the 发文机关
 * @param prefix its 代字, such as 市委办发
 * @param classification the 密级
 * @param secrecyTerm the 保密期限, such as 1年, empty for none
 * @param urgency 特急 or 加急, empty for none
 * @param recipients the 主送机关
 * @param copiesTo the 抄送机关, empty for none
 * @param title the title
 * @param body the text, one paragraph a line
 */
record Draft(DocumentType type, String issuer, String prefix, Classification classification, String secrecyTerm,
		String urgency, String recipients, String copiesTo, String title, String body) {

	/**
	 * What a 请示 asks of its superior: there may be one such request in a 请示 and none in a
	 * 报告.
	 */
	private static final Pattern REQUEST_FOR_INSTRUCTIONS = Pattern
		.compile("(妥否|当否|可否|是否可行)[，,]?\\s*请(批示|审批|批复)|请予(批准|审批|批复)|请批示");

	/**
	 * @return what the 条例 does not allow in a document of this type, in Chinese; empty
	 * when it may go into the flow
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		String ending = (this.type == DocumentType.ORDER) ? DocumentNumber.ORDER : this.type.label();
		if (!this.title.endsWith(ending)) {
			problems.add("标题应以文种“%s”结尾".formatted(this.type.label()));
		}
		if (this.type == DocumentType.REQUEST && this.recipients.strip().split("[、，,；;\\s]+").length > 1) {
			problems.add("请示应当一文一报，只主送一个上级机关：请只保留一个主送机关");
		}
		int requests = count(REQUEST_FOR_INSTRUCTIONS.matcher(this.body));
		if (this.type == DocumentType.REQUEST && requests > 1) {
			problems.add("请示应当一文一事：正文中有 %d 处请示事项".formatted(requests));
		}
		if (this.type == DocumentType.REPORT && requests > 0) {
			Matcher found = REQUEST_FOR_INSTRUCTIONS.matcher(this.body);
			found.find();
			problems.add("报告中不得夹带请示事项：“%s”".formatted(found.group()));
		}
		boolean orderPrefix = this.prefix.endsWith(DocumentNumber.ORDER);
		boolean minutesPrefix = this.prefix.endsWith(DocumentNumber.MINUTES);
		if (this.type == DocumentType.ORDER && !orderPrefix) {
			problems.add("命令（令）按令号编号：请选用“令”字代字，如“市委令”");
		}
		else if (this.type == DocumentType.MINUTES && !minutesPrefix) {
			problems.add("纪要按期号编号：请选用纪要代字，如“市委常委会纪要”");
		}
		else if ((orderPrefix && this.type != DocumentType.ORDER)
				|| (minutesPrefix && this.type != DocumentType.MINUTES)) {
			problems.add("代字“%s”只用于%s".formatted(this.prefix, orderPrefix ? "命令（令）" : "纪要"));
		}
		if (!this.secrecyTerm.isEmpty() && this.classification.compareTo(Classification.CONFIDENTIAL) < 0) {
			problems.add("只有涉密公文（秘密、机密）才标注保密期限");
		}
		return problems;
	}

	private static int count(Matcher matcher) {
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
