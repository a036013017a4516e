/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import se.samverka.reports.content.Block;
import se.samverka.reports.content.DocumentContent;

/** A document's blocks as a Word document, with Samverka's styles (headings Word's navigation pane lists). */
public final class WordRenderer {
	/** The text width of an A4 page with Word's default margins, about 16 cm. */
	private static final double TEXT_WIDTH_PIXELS = 16 * 360_000.0 / Units.EMU_PER_PIXEL;

	private final XWPFDocument document = new XWPFDocument();

	private WordRenderer() {
		WordStyles.define(document);
	}

	public static void write(DocumentContent content, OutputStream out) throws IOException {
		WordRenderer renderer = new WordRenderer();
		content.blocks().forEach(renderer::render);
		renderer.document.getProperties().getCoreProperties().setTitle(content.title());
		renderer.document.write(out);
		renderer.document.close();
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
		}
		case Block.Table table -> table(table);
		case Block.Picture picture -> picture(picture);
		case Block.PageBreak pageBreak -> document.createParagraph().createRun().addBreak(BreakType.PAGE);
		}
	}

	private void table(Block.Table content) {
		XWPFTable table = document.createTable(1, content.header().size());
		table.setWidth("100%");
		XWPFTableRow first = table.getRow(0);
		first.setRepeatHeader(true);
		for (int i = 0; i < content.header().size(); i++) {
			XWPFRun run = first.getCell(i).getParagraphs().get(0).createRun();
			run.setBold(true);
			run.setText(content.header().get(i));
		}
		for (List<String> cells : content.rows()) {
			XWPFTableRow row = table.createRow();
			for (int i = 0; i < cells.size(); i++) {
				lines(row.getCell(i).getParagraphs().get(0).createRun(), cells.get(i));
			}
		}
	}

	private void picture(Block.Picture picture) {
		// fit the page's text width, keeping the proportions
		double width = Math.min(TEXT_WIDTH_PIXELS, picture.width());
		double height = width * picture.height() / picture.width();
		try {
			document.createParagraph().createRun().addPicture(new ByteArrayInputStream(picture.png()),
					Document.PICTURE_TYPE_PNG, picture.name(), Units.pixelToEMU((int) width), Units.pixelToEMU((int) height));
		} catch (InvalidFormatException | IOException impossible) {
			// the bytes are a PNG made in memory
			throw new IllegalStateException(impossible);
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
