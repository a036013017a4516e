/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.statistics;

import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.exchange.ExchangeException;
import se.samverka.exchange.Texts;

/**
 * Reads Brå's two kinds of statistics file, told apart by their header row:
 * <ul>
 * <li>the yearly file of reported crimes per municipality, {@code Kommun;Antal;Per 100 000 inv.}: one
 * row per municipality by name, with a "Hela landet" row; the year is not in the rows, so it is
 * given, or taken from a year in the file's name;</li>
 * <li>an export from Brå's statistics database, {@code Region;Brott;År;Period;Antal;/100 000 inv},
 * where ".." means not applicable and the crime is a name or a four-digit code.</li>
 * </ul>
 * Both are UTF-8 (with or without a byte order mark), semicolon-separated, with spaces as
 * thousands separators and a decimal comma. Anything else is refused with its line and column.
 */
public final class BraStatisticsFile {
	static final String YEARLY_HEADER = "Kommun;Antal;Per 100 000 inv.";
	static final String DATABASE_HEADER = "Region;Brott;År;Period;Antal;/100 000 inv";
	/** The category of the yearly file, which counts all reported crimes. */
	public static final String ALL_REPORTED_CRIMES = "Anmälda brott totalt";
	private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");

	private BraStatisticsFile() {
	}

	/**
	 * The rows of the file. {@code year} is needed for a yearly file whose name holds no year, and
	 * ignored for a database export, whose rows carry their years.
	 */
	public static List<StatisticRow> read(byte[] content, String fileName, Integer year) throws ExchangeException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content)).toString();
		} catch (CharacterCodingException notUtf8) {
			throw new ExchangeException(Texts.get("statistics.notUtf8"), 1, 1);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<String> lines = text.lines().toList();
		String header = lines.isEmpty() ? "" : lines.get(0).strip();
		if (header.equalsIgnoreCase(YEARLY_HEADER)) {
			int fileYear = year != null ? year : yearOf(fileName);
			return yearly(lines, fileYear);
		}
		if (header.equalsIgnoreCase(DATABASE_HEADER)) {
			return database(lines);
		}
		throw new ExchangeException(Texts.get("statistics.unknownFormat", YEARLY_HEADER, DATABASE_HEADER), 1, 1);
	}

	private static int yearOf(String fileName) throws ExchangeException {
		Matcher year = YEAR_IN_NAME.matcher(fileName == null ? "" : fileName);
		if (!year.find()) {
			throw new ExchangeException(Texts.get("statistics.noYear"), 1, 1);
		}
		return Integer.parseInt(year.group());
	}

	private static List<StatisticRow> yearly(List<String> lines, int year) throws ExchangeException {
		List<StatisticRow> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			List<String> cells = cells(lines.get(i), i + 1, 3);
			rows.add(new StatisticRow(cells.get(0).strip(), ALL_REPORTED_CRIMES, year,
					number(cells, 1, lines.get(i), i + 1), number(cells, 2, lines.get(i), i + 1), i + 1));
		}
		return rows;
	}

	private static List<StatisticRow> database(List<String> lines) throws ExchangeException {
		List<StatisticRow> rows = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			List<String> cells = cells(lines.get(i), i + 1, 6);
			String yearCell = cells.get(2).strip();
			if (!yearCell.matches("\\d{4}")) {
				throw new ExchangeException(Texts.get("statistics.badYear", yearCell), i + 1, column(lines.get(i), 2));
			}
			rows.add(new StatisticRow(cells.get(0).strip(), period(cells.get(1).strip(), cells.get(3).strip()),
					Integer.parseInt(yearCell), number(cells, 4, lines.get(i), i + 1), number(cells, 5, lines.get(i), i + 1), i + 1));
		}
		return rows;
	}

	/** A part of a year is a category of its own, so that it is never added to a whole year's figure. */
	private static String period(String crime, String period) {
		return period.isEmpty() || period.equalsIgnoreCase("Helår") ? crime : crime + " (" + period + ")";
	}

	/** The cells of a line: split at semicolons outside double quotes; the line must have {@code count} of them. */
	private static List<String> cells(String line, int lineNumber, int count) throws ExchangeException {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else {
					quoted = !quoted;
				}
			} else if (c == ';' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new ExchangeException(Texts.get("statistics.openQuote"), lineNumber, line.length() + 1);
		}
		cells.add(cell.toString());
		if (cells.size() != count) {
			throw new ExchangeException(Texts.get("statistics.cellCount", count, cells.size()), lineNumber, 1);
		}
		return cells;
	}

	/** A figure with spaces between thousands and a decimal comma; ".." or nothing is absent. */
	private static BigDecimal number(List<String> cells, int index, String line, int lineNumber) throws ExchangeException {
		String cell = cells.get(index).strip();
		if (cell.isEmpty() || cell.equals("..") || cell.equals("-")) {
			return null;
		}
		String plain = cell.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(',', '.');
		if (!plain.matches("-?\\d+(\\.\\d+)?")) {
			throw new ExchangeException(Texts.get("statistics.badNumber", cell), lineNumber, column(line, index));
		}
		return new BigDecimal(plain);
	}

	/** The column (1-based) where a cell starts, for a message that points at it. */
	private static int column(String line, int index) {
		int column = 1;
		for (int i = 0, cell = 0; i < line.length() && cell < index; i++) {
			column++;
			if (line.charAt(i) == ';') {
				cell++;
			}
		}
		return column;
	}
}
