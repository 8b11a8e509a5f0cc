package org.zhongshu.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.ofdrw.core.basicStructure.doc.CT_CommonData;
import org.ofdrw.core.basicStructure.doc.CT_PageArea;
import org.ofdrw.core.basicStructure.doc.Document;
import org.ofdrw.core.basicStructure.ofd.DocBody;
import org.ofdrw.core.basicStructure.ofd.OFD;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.Type;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicStructure.pageTree.Pages;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.basicType.ST_Loc;
import org.ofdrw.core.basicType.ST_RefID;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.layout.engine.ResManager;
import org.ofdrw.pkg.container.DocDir;
import org.ofdrw.pkg.container.OFDDir;
import org.ofdrw.pkg.container.PageDir;
import org.zhongshu.layout.Placed.Rule;
import org.zhongshu.layout.Placed.Text;
import org.zhongshu.layout.Typefaces.Typeface;

/**
 * Prints a document to OFD (GB/T 33190-2016), the national format for 电子公文, in the same
 * GB/T 9704-2012 layout as the PDF: every character at the place the composer gave it,
 * the fonts embedded as subsets of the characters used. The fonts are parsed once and
 * kept open until {@link #close()}; one document is printed at a time.
 */
public final class OfdRenderer extends Renderer {

	/**
	 * The tables a subset keeps: the outlines, their metrics and hints, and the character
	 * map OFD readers find glyphs by; bitmaps and vertical metrics are left behind.
	 */
	private static final List<String> OUTLINE_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
			"name", "OS/2", "post", "cvt ", "fpgm", "prep", "gasp");

	public OfdRenderer(Typefaces typefaces) {
		super(typefaces);
	}

	/**
	 * @param document the document
	 * @return the OFD file
	 * @throws IllegalArgumentException if a font lacks a character of the text, naming
	 * both, or the seal is not a PNG or JPEG picture
	 */
	@Override
	public synchronized byte[] render(OfficialDocument document) {
		List<Composer.Page> pages = Composer.compose(document);
		Path workspace = null;
		OFDDir ofd = null;
		try {
			this.fonts.checkGlyphs(pages);
			workspace = Files.createTempDirectory("zhongshu-ofd");
			ofd = OFDDir.newOFD();
			CT_DocInfo info = new CT_DocInfo().setDocID(UUID.randomUUID())
				.setCreationDate(LocalDate.now())
				.setCreator("中枢 Zhongshu");
			ofd.setOfd(
					new OFD().addDocBody(new DocBody().setDocInfo(info).setDocRoot(new ST_Loc("Doc_0/Document.xml"))));
			CT_CommonData common = new CT_CommonData().setPageArea(
					new CT_PageArea().setPhysicalBox(0, 0, Composer.PAGE.pageWidth(), Composer.PAGE.pageHeight()));
			Document root = new Document().setCommonData(common).setPages(new Pages());
			DocDir doc = ofd.newDoc().setDocument(root);
			AtomicInteger ids = new AtomicInteger();
			ResManager resources = new ResManager(doc, ids);
			resources.setRoot(ofd);
			Map<Typeface, ST_ID> fontIds = embedFonts(pages, resources, workspace);
			for (Composer.Page composed : pages) {
				PageDir pageDir = doc.obtainPages().newPageDir();
				CT_Layer layer = new CT_Layer().setType(Type.Body);
				layer.setObjID(ids.incrementAndGet());
				List<Placed> items = new ArrayList<>(composed.items());
				if (composed.number() > 0) {
					items.add(Composer.pageNumber(composed.number()));
				}
				for (Placed placed : items) {
					if (placed instanceof Text text) {
						layer.addPageBlock(text(text, fontIds.get(text.typeface()), ids));
					}
					else if (placed instanceof Rule rule) {
						layer.addPageBlock(rule(rule, ids));
					}
					else if (placed instanceof Placed.Image image) {
						layer.addPageBlock(image(image, resources, workspace, ids));
					}
				}
				pageDir.setContent(new Page().setContent(new Content().addLayer(layer)));
				root.getPages()
					.addPage(new org.ofdrw.core.basicStructure.pageTree.Page(ids.incrementAndGet(),
							"Pages/Page_" + pageDir.getIndex() + "/Content.xml"));
			}
			common.setMaxUnitID(ids.get());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ofd.jar(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			clean(ofd, workspace);
		}
	}

	/**
	 * Embeds each font file once, cut down to the characters set in it.
	 * @return the font's resource for each typeface
	 */
	private Map<Typeface, ST_ID> embedFonts(List<Composer.Page> pages, ResManager resources, Path workspace)
			throws IOException {
		Map<TrueTypeFont, TreeSet<Integer>> used = new LinkedHashMap<>();
		for (Typeface typeface : Typeface.values()) {
			used.putIfAbsent(this.fonts.parsed(typeface), new TreeSet<>());
		}
		for (Composer.Page page : pages) {
			List<Placed> items = new ArrayList<>(page.items());
			items.add(Composer.pageNumber(page.number()));
			for (Placed placed : items) {
				if (placed instanceof Text text) {
					text.text().codePoints().forEach(used.get(this.fonts.parsed(text.typeface()))::add);
				}
			}
		}
		Map<TrueTypeFont, ST_ID> embedded = new HashMap<>();
		Map<Typeface, ST_ID> ids = new EnumMap<>(Typeface.class);
		for (Typeface typeface : Typeface.values()) {
			TrueTypeFont font = this.fonts.parsed(typeface);
			ST_ID id = embedded.get(font);
			if (id == null) {
				Path subset = workspace.resolve("font" + embedded.size() + ".ttf");
				TTFSubsetter subsetter = new TTFSubsetter(font, OUTLINE_TABLES);
				subsetter.addAll(used.get(font));
				try (OutputStream out = Files.newOutputStream(subset)) {
					subsetter.writeToStream(out);
				}
				String name = font.getName();
				String family = (font.getNaming() == null) ? name : font.getNaming().getFontFamily();
				id = resources.addFont(new org.ofdrw.font.Font(name, family, subset));
				embedded.put(font, id);
			}
			ids.put(typeface, id);
		}
		return ids;
	}

	/**
	 * @return a line of text: its first character at the baseline's start, each next one
	 * a pitch on (half a pitch after a half-width one), as the composer placed them
	 */
	private static TextObject text(Text text, ST_ID font, AtomicInteger ids) {
		TextObject object = new TextObject(ids.incrementAndGet());
		double size = text.size() * Composer.MM_PER_POINT;
		int[] characters = text.text().codePoints().toArray();
		Double[] advances = new Double[characters.length - 1];
		for (int i = 0; i < advances.length; i++) {
			advances[i] = round(Text.isHalfWidth(characters[i]) ? text.pitch() / 2 : text.pitch());
		}
		TextCode code = new TextCode().setContent(text.text()).setX(round(text.x())).setY(round(text.baseline()));
		if (advances.length > 0) {
			code.setDeltaX(advances);
		}
		object.setBoundary(round(text.x()), round(text.baseline() - size), round(text.width() + size),
				round(1.5 * size));
		object.setFont(new ST_RefID(font));
		object.setSize(round(size));
		object.setFillColor(colour(text.colour()));
		if (text.widthScale() != 1) {
			object.setHScale(round(text.widthScale()));
		}
		if (text.bold()) {
			object.setStroke(true);
			object.setStrokeColor(colour(text.colour()));
			object.setLineWidth(round(size * 0.03));
		}
		object.addTextCode(code);
		return object;
	}

	private static PathObject rule(Rule rule, AtomicInteger ids) {
		PathObject object = new PathObject(new ST_ID(ids.incrementAndGet()));
		double width = rule.x2() - rule.x1();
		object.setBoundary(round(rule.x1()), round(rule.y() - rule.thickness() / 2), round(width),
				round(rule.thickness()));
		object.setFill(true);
		object.setStroke(false);
		object.setFillColor(colour(rule.colour()));
		object.setAbbreviatedData(new AbbreviatedData().M(0, 0)
			.L(round(width), 0)
			.L(round(width), round(rule.thickness()))
			.L(0, round(rule.thickness()))
			.C());
		return object;
	}

	private static ImageObject image(Placed.Image image, ResManager resources, Path workspace, AtomicInteger ids)
			throws IOException {
		Path picture = workspace.resolve("seal" + ids.get() + (isPng(image.picture()) ? ".png" : ".jpg"));
		Files.write(picture, image.picture());
		ImageObject object = new ImageObject(ids.incrementAndGet());
		object.setResourceID(new ST_RefID(resources.addImage(picture)));
		object.setBoundary(round(image.x()), round(image.y()), round(image.size()), round(image.size()));
		object.setCTM(new ST_Array(round(image.size()), 0, 0, round(image.size()), 0, 0));
		return object;
	}

	private static boolean isPng(byte[] picture) {
		return (picture[0] & 0xFF) == 0x89;
	}

	private static CT_Color colour(int rgb) {
		return CT_Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
	}

	/**
	 * @return the length to a thousandth of a millimetre, enough for print and short in
	 * the XML
	 */
	private static double round(double millimetres) {
		return Math.round(millimetres * 1000) / 1000.0;
	}

	private static void clean(OFDDir ofd, Path workspace) {
		try {
			if (ofd != null) {
				ofd.clean();
			}
			if (workspace != null) {
				try (Stream<Path> files = Files.walk(workspace)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
