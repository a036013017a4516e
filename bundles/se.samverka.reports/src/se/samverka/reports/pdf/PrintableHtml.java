/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.pdf;

import java.util.Base64;
import java.util.List;

import se.samverka.reports.Texts;
import se.samverka.reports.content.Block;
import se.samverka.reports.content.DocumentContent;
import se.samverka.reports.html.XhtmlWriter;

/**
 * A document's blocks as one XHTML page styled for print (A4, headings, tables whose header repeats
 * on each page, pictures fitted to the page), which the PDF renderer lays out.
 */
final class PrintableHtml {
	private static final String STYLE = """
			@page { size: A4; margin: 2cm 2cm 2.2cm 2cm; }
			@page landscape { size: A4 landscape; margin: 1.5cm 1.5cm 2cm 1.5cm; }
			div.landscape { page: landscape; }
			/* the layout keeps the upright page's width; the landscape page has room for more */
			div.landscape table { width: 26cm; }
			body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.35; }
			h1.title { font-size: 24pt; text-align: center; margin-top: 6cm; }
			h1.title.compact { font-size: 20pt; margin-top: 0; }
			h1 { font-size: 14pt; margin: 1.2em 0 0.4em 0; page-break-after: avoid; }
			h2 { font-size: 12pt; margin: 1em 0 0.3em 0; page-break-after: avoid; }
			p.centred { text-align: center; }
			ul { margin: 0.2em 0 0.6em 0; }
			table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; margin: 0.5em 0; }
			th, td { border: 0.5pt solid #555; padding: 3pt; vertical-align: top; font-size: 9pt; }
			th { background: #e8eef5; text-align: left; }
			tr { page-break-inside: avoid; }
			img { max-width: 100%; }
			.page-break { page-break-after: always; }
			""";

	/**
	 * The title at the left of every page's foot and the page as "Sida 3 (12)" at the right, as in the Word
	 * document; a review copy says so at the top of every page.
	 */
	private static String margins(DocumentContent content) {
		String font = "font-family: 'Liberation Sans'; font-size: 9pt; ";
		String boxes = "@bottom-left { content: " + cssString(content.title()) + "; " + font + "width: 70%; } "
				+ "@bottom-right { content: " + cssString(Texts.get("page.word") + " ")
				+ " counter(page) \" (\" counter(pages) \")\"; " + font + "} ";
		if (content.isReviewCopy()) {
			boxes += "@top-right { content: " + cssString(Texts.get("review.copy")) + "; " + font + "font-weight: bold; } ";
		}
		return "@page { " + boxes + "}\n@page landscape { " + boxes + "}\n";
	}

	/** A text as a CSS string: quotes and backslashes escaped, a line break as CSS writes it. */
	private static String cssString(String text) {
		StringBuilder css = new StringBuilder("\"");
		for (char c : String.valueOf(text).toCharArray()) {
			switch (c) {
			case '"', '\\' -> css.append('\\').append(c);
			case '\n' -> css.append("\\A ");
			default -> css.append(c);
			}
		}
		return css.append('"').toString();
	}

	/** More columns than this do not fit an upright A4 page readably. */
	private static final int WIDE_COLUMNS = 5;

	private PrintableHtml() {
	}

	private static boolean isWide(Block block) {
		return block instanceof Block.Table table && table.header().size() > WIDE_COLUMNS;
	}

	/** The language tag the PDF declares (its /Lang): Swedish as written in Sweden. */
	private static String documentLanguage() {
		String language = Texts.language();
		return "sv".equals(language) ? "sv-SE" : language;
	}

	static String of(DocumentContent content) {
		XhtmlWriter html = new XhtmlWriter();
		html.start("html", "lang", documentLanguage());
		html.start("head").element("title", content.title()).element("style", STYLE + margins(content)).end();
		html.start("body");
		List<Block> blocks = content.blocks();
		boolean titlePage = hasTitlePage(blocks);
		for (int i = 0; i < blocks.size(); i++) {
			// a table of many columns gets a landscape page, with the heading that introduces it
			boolean landscape = isWide(blocks.get(i)) && !(i > 0 && blocks.get(i - 1) instanceof Block.Heading)
					|| blocks.get(i) instanceof Block.Heading && i + 1 < blocks.size() && isWide(blocks.get(i + 1));
			if (landscape) {
				html.start("div", "class", "landscape");
			}
			render(html, blocks.get(i), titlePage, i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Bullet,
					i > 0 && blocks.get(i - 1) instanceof Block.Bullet);
			if (isWide(blocks.get(i))) {
				html.end();
			}
		}
		return html.end().end().toString();
	}

	/** Whether the title stands on a page of its own (a page break before the first section), or heads the text. */
	private static boolean hasTitlePage(List<Block> blocks) {
		for (Block block : blocks) {
			if (block instanceof Block.PageBreak) {
				return true;
			}
			if (block instanceof Block.Heading heading && heading.level() > 0) {
				return false;
			}
		}
		return false;
	}

	private static void render(XhtmlWriter html, Block block, boolean titlePage, boolean bulletFollows,
			boolean bulletBefore) {
		switch (block) {
		case Block.Heading heading -> html.element(heading.level() == 2 ? "h2" : "h1", heading.text(), "class",
				heading.level() == 0 ? (titlePage ? "title" : "title compact") : null);
		case Block.Paragraph paragraph -> html.element("p", paragraph.text(), "class", paragraph.centred() ? "centred" : null);
		case Block.Bullet bullet -> {
			// consecutive bullets make one list
			if (!bulletBefore) {
				html.start("ul");
			}
			html.element("li", bullet.text());
			if (!bulletFollows) {
				html.end();
			}
		}
		case Block.Table table -> {
			html.start("table").start("thead").start("tr");
			table.header().forEach(cell -> html.element("th", cell));
			html.end().end().start("tbody");
			for (int r = 0; r < table.rows().size(); r++) {
				html.start("tr");
				List<String> row = table.rows().get(r);
				for (int c = 0; c < row.size(); c++) {
					String fill = table.fill(r, c);
					html.element("td", row.get(c), "style", fill == null ? null : "background: #" + fill);
				}
				html.end();
			}
			html.end().end();
		}
		case Block.Picture picture -> html.empty("img", "src",
				"data:image/png;base64," + Base64.getEncoder().encodeToString(picture.png()), "alt", picture.description(), "style",
				"width: " + Math.min(picture.width(), 640) + "px");
		case Block.PageBreak pageBreak -> html.start("div", "class", "page-break").end();
		}
	}
}
