package org.zhongshu.proofread.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON to read the benchmark's .jsonl items (objects, arrays, strings,
 * numbers, booleans, null), so that the proofreader and its CLI need no library at run
 * time.
 */
final class JsonReader {

	private final String json;

	private int position;

	private JsonReader(String json) {
		this.json = json;
	}

	/**
	 * @return the value: a {@code Map}, {@code List}, {@code String}, {@code Double},
	 * {@code Boolean} or {@code null}
	 */
	static Object parse(String json) {
		JsonReader reader = new JsonReader(json);
		Object value = reader.value();
		reader.skipSpace();
		if (reader.position != json.length()) {
			throw reader.error("多余的内容");
		}
		return value;
	}

	private Object value() {
		skipSpace();
		if (this.position >= this.json.length()) {
			throw error("内容不完整");
		}
		char c = this.json.charAt(this.position);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		this.position++;
		skipSpace();
		if (peek() == '}') {
			this.position++;
			return object;
		}
		while (true) {
			skipSpace();
			String key = string();
			skipSpace();
			expect(':');
			object.put(key, value());
			skipSpace();
			if (peek() == ',') {
				this.position++;
				continue;
			}
			expect('}');
			return object;
		}
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		this.position++;
		skipSpace();
		if (peek() == ']') {
			this.position++;
			return array;
		}
		while (true) {
			array.add(value());
			skipSpace();
			if (peek() == ',') {
				this.position++;
				continue;
			}
			expect(']');
			return array;
		}
	}

	private String string() {
		expect('"');
		StringBuilder string = new StringBuilder();
		while (true) {
			if (this.position >= this.json.length()) {
				throw error("字符串没有结束");
			}
			char c = this.json.charAt(this.position++);
			if (c == '"') {
				return string.toString();
			}
			if (c != '\\') {
				string.append(c);
				continue;
			}
			char escaped = this.json.charAt(this.position++);
			switch (escaped) {
				case 'n' -> string.append('\n');
				case 't' -> string.append('\t');
				case 'r' -> string.append('\r');
				case 'b' -> string.append('\b');
				case 'f' -> string.append('\f');
				case 'u' -> {
					string.append((char) Integer.parseInt(this.json.substring(this.position, this.position + 4), 16));
					this.position += 4;
				}
				default -> string.append(escaped);
			}
		}
	}

	private Double number() {
		int start = this.position;
		while (this.position < this.json.length() && "+-0123456789.eE".indexOf(this.json.charAt(this.position)) >= 0) {
			this.position++;
		}
		if (start == this.position) {
			throw error("无法识别的内容");
		}
		return Double.valueOf(this.json.substring(start, this.position));
	}

	private Object literal(String word, Object value) {
		if (!this.json.startsWith(word, this.position)) {
			throw error("无法识别的内容");
		}
		this.position += word.length();
		return value;
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("此处应为“" + c + "”");
		}
		this.position++;
	}

	private char peek() {
		return (this.position < this.json.length()) ? this.json.charAt(this.position) : 0;
	}

	private void skipSpace() {
		while (this.position < this.json.length() && Character.isWhitespace(this.json.charAt(this.position))) {
			this.position++;
		}
	}

	private IllegalArgumentException error(String problem) {
		return new IllegalArgumentException("JSON 格式不对（第 " + this.position + " 个字符）：" + problem);
	}

}
