package org.zhongshu.layout;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An official document (公文) with the elements of GB/T 9704-2012 第7章, checked as it is
 * made: an element the norm does not allow is refused with a message that names it.
 *
 * @param format 文件格式, 信函格式, 命令（令）格式 or 纪要格式
 * @param copyNumber 份号, one to six digits (set as six); required when the document is
 * classified
 * @param secrecy 密级和保密期限, such as 秘密 or 机密★5年
 * @param urgency 紧急程度: 特急 or 加急
 * @param issuers the bodies of the 发文机关标志, several for 联合行文, the first the host
 * @param referenceNumber 发文字号 (市委办发〔2026〕12号), or for an order its 令号 (第12号), or for a 纪要
 * its 期号 (第12期) if it has one
 * @param signers 签发人 of a 上行文 (请示, 报告), which sets the 发文字号 to the left; for an order,
 * the one who signs it
 * @param title 标题; a line break in it is where the title is to be broken (by meaning,
 * into a trapezoid or diamond); an order may have none
 * @param recipients 主送机关
 * @param body 正文
 * @param attachments 附件: each listed in the 附件说明, and printed from a new page when it has
 * a body
 * @param signatures 发文机关署名, one per body for 联合行文; for an order, the signer's 职务
 * @param date 成文日期
 * @param seal 印章 (for an order, the signer's 签名章): the path of a PNG or JPEG, or none
 * @param note 附注, set in brackets below the date
 * @param attendance for a 纪要: who attended, was excused, sat in (出席, 请假, 列席)
 * @param copiesTo 抄送机关
 * @param printedBy 印发机关
 * @param printedOn 印发日期
 */
public record OfficialDocument(DocumentFormat format, @Nullable String copyNumber, @Nullable String secrecy,
		@Nullable String urgency, List<String> issuers, @Nullable String referenceNumber, List<String> signers,
		String title, @Nullable String recipients, List<Block> body, List<Attachment> attachments,
		List<String> signatures, LocalDate date, @Nullable String seal, @Nullable String note,
		List<Attendance> attendance, List<String> copiesTo, @Nullable String printedBy, @Nullable LocalDate printedOn) {

	private static final Pattern COPY_NUMBER = Pattern.compile("\\d{1,6}");

	private static final Pattern SECRECY = Pattern.compile("(绝密|机密|秘密)(★(\\d{1,2}年|\\d{1,2}个月|长期))?");

	private static final Pattern REFERENCE = Pattern.compile("(\\p{IsHan}[\\p{IsHan}A-Za-z]*)〔(\\d{4})〕([1-9]\\d*)号");

	private static final Pattern ORDER_NUMBER = Pattern.compile("第([1-9]\\d*)号");

	private static final Pattern ISSUE_NUMBER = Pattern.compile("第([1-9]\\d*)期");

	public OfficialDocument {
		require(format != null, "缺少公文格式（format）：应为 FILE、LETTER、ORDER 或 MINUTES");
		copyNumber = blankToNull(copyNumber);
		secrecy = blankToNull(secrecy);
		urgency = blankToNull(urgency);
		referenceNumber = blankToNull(referenceNumber);
		recipients = blankToNull(recipients);
		seal = blankToNull(seal);
		note = blankToNull(note);
		printedBy = blankToNull(printedBy);
		issuers = names(issuers, "发文机关标志");
		signers = names(signers, "签发人");
		signatures = names(signatures, "发文机关署名");
		copiesTo = names(copiesTo, "抄送机关");
		body = (body == null) ? List.of() : List.copyOf(body);
		attachments = (attachments == null) ? List.of() : List.copyOf(attachments);
		attendance = (attendance == null) ? List.of() : List.copyOf(attendance);
		require(copyNumber == null || COPY_NUMBER.matcher(copyNumber).matches(),
				"份号“%s”不合规范：应为 1～6 位阿拉伯数字".formatted(copyNumber));
		require(secrecy == null || SECRECY.matcher(secrecy).matches(),
				"密级和保密期限“%s”不合规范：应为 绝密、机密 或 秘密，可加保密期限，如 机密★5年".formatted(secrecy));
		require(secrecy == null || copyNumber != null, "涉密公文应当标注份号");
		require(urgency == null || urgency.equals("特急") || urgency.equals("加急"),
				"紧急程度“%s”不合规范：应为 特急 或 加急".formatted(urgency));
		require(!issuers.isEmpty(), "缺少发文机关标志");
		require(format == DocumentFormat.ORDER || (title != null && !title.isBlank()), "缺少标题");
		title = (title == null) ? "" : title.strip();
		require(!body.isEmpty(), "缺少正文");
		require(date != null, "缺少成文日期");
		checkReferenceNumber(format, referenceNumber, date);
		require(format != DocumentFormat.ORDER || signers.size() == 1, "命令应有一位签发人（signers），其职务写在 signatures 中");
		require(attendance.isEmpty() || format == DocumentFormat.MINUTES, "只有纪要才列出席、请假、列席人员");
		require(printedOn == null || printedBy != null, "有印发日期而没有印发机关");
		require(printedBy == null || printedOn != null, "有印发机关而没有印发日期");
		require(printedOn == null || !printedOn.isBefore(date), "印发日期 %s 早于成文日期 %s".formatted(printedOn, date));
	}

	/**
	 * @return whether this is a 上行文, whose 发文字号 sits left with the 签发人 right
	 */
	public boolean isUpward() {
		return this.format != DocumentFormat.ORDER && !this.signers.isEmpty();
	}

	private static void checkReferenceNumber(DocumentFormat format, @Nullable String number, LocalDate date) {
		if (format == DocumentFormat.MINUTES) {
			require(number == null || ISSUE_NUMBER.matcher(number).matches(),
					"纪要期号“%s”不合规范：应形如 第12期（序号不编虚位）".formatted(number));
			return;
		}
		if (format == DocumentFormat.ORDER) {
			require(number != null && ORDER_NUMBER.matcher(number).matches(),
					"令号“%s”不合规范：应形如 第12号（序号不编虚位）".formatted(number));
			return;
		}
		require(number != null, "缺少发文字号");
		Matcher matcher = REFERENCE.matcher(number);
		require(matcher.matches(), "发文字号“%s”不合规范：应形如 市委办发〔2026〕12号（机关代字、六角括号〔〕内四位年份、不编虚位的序号、号）".formatted(number));
		require(Integer.parseInt(matcher.group(2)) <= date.getYear(), "发文字号“%s”的年份晚于成文日期 %s".formatted(number, date));
	}

	private static List<String> names(@Nullable List<String> names, String element) {
		if (names == null) {
			return List.of();
		}
		for (String name : names) {
			require(name != null && !name.isBlank(), element + "中有空项");
		}
		return names.stream().map(String::strip).toList();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
