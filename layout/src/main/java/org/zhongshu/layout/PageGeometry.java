package org.zhongshu.layout;

/**
 * The paper and the type area (版心) a document is set on, in millimetres.
 *
 * @param pageWidth width of the sheet
 * @param pageHeight height of the sheet
 * @param typeAreaWidth width of the 版心
 * @param typeAreaHeight height of the 版心
 * @param topMargin 天头, from the top edge of the sheet to the top of the 版心
 * @param leftMargin 订口, from the left edge of the sheet to the left of the 版心
 */
public record PageGeometry(double pageWidth, double pageHeight, double typeAreaWidth, double typeAreaHeight,
		double topMargin, double leftMargin) {

	/**
	 * GB/T 9704-2012 5.1 and 5.2: A4 paper (210 mm × 297 mm), 版心 156 mm × 225 mm, 天头 37
	 * mm, 订口 28 mm.
	 */
	public static final PageGeometry GB_T_9704 = new PageGeometry(210, 297, 156, 225, 37, 28);

	public PageGeometry {
		if (pageWidth <= 0 || pageHeight <= 0 || typeAreaWidth <= 0 || typeAreaHeight <= 0 || topMargin < 0
				|| leftMargin < 0) {
			throw new IllegalArgumentException("纸张、版心和页边距的尺寸必须为正数");
		}
		if (leftMargin + typeAreaWidth > pageWidth || topMargin + typeAreaHeight > pageHeight) {
			throw new IllegalArgumentException("版心加页边距超出了纸张范围");
		}
	}

	/**
	 * @return 翻口, from the right of the 版心 to the right edge of the sheet
	 */
	public double rightMargin() {
		return this.pageWidth - this.leftMargin - this.typeAreaWidth;
	}

	/**
	 * @return 地脚, from the bottom of the 版心 to the bottom edge of the sheet
	 */
	public double bottomMargin() {
		return this.pageHeight - this.topMargin - this.typeAreaHeight;
	}

}
