/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.samverka.actionplan.Column;

/**
 * The text a reader of an output sees, read back from the file: what Word shows (paragraphs,
 * tables, headers and footers, pictures' alternative text and the diagrams' SVG), what a PDF
 * reader extracts, a spreadsheet's cells, a web page's text and attributes read aloud, a diagram's
 * labels, the names and documentation of an exchange file. What is meant as an identifier (XML
 * ids, OEF identifier attributes, DOT node ids, the spreadsheet's id columns) is left out.
 */
final class ReaderText {
	private static final Pattern XML_TAG = Pattern.compile("(?s)<[^>]*>");

	private ReaderText() {
	}

	static String of(String format, Path file) throws IOException {
		return switch (format) {
		case "docx" -> docx(file);
		case "pdf", "pdfa" -> pdf(file);
		case "xlsx" -> xlsx(file);
		case "csv" -> csv(file);
		case "html" -> site(file);
		case "svg" -> svg(Files.readString(file, StandardCharsets.UTF_8));
		case "oef", "graphml" -> xmlText(Files.readString(file, StandardCharsets.UTF_8));
		case "dot" -> dot(Files.readString(file, StandardCharsets.UTF_8));
		default -> throw new IllegalArgumentException(format);
		};
	}

	/** Each paragraph of the document, headers and footers, pictures' descriptions and embedded SVG. */
	private static String docx(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				if (name.startsWith("word/media/") && name.endsWith(".svg")) {
					text.append(svg(content)).append('\n');
				} else if (name.matches("word/(document|header\\d*|footer\\d*|footnotes|endnotes)\\.xml")) {
					Matcher paragraph = Pattern.compile("(?s)<w:p[ >].*?</w:p>").matcher(content);
					while (paragraph.find()) {
						Matcher run = Pattern.compile("(?s)<w:t(?:\\s[^>]*)?>(.*?)</w:t>").matcher(paragraph.group());
						while (run.find()) {
							text.append(unescaped(run.group(1)));
						}
						text.append('\n');
					}
					Matcher described = Pattern.compile("<wp:docPr[^>]*?(?:descr|title)=\"([^\"]*)\"").matcher(content);
					while (described.find()) {
						text.append(unescaped(described.group(1))).append('\n');
					}
				}
			}
		}
		return text.toString();
	}

	private static String pdf(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			PDDocumentInformation information = document.getDocumentInformation();
			return information.getTitle() + "\n" + information.getSubject() + "\n" + new PDFTextStripper().getText(document);
		}
	}

	/** Every sheet's name and cells, except the columns that tie a row to the model (Åtgärds-id, Mål-id). */
	private static String xlsx(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				text.append(sheet.getSheetName()).append('\n');
				Set<Integer> identifiers = new HashSet<>();
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (isIdentifierHeader(cell.toString())) {
							identifiers.add(cell.getColumnIndex());
						} else if (!identifiers.contains(cell.getColumnIndex())) {
							text.append(cell.toString()).append('\n');
						}
					}
				}
			}
		}
		return text.toString();
	}

	private static String csv(Path file) throws IOException {
		List<List<String>> rows = csvRows(Files.readString(file, StandardCharsets.UTF_8).replace("\ufeff", ""));
		Set<Integer> identifiers = new HashSet<>();
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			for (int column = 0; column < row.size(); column++) {
				if (isIdentifierHeader(row.get(column))) {
					identifiers.add(column);
				} else if (!identifiers.contains(column)) {
					text.append(row.get(column)).append('\n');
				}
			}
		}
		return text.toString();
	}

	private static boolean isIdentifierHeader(String text) {
		return Column.MEASURE_ID.isHeader(text) || Column.GOAL_ID.isHeader(text);
	}

	/** RFC 4180 with ';' as separator, as Samverka writes it. */
	private static List<List<String>> csvRows(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ';') {
				row.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\n') {
				row.add(cell.toString().replace("\r", ""));
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			} else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

	/** Every page's text and what is read aloud for it (alt, title, aria-label), and every SVG file's text. */
	private static String site(Path site) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.walk(site)) {
			for (Path page : files.filter(Files::isRegularFile).sorted().toList()) {
				String content = Files.readString(page, StandardCharsets.UTF_8);
				if (page.toString().endsWith(".svg")) {
					text.append(svg(content)).append('\n');
				} else if (page.toString().endsWith(".html")) {
					String html = content.replaceAll("(?s)<style.*?</style>|<script.*?</script>", " ");
					Matcher read = Pattern.compile("(?:alt|title|aria-label)=\"([^\"]*)\"").matcher(html);
					while (read.find()) {
						text.append(unescaped(read.group(1))).append('\n');
					}
					text.append(xmlText(html)).append('\n');
				}
			}
		}
		return text.toString();
	}

	private static String svg(String svg) {
		StringBuilder text = new StringBuilder();
		Matcher matcher = Pattern.compile("(?s)<(text|title|desc|tspan)[^>]*>(.*?)</\\1>").matcher(svg);
		while (matcher.find()) {
			text.append(xmlText(matcher.group(2))).append('\n');
		}
		return text.toString();
	}

	/** The labels of a Graphviz file; node names are identifiers. */
	private static String dot(String dot) {
		StringBuilder text = new StringBuilder();
		Matcher label = Pattern.compile("(?:label|xlabel|tooltip)=\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(dot);
		while (label.find()) {
			text.append(label.group(1).replace("\\n", "\n").replace("\\l", "\n").replace("\\\"", "\"")).append('\n');
		}
		return text.toString();
	}

	/** The text nodes of an XML file; attributes (identifiers, references) are left out. */
	private static String xmlText(String xml) {
		return unescaped(XML_TAG.matcher(xml).replaceAll("\n"));
	}

	private static String unescaped(String text) {
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
				.replace("&apos;", "'").replace("&#xA;", "\n").replace("&#10;", "\n").replace("&amp;", "&");
	}
}
