/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word's own heading and title styles, defined in the document, so that headings are real
 * headings: Word's navigation pane and table of contents see them, and a reader can restyle them.
 */
final class WordStyles {
	static final String TITLE = "Title";
	static final String HEADING_1 = "Heading1";
	static final String HEADING_2 = "Heading2";

	private WordStyles() {
	}

	static void define(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		styles.addStyle(style(TITLE, "Title", -1, 48));
		styles.addStyle(style(HEADING_1, "heading 1", 0, 30));
		styles.addStyle(style(HEADING_2, "heading 2", 1, 25));
	}

	private static XWPFStyle style(String id, String name, int outlineLevel, int halfPoints) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewBasedOn().setVal("Normal");
		style.addNewNext().setVal("Normal");
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		if (outlineLevel >= 0) {
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		}
		paragraph.addNewKeepNext();
		paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
		CTRPr run = style.addNewRPr();
		run.addNewB();
		CTHpsMeasure size = run.addNewSz();
		size.setVal(BigInteger.valueOf(halfPoints));
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii("Calibri");
		fonts.setHAnsi("Calibri");
		return new XWPFStyle(style);
	}
}
