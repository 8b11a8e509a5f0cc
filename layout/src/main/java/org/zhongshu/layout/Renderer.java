package org.zhongshu.layout;

/**
 * Prints a document in one format, with the typefaces' font files parsed once and kept
 * open until {@link #close()}. One document is printed at a time.
 */
public abstract sealed class Renderer implements AutoCloseable permits PdfRenderer, OfdRenderer, DocxRenderer {

	final FontFiles fonts;

	Renderer(Typefaces typefaces) {
		this.fonts = new FontFiles(typefaces);
	}

	/**
	 * @param document the document
	 * @return the file
	 * @throws IllegalArgumentException if the document cannot be printed as it is: a
	 * character its font lacks, a seal that is not a PNG or JPEG picture
	 */
	public abstract byte[] render(OfficialDocument document);

	/**
	 * Closes the font files.
	 */
	@Override
	public synchronized void close() {
		this.fonts.close();
	}

}
