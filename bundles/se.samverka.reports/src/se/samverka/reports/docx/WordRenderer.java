/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import se.samverka.reports.Texts;
import se.samverka.reports.content.Block;
import se.samverka.reports.content.DocumentContent;

/**
 * A document's blocks as a Word document on A4 with Samverka's styles: a footer with the title and
 * "page (pages)", a table of contents for a long document, tables with widths from their content,
 * and a wide table on landscape pages of its own section.
 */
public final class WordRenderer {
	/** More columns than this do not fit an upright A4 page readably (as in the PDF). */
	static final int WIDE_COLUMNS = 5;
	/** A document of more pages than this gets a table of contents. */
	static final int PAGES_WITHOUT_CONTENTS = 4;
	/** The font size of table text, in points. */
	static final double TABLE_POINTS = 10;
	private static final int LINES_PER_PAGE = 44;
	private static final String TABLE_HEADER_FILL = "E8EEF5";
	/** Office 2016's extension of a picture with its SVG drawing; older readers show the PNG it extends. */
	private static final String SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
	private static final javax.xml.namespace.QName SVG_BLIP = new javax.xml.namespace.QName(
			"http://schemas.microsoft.com/office/drawing/2016/SVG/main", "svgBlip", "asvg");
	private static final javax.xml.namespace.QName EMBED = new javax.xml.namespace.QName(
			"http://schemas.openxmlformats.org/officeDocument/2006/relationships", "embed", "r");

	private final XWPFDocument document = new XWPFDocument();
	private final String title;
	private final boolean reviewCopy;
	private String uprightFooterId;
	private String landscapeFooterId;
	private String headerId;
	private long drawings;
	private boolean landscape;

	private WordRenderer(String title, boolean reviewCopy) {
		this.title = title;
		this.reviewCopy = reviewCopy;
		WordStyles.define(document, Texts.get("word.language"));
	}

	public static void write(DocumentContent content, OutputStream out) throws IOException {
		WordRenderer renderer = new WordRenderer(content.title(), content.isReviewCopy());
		renderer.render(pages(content.blocks()));
		renderer.document.getProperties().getCoreProperties().setTitle(content.title());
		renderer.document.getProperties().getCoreProperties().getUnderlyingProperties()
				.setLanguageProperty(Texts.get("word.language"));
		renderer.document.write(out);
		renderer.document.close();
	}

	/** The blocks between page breaks: each run of pages is upright or, holding a wide table, landscape. */
	private static List<List<Block>> pages(List<Block> blocks) {
		List<List<Block>> pages = new ArrayList<>();
		pages.add(new ArrayList<>());
		for (Block block : blocks) {
			if (block instanceof Block.PageBreak) {
				pages.add(new ArrayList<>());
			} else {
				pages.getLast().add(block);
			}
		}
		return pages;
	}

	private void render(List<List<Block>> pages) {
		CTSectPr last = document.getDocument().getBody().addNewSectPr();
		// a footer for each page width, so that the page number stands at the right margin of either
		XWPFFooter upright = document.createFooter(HeaderFooterType.DEFAULT);
		uprightFooterId = document.getRelationId(upright);
		footer(upright, PageSetup.PORTRAIT_TEXT_WIDTH);
		XWPFFooter landscapeFooter = document.createFooter(HeaderFooterType.FIRST);
		landscapeFooterId = document.getRelationId(landscapeFooter);
		footer(landscapeFooter, PageSetup.LANDSCAPE_TEXT_WIDTH);
		if (reviewCopy) {
			XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
			headerId = document.getRelationId(header);
			reviewMark(header);
		}
		// POI refers the last section to what it creates, by kind; each section refers to its own below
		while (last.sizeOfFooterReferenceArray() > 0) {
			last.removeFooterReference(0);
		}
		while (last.sizeOfHeaderReferenceArray() > 0) {
			last.removeHeaderReference(0);
		}
		if (last.isSetTitlePg()) {
			last.unsetTitlePg();
		}
		boolean contents = estimatedPages(pages) > PAGES_WITHOUT_CONTENTS && pages.size() > 1;
		for (int i = 0; i < pages.size(); i++) {
			boolean wide = pages.get(i).stream().anyMatch(WordRenderer::isWide);
			if (i > 0) {
				if (wide != landscape) {
					endSection(landscape);
				} else {
					document.createParagraph().createRun().addBreak(BreakType.PAGE);
				}
			}
			landscape = wide;
			if (i == 1 && contents) {
				contents(pages);
				document.createParagraph().createRun().addBreak(BreakType.PAGE);
			}
			pages.get(i).forEach(this::render);
		}
		PageSetup.apply(last, landscape);
		footerReference(last, landscape);
	}

	private static boolean isWide(Block block) {
		return block instanceof Block.Table table && (table.header().size() > WIDE_COLUMNS || !ColumnWidths.fits(
				table.header(), table.rows(), PageSetup.PORTRAIT_TEXT_WIDTH, TABLE_POINTS));
	}

	/** Ends the section so far with a section break: its pages keep their orientation and the footer. */
	private void endSection(boolean wasLandscape) {
		CTSectPr section = document.createParagraph().getCTP().addNewPPr().addNewSectPr();
		PageSetup.apply(section, wasLandscape);
		footerReference(section, wasLandscape);
	}

	private void footerReference(CTSectPr section, boolean wide) {
		CTHdrFtrRef reference = section.addNewFooterReference();
		reference.setType(STHdrFtr.DEFAULT);
		reference.setId(wide ? landscapeFooterId : uprightFooterId);
		if (headerId != null) {
			CTHdrFtrRef header = section.addNewHeaderReference();
			header.setType(STHdrFtr.DEFAULT);
			header.setId(headerId);
		}
	}

	/** A review copy says so at the top of every page, so that it is not signed or published by mistake. */
	private static void reviewMark(XWPFHeader header) {
		XWPFParagraph paragraph = header.createParagraph();
		paragraph.setStyle(WordStyles.FOOTER);
		paragraph.setAlignment(ParagraphAlignment.RIGHT);
		XWPFRun run = paragraph.createRun();
		run.setBold(true);
		run.setText(Texts.get("review.copy"));
	}

	/** The title at the left, "page (pages)" at the right, as Swedish office documents number their pages. */
	private void footer(XWPFFooter footer, int textWidth) {
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setStyle(WordStyles.FOOTER);
		// the style made the paragraph's properties; a second w:pPr would not be valid Word
		CTTabStop tab = paragraph.getCTP().getPPr().addNewTabs().addNewTab();
		tab.setVal(STTabJc.RIGHT);
		tab.setPos(BigInteger.valueOf(textWidth));
		paragraph.createRun().setText(title);
		paragraph.createRun().addTab();
		paragraph.createRun().setText(Texts.get("page.word") + " ");
		field(paragraph, "PAGE", "1");
		paragraph.createRun().setText(" (");
		field(paragraph, "NUMPAGES", "1");
		paragraph.createRun().setText(")");
	}

	private static void field(XWPFParagraph paragraph, String instruction, String shown) {
		CTSimpleField field = paragraph.getCTP().addNewFldSimple();
		field.setInstr(" " + instruction + " ");
		field.addNewR().addNewT().setStringValue(shown);
	}

	/**
	 * The table of contents as a Word TOC field over the numbered sections and appendices, with the
	 * headings as its present text; Word fills in the page numbers when it updates the field.
	 */
	private void contents(List<List<Block>> pages) {
		XWPFParagraph heading = document.createParagraph();
		heading.setStyle(WordStyles.TOC_HEADING);
		heading.createRun().setText(Texts.get("word.contents"));
		List<String> entries = pages.stream().flatMap(List::stream)
				.filter(b -> b instanceof Block.Heading h && h.level() == 1).map(b -> ((Block.Heading) b).text()).toList();
		for (int i = 0; i < entries.size(); i++) {
			XWPFParagraph entry = document.createParagraph();
			entry.setStyle(WordStyles.TOC_1);
			entry.setSpacingAfter(0);
			if (i == 0) {
				XWPFRun begin = entry.createRun();
				begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
				begin.getCTR().getFldCharArray(0).setDirty(Boolean.TRUE);
				entry.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-1\" \\h \\z \\u ");
				entry.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
			}
			entry.createRun().setText(entries.get(i));
			if (i == entries.size() - 1) {
				entry.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
			}
		}
	}

	/** A rough page count from the lines of text, enough to tell a short document from a long one. */
	private static int estimatedPages(List<List<Block>> pages) {
		int count = 0;
		for (List<Block> page : pages) {
			double lines = 0;
			for (Block block : page) {
				lines += switch (block) {
				case Block.Heading heading -> 3;
				case Block.Paragraph text -> lines(text.text(), PageSetup.PORTRAIT_TEXT_WIDTH, 11) + 0.5;
				case Block.Bullet bullet -> lines(bullet.text(), PageSetup.PORTRAIT_TEXT_WIDTH - 360, 11);
				case Block.Table table -> table.rows().size() * 3 + 2;
				case Block.Picture picture -> LINES_PER_PAGE / 2.0;
				case Block.PageBreak pageBreak -> 0;
				};
			}
			count += Math.max(1, (int) Math.ceil(lines / LINES_PER_PAGE));
		}
		return count;
	}

	private static double lines(String text, int width, double points) {
		double lines = 0;
		for (String line : String.valueOf(text).split("\n", -1)) {
			lines += Math.max(1, Math.ceil(ColumnWidths.width(line, points) / width));
		}
		return lines;
	}

	private void render(Block block) {
		switch (block) {
		case Block.Heading heading -> {
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setStyle(switch (heading.level()) {
			case 0 -> WordStyles.TITLE;
			case 1 -> WordStyles.HEADING_1;
			default -> WordStyles.HEADING_2;
			});
			if (heading.level() == 0) {
				paragraph.setAlignment(ParagraphAlignment.CENTER);
			}
			paragraph.createRun().setText(heading.text());
		}
		case Block.Paragraph text -> {
			XWPFParagraph paragraph = document.createParagraph();
			lines(paragraph.createRun(), text.text());
			if (text.centred()) {
				paragraph.setAlignment(ParagraphAlignment.CENTER);
			}
		}
		case Block.Bullet bullet -> {
			XWPFParagraph paragraph = document.createParagraph();
			lines(paragraph.createRun(), "• " + bullet.text());
			paragraph.setIndentationLeft(360);
			paragraph.setSpacingAfter(60);
		}
		case Block.Table table -> table(table);
		case Block.Picture picture -> picture(picture);
		case Block.PageBreak pageBreak -> document.createParagraph().createRun().addBreak(BreakType.PAGE);
		}
	}

	private void table(Block.Table content) {
		int textWidth = PageSetup.textWidth(landscape);
		// a table whose longest words do not fit in 10 pt is set a point smaller rather than break them
		double points = ColumnWidths.fits(content.header(), content.rows(), textWidth, TABLE_POINTS) ? TABLE_POINTS
				: TABLE_POINTS - 1;
		int[] widths = ColumnWidths.of(content.header(), content.rows(), textWidth, points);
		XWPFTable table = document.createTable(1, content.header().size());
		table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		XWPFTableRow first = table.getRow(0);
		first.setRepeatHeader(true);
		first.setCantSplitRow(true);
		for (int i = 0; i < content.header().size(); i++) {
			XWPFTableCell cell = first.getCell(i);
			cell.setColor(TABLE_HEADER_FILL);
			XWPFRun run = cell(cell, widths[i]).createRun();
			run.setBold(true);
			run.setFontSize(points);
			run.setText(content.header().get(i));
		}
		for (int r = 0; r < content.rows().size(); r++) {
			List<String> cells = content.rows().get(r);
			XWPFTableRow row = table.createRow();
			double rowLines = 0;
			for (int i = 0; i < cells.size(); i++) {
				if (content.fill(r, i) != null) {
					row.getCell(i).setColor(content.fill(r, i));
				}
				XWPFRun run = cell(row.getCell(i), widths[i]).createRun();
				run.setFontSize(points);
				lines(run, cells.get(i));
				rowLines = Math.max(rowLines, lines(cells.get(i), widths[i] - ColumnWidths.CELL_PADDING, points));
			}
			// a row longer than half a page may break, or it would leave half a page empty before it
			row.setCantSplitRow(rowLines < LINES_PER_PAGE / 2.0);
		}
		// a little space between the table and what follows
		document.createParagraph().setSpacingAfter(0);
	}

	private static XWPFParagraph cell(XWPFTableCell cell, int width) {
		cell.setWidthType(TableWidthType.DXA);
		cell.setWidth(String.valueOf(width));
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setSpacingAfter(0);
		return paragraph;
	}

	private void picture(Block.Picture picture) {
		// fit the page's text width, keeping the proportions
		double textWidthPixels = PageSetup.textWidth(landscape) / 20.0 * Units.PIXEL_DPI / Units.POINT_DPI;
		double width = Math.min(textWidthPixels, picture.width());
		double height = width * picture.height() / picture.width();
		try {
			XWPFRun run = document.createParagraph().createRun();
			XWPFPicture added = run.addPicture(new ByteArrayInputStream(picture.png()), Document.PICTURE_TYPE_PNG,
					picture.name() + ".png", Units.pixelToEMU((int) width), Units.pixelToEMU((int) height));
			CTInline inline = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0);
			// what a screen reader reads, and Word shows as the picture's alternative text; each drawing its own id
			inline.getDocPr().setDescr(picture.description());
			inline.getDocPr().setId(++drawings);
			inline.getDocPr().setName(picture.name());
			added.getCTPicture().getNvPicPr().getCNvPr().setDescr(picture.description());
			if (picture.svg() != null) {
				vector(added.getCTPicture().getBlipFill().getBlip(), document.addPictureData(picture.svg(),
						Document.PICTURE_TYPE_SVG));
			}
		} catch (InvalidFormatException | IOException impossible) {
			// the bytes are a PNG and an SVG made in memory
			throw new IllegalStateException(impossible);
		}
	}

	/**
	 * The picture's SVG drawing beside its PNG, as Word 2016 and LibreOffice read it: sharp at any size
	 * and in print; a reader without SVG shows the PNG.
	 */
	private static void vector(CTBlip blip, String svgRelation) {
		CTOfficeArtExtension extension = blip.addNewExtLst().addNewExt();
		extension.setUri(SVG_EXTENSION);
		try (XmlCursor cursor = extension.newCursor()) {
			cursor.toEndToken();
			cursor.beginElement(SVG_BLIP);
			// the prefix Office writes, declared here: without it the namespace would become the document's default
			cursor.insertNamespace(SVG_BLIP.getPrefix(), SVG_BLIP.getNamespaceURI());
			cursor.insertAttributeWithValue(EMBED, svgRelation);
		}
	}

	/** A text with line breaks as Word line breaks within one paragraph. */
	private static void lines(XWPFRun run, String text) {
		String[] lines = String.valueOf(text).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}
}
