/**
 * The Zhongshu layout engine: official documents in the GB/T 9704-2012 red-header layout.
 */
module org.zhongshu.layout {

	requires static org.jspecify;

	requires tools.jackson.databind;

	requires org.apache.pdfbox;

	requires org.apache.fontbox;

	requires org.apache.pdfbox.io;

	requires java.desktop;

	requires org.apache.poi.poi;

	requires org.apache.poi.ooxml;

	requires org.apache.poi.ooxml.schemas;

	requires org.apache.xmlbeans;

	requires ofdrw.core;

	requires ofdrw.pkg;

	requires ofdrw.layout;

	requires ofdrw.font;

	opens org.zhongshu.layout to tools.jackson.databind;

	opens org.zhongshu.layout.cli to tools.jackson.databind;

	exports org.zhongshu.layout;

}
