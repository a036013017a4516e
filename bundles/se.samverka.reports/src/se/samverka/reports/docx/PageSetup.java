/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.docx;

import java.math.BigInteger;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The A4 page of a Swedish office document, upright or landscape, with 25 mm margins all round. */
final class PageSetup {
	static final int A4_SHORT = 11906;
	static final int A4_LONG = 16838;
	/** 25 mm in twips. */
	static final int MARGIN = 1417;
	static final int PORTRAIT_TEXT_WIDTH = A4_SHORT - 2 * MARGIN;
	static final int LANDSCAPE_TEXT_WIDTH = A4_LONG - 2 * MARGIN;
	/** 12,5 mm: the footer sits in the bottom margin. */
	private static final int FOOTER_DISTANCE = 709;

	private PageSetup() {
	}

	static int textWidth(boolean landscape) {
		return landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH;
	}

	static void apply(CTSectPr section, boolean landscape) {
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		BigInteger margin = BigInteger.valueOf(MARGIN);
		margins.setTop(margin);
		margins.setBottom(margin);
		margins.setLeft(margin);
		margins.setRight(margin);
		margins.setHeader(BigInteger.valueOf(FOOTER_DISTANCE));
		margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
		margins.setGutter(BigInteger.ZERO);
	}
}
