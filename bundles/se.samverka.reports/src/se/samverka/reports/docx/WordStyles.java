/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word's own heading, title, table-of-contents and footer styles, defined in the document, so that
 * headings are real headings: Word's navigation pane and table of contents see them, and a reader
 * can restyle them. The defaults carry the document's language (sv-SE for a Swedish document), so
 * Word checks the spelling in Swedish and hyphenates as Swedish.
 */
final class WordStyles {
	static final String TITLE = "Title";
	static final String HEADING_1 = "Heading1";
	static final String HEADING_2 = "Heading2";
	static final String TOC_HEADING = "TOCHeading";
	static final String TOC_1 = "TOC1";
	static final String FOOTER = "Footer";
	private static final String FONT = "Calibri";

	private WordStyles() {
	}

	static void define(XWPFDocument document, String language) {
		XWPFStyles styles = document.createStyles();
		CTStyles all = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = all.addNewDocDefaults();
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		run.addNewSz().setVal(BigInteger.valueOf(22));
		CTLanguage lang = run.addNewLang();
		lang.setVal(language);
		lang.setEastAsia(language);
		lang.setBidi(language);
		defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
		styles.setStyles(all);
		styles.addStyle(style(TITLE, "Title", -1, 48, true));
		styles.addStyle(style(HEADING_1, "heading 1", 0, 28, true));
		styles.addStyle(style(HEADING_2, "heading 2", 1, 24, true));
		styles.addStyle(style(TOC_HEADING, "TOC Heading", -1, 28, true));
		styles.addStyle(style(TOC_1, "toc 1", -1, 22, false));
		styles.addStyle(style(FOOTER, "footer", -1, 18, false));
	}

	private static XWPFStyle style(String id, String name, int outlineLevel, int halfPoints, boolean bold) {
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
		if (bold) {
			paragraph.addNewKeepNext();
			paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
		}
		CTRPr run = style.addNewRPr();
		if (bold) {
			run.addNewB();
		}
		CTHpsMeasure size = run.addNewSz();
		size.setVal(BigInteger.valueOf(halfPoints));
		// named here too: LibreOffice gives headings a font of their own otherwise
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		return new XWPFStyle(style);
	}
}
