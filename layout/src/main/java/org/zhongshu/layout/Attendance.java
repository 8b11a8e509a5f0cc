package org.zhongshu.layout;

import java.util.List;

/**
 * Who attended a meeting, as a 纪要 lists them below its body (GB/T 9704-2012 10.3): the
 * word 出席, 请假 or 列席 in 3号黑体, then the units and names in 仿宋.
 *
 * @param kind 出席, 请假 or 列席
 * @param names the units and names, in order
 */
public record Attendance(String kind, List<String> names) {

	public Attendance {
		if (!List.of("出席", "请假", "列席").contains(kind)) {
			throw new IllegalArgumentException("纪要人员名单的类别“%s”不合规范：应为 出席、请假 或 列席".formatted(kind));
		}
		if (names == null || names.isEmpty() || names.stream().anyMatch((name) -> name == null || name.isBlank())) {
			throw new IllegalArgumentException("纪要的%s人员名单不能为空".formatted(kind));
		}
		names = names.stream().map(String::strip).toList();
	}

}
