package org.zhongshu.proofread.cli;

import java.util.List;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import org.zhongshu.proofread.Issue;

/**
 * The CLI's JSON: issues as the contract has them ({@code start}, {@code end},
 * {@code original}, {@code suggestions}, {@code rule}, {@code category},
 * {@code severity}, {@code message}, in that order) and the benchmark's items.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	private Json() {
	}

	static String issues(List<Issue> issues) {
		return MAPPER.writeValueAsString(new Issues(issues));
	}

	static <T> T read(String json, Class<T> type) {
		return MAPPER.readValue(json, type);
	}

	private record Issues(List<Issue> issues) {
	}

}
