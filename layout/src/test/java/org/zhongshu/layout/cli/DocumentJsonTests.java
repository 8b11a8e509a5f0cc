package org.zhongshu.layout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhongshu.layout.Block;
import org.zhongshu.layout.DocumentFormat;
import org.zhongshu.layout.OfficialDocument;

/**
 * The JSON form of a document: read whole, and refused with a message that names the
 * element the norm does not allow.
 */
class DocumentJsonTests {

	private static final String NOTICE = """
			{
			  "format": "FILE",
			  "copyNumber": "000012", "secrecy": "秘密★1年", "urgency": "特急",
			  "issuers": ["中共江临市委办公室"],
			  "referenceNumber": "市委办发〔2026〕12号",
			  "title": "关于做好2027年元旦春节期间有关工作的通知",
			  "recipients": "各县（市、区）委，市委各部委，市直各单位党组（党委）：",
			  "body": [
			    {"text": "为做好元旦春节期间有关工作，现将有关事项通知如下。"},
			    {"level": 1, "text": "一、加强组织领导"},
			    {"level": 2, "text": "（一）压实责任。"},
			    {"table": [["事项", "责任单位"], ["值班安排", "市委办公室"]]}
			  ],
			  "attachments": [{"title": "值班安排表", "body": [{"text": "略"}]}],
			  "signatures": ["中共江临市委办公室"],
			  "date": "2026-12-01",
			  "copiesTo": ["市纪委监委"],
			  "printedBy": "中共江临市委办公室", "printedOn": "2026-12-02"
			}""";

	@Test
	void readsAWholeNotice() {
		OfficialDocument document = DocumentJson.read(NOTICE);

		assertThat(document.format()).isEqualTo(DocumentFormat.FILE);
		assertThat(document.referenceNumber()).isEqualTo("市委办发〔2026〕12号");
		assertThat(document.body()).hasSize(4);
		assertThat(document.body().get(1)).isEqualTo(new Block.Paragraph(1, "一、加强组织领导"));
		assertThat(document.body().get(3)).isInstanceOf(Block.Table.class);
		assertThat(document.attachments()).singleElement().satisfies((attachment) -> {
			assertThat(attachment.title()).isEqualTo("值班安排表");
		});
		assertThat(document.date()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(document.isUpward()).isFalse();
	}

	@Test
	void refusesAReferenceNumberNotLikeTheNorms() {
		for (String wrong : new String[] { "市委办发[2026]12号", "市委办发〔2026〕012号", "市委办发〔26〕12号", "市委办发〔2026〕第12号" }) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> DocumentJson.read(NOTICE.replace("市委办发〔2026〕12号", wrong)))
				.withMessageContaining("发文字号“" + wrong + "”不合规范");
		}
	}

	@Test
	void refusesMissingAndImpossibleElementsNamingThem() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentJson.read(NOTICE.replace("\"title\": \"关于做好2027年元旦春节期间有关工作的通知\",", "")))
			.withMessage("缺少标题");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentJson.read(NOTICE.replace("2026-12-01", "2026-02-30")))
			.withMessageContaining("成文日期不是有效的日期");
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentJson.read(NOTICE.replace("\"000012\"", "null")))
			.withMessage("涉密公文应当标注份号");
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentJson.read(NOTICE.replace("秘密★1年", "内部")))
			.withMessageContaining("密级和保密期限“内部”不合规范");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentJson.read(NOTICE.replace("\"urgency\"", "\"urgent\"")))
			.withMessage("公文 JSON 中有不认识的字段“urgent”");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentJson.read(NOTICE.replace("\"body\": [{\"text\": \"略\"}]", "\"pages\": 2")))
			.withMessage("公文 JSON 中有不认识的字段“pages”（在附件中）");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentJson.read(NOTICE.replace("[\"值班安排\", \"市委办公室\"]", "[\"值班安排\"]")))
			.withMessageContaining("表格第 2 行有 1 列");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentJson.read(NOTICE.replace("2026-12-02", "2026-11-30")))
			.withMessageContaining("印发日期 2026-11-30 早于成文日期 2026-12-01");
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentJson.read("{\"format\": \"FILE\", "))
			.withMessageStartingWith("公文 JSON 格式有误");
	}

	@Test
	void takesTheSpecialFormatsOwnNumbers() {
		OfficialDocument order = DocumentJson.read(NOTICE.replace("\"FILE\"", "\"ORDER\"")
			.replace("市委办发〔2026〕12号", "第12号")
			.replace("\"title\": \"关于", "\"signers\": [\"李卫东\"], \"title\": \"关于"));
		OfficialDocument minutes = DocumentJson
			.read(NOTICE.replace("\"FILE\"", "\"MINUTES\"").replace("\"referenceNumber\": \"市委办发〔2026〕12号\",", ""));
		OfficialDocument request = DocumentJson
			.read(NOTICE.replace("\"title\": \"关于", "\"signers\": [\"周立新\"], \"title\": \"关于"));

		assertThat(order.referenceNumber()).isEqualTo("第12号");
		assertThat(order.isUpward()).isFalse();
		assertThat(minutes.referenceNumber()).isNull();
		assertThat(request.isUpward()).isTrue();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DocumentJson.read(NOTICE.replace("\"FILE\"", "\"ORDER\"")))
			.withMessageContaining("令号“市委办发〔2026〕12号”不合规范");
	}

}
