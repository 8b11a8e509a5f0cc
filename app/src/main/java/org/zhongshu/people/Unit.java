package org.zhongshu.people;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.zhongshu.platform.RefusedException;

/**
 * A body in the org tree: the committee, its leadership, the office and its sections, the
 * handling units.
 */
@Table("unit")
class Unit {

	private @Id @Nullable Long id;

	private @Nullable Long parentId;

	private String name;

	private String shortName;

	private UnitKind kind;

	private int sortOrder;

	private @Version @Nullable Integer version;

	Unit(@Nullable Long parentId, String name, String shortName, UnitKind kind, int sortOrder) {
		this.parentId = parentId;
		this.name = requireName(name);
		this.shortName = shortName.strip();
		this.kind = kind;
		this.sortOrder = sortOrder;
	}

	@PersistenceCreator
	Unit(@Nullable Long id, @Nullable Long parentId, String name, String shortName, UnitKind kind, int sortOrder,
			@Nullable Integer version) {
		this(parentId, name, shortName, kind, sortOrder);
		this.id = id;
		this.version = version;
	}

	/**
	 * Changes the unit. The caller has checked that the new parent is not the unit itself
	 * nor below it.
	 */
	void change(@Nullable Long parentId, String name, String shortName, UnitKind kind, int sortOrder) {
		if (parentId != null && parentId.equals(this.id)) {
			throw new RefusedException("上级单位不能是它自己。");
		}
		this.parentId = parentId;
		this.name = requireName(name);
		this.shortName = shortName.strip();
		this.kind = kind;
		this.sortOrder = sortOrder;
	}

	public long id() {
		if (this.id == null) {
			throw new IllegalStateException("单位尚未保存");
		}
		return this.id;
	}

	public @Nullable Long parentId() {
		return this.parentId;
	}

	public String name() {
		return this.name;
	}

	public String shortName() {
		return this.shortName;
	}

	public UnitKind kind() {
		return this.kind;
	}

	public int sortOrder() {
		return this.sortOrder;
	}

	public @Nullable Integer version() {
		return this.version;
	}

	private static String requireName(String name) {
		if (name.isBlank()) {
			throw new RefusedException("请填写单位名称。");
		}
		return name.strip();
	}

}
