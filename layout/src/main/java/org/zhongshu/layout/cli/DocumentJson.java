package org.zhongshu.layout.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.zhongshu.layout.Block;
import org.zhongshu.layout.OfficialDocument;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of an {@link OfficialDocument} for the command line's render: its fields
 * by name, dates as 2026-12-01, each block of the body either {@code {"level": 1, "text":
 * "一、…"}} or {@code {"table": [["项目", "责任单位"], …]}}. A mistake is reported in Chinese,
 * naming the element.
 */
final class DocumentJson {

	private static final Map<String, String> ELEMENTS = Map.ofEntries(Map.entry("format", "公文格式"),
			Map.entry("copyNumber", "份号"), Map.entry("secrecy", "密级和保密期限"), Map.entry("urgency", "紧急程度"),
			Map.entry("issuers", "发文机关标志"), Map.entry("referenceNumber", "发文字号"), Map.entry("signers", "签发人"),
			Map.entry("title", "标题"), Map.entry("recipients", "主送机关"), Map.entry("body", "正文"),
			Map.entry("attachments", "附件"), Map.entry("signatures", "发文机关署名"), Map.entry("date", "成文日期"),
			Map.entry("seal", "印章"), Map.entry("note", "附注"), Map.entry("attendance", "纪要人员名单"),
			Map.entry("copiesTo", "抄送机关"), Map.entry("printedBy", "印发机关"), Map.entry("printedOn", "印发日期"));

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.addModule(new SimpleModule().addDeserializer(Block.class, new BlockDeserializer()))
		.build();

	private DocumentJson() {
	}

	/**
	 * @param json the document
	 * @return the document, checked
	 * @throws IllegalArgumentException naming the element that is wrong
	 */
	static OfficialDocument read(String json) {
		try {
			return MAPPER.readValue(json, OfficialDocument.class);
		}
		catch (DatabindException ex) {
			throw new IllegalArgumentException(explain(ex), ex);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("公文 JSON 格式有误：" + ex.getOriginalMessage(), ex);
		}
	}

	private static String explain(DatabindException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IllegalArgumentException refused && !(cause instanceof JacksonException)) {
				return refused.getMessage();
			}
		}
		if (ex instanceof UnrecognizedPropertyException unknown) {
			String where = ELEMENTS.get(String.valueOf(ex.getPath().get(0).getPropertyName()));
			return "公文 JSON 中有不认识的字段“%s”%s".formatted(unknown.getPropertyName(),
					(where == null) ? "" : "（在" + where + "中）");
		}
		String field = ex.getPath()
			.stream()
			.map(JacksonException.Reference::getPropertyName)
			.filter((name) -> name != null)
			.findFirst()
			.orElse("");
		String element = ELEMENTS.get(field);
		if (element == null) {
			return "公文 JSON 格式有误：" + ex.getOriginalMessage();
		}
		if (field.equals("date") || field.equals("printedOn")) {
			return "%s不是有效的日期：应写作 2026-12-01，且这一天确实存在".formatted(element);
		}
		return "%s的值有误".formatted(element);
	}

	/**
	 * A block of the body: a paragraph with its level, or a table.
	 */
	private static final class BlockDeserializer extends ValueDeserializer<Block> {

		@Override
		public Block deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			if (node.has("table")) {
				List<List<String>> rows = new ArrayList<>();
				for (JsonNode row : node.get("table")) {
					List<String> cells = new ArrayList<>();
					row.forEach((cell) -> cells.add(cell.asString()));
					rows.add(cells);
				}
				return new Block.Table(rows);
			}
			return new Block.Paragraph(node.path("level").asInt(0), node.path("text").asString(""));
		}

	}

}
