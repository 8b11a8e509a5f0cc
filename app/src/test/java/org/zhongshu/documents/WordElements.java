package org.zhongshu.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The elements of a Word document as the tests of corrections written into it read them:
 * runs, tracked insertions and deletions, in order.
 */
final class WordElements {

	private WordElements() {
	}

	/**
	 * @return the names of the element's children, in order
	 */
	static List<String> children(XmlObject element) {
		List<String> names = new ArrayList<>();
		forEachChild(element, (cursor) -> names.add(cursor.getName().getLocalPart()));
		return names;
	}

	/**
	 * @return the paragraph's children in order, each as its name and the text it holds
	 */
	static List<String> marks(XWPFParagraph paragraph) {
		List<String> marks = new ArrayList<>();
		forEachChild(paragraph.getCTP(),
				(cursor) -> marks.add(cursor.getName().getLocalPart() + ":" + cursor.getTextValue()));
		return marks;
	}

	private static void forEachChild(XmlObject element, Consumer<XmlCursor> action) {
		try (XmlCursor cursor = element.newCursor()) {
			for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
				action.accept(cursor);
			}
		}
	}

}
