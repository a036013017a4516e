/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import se.samverka.actionplan.ActionPlanSheet;
import se.samverka.actionplan.Column;
import se.samverka.actionplan.FormulaGuard;
import se.samverka.actionplan.OutcomeColumn;
import se.samverka.actionplan.TableRow;
import se.samverka.actionplan.TableException;
import se.samverka.actionplan.TableReading;
import se.samverka.actionplan.Texts;

/**
 * The action plan as CSV the way Swedish Excel reads and writes it: UTF-8 with a byte order mark,
 * semicolons between cells (the comma is the decimal sign), CRLF between rows, quotes where a cell
 * needs them, and no cell that can run as a formula. Written and read with Apache Commons CSV.
 */
public final class ActionPlanCsv {
	private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').build();

	private ActionPlanCsv() {
	}

	public static byte[] write(ActionPlanSheet sheet) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
			printer.printRecord(sheet.header());
			for (TableRow row : sheet.rows()) {
				List<String> cells = new ArrayList<>();
				for (Column column : Column.values()) {
					String cell = row.cell(column);
					cells.add(FormulaGuard.guarded(column.isNumber() ? cell.replace('.', ',') : cell));
				}
				for (OutcomeColumn column : sheet.outcomeColumns()) {
					String cell = row.outcome(column);
					cells.add(FormulaGuard.guarded(column.status() ? cell : cell.replace('.', ',')));
				}
				printer.printRecord(cells);
			}
		}
		return bytes.toByteArray();
	}

	/** The data rows (the header checked); the error names the row and column of the first problem. */
	public static ActionPlanSheet read(byte[] content) throws TableException {
		int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		List<List<String>> records = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(content, start, content.length - start),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT));
				CSVParser parser = CSVParser.parse(reader, FORMAT)) {
			for (CSVRecord record : parser) {
				records.add(record.toList().stream().map(FormulaGuard::unguarded).toList());
			}
		} catch (CharacterCodingException notUtf8) {
			throw new TableException(1, null, Texts.get("error.unreadable", "CSV (UTF-8)", String.valueOf(notUtf8.getMessage())));
		} catch (IOException | java.io.UncheckedIOException | IllegalStateException unreadable) {
			throw new TableException(1, null, Texts.get("error.unreadable", "CSV", String.valueOf(unreadable.getMessage())));
		}
		return TableReading.sheet(records);
	}
}
