package se.samverka.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.samverka.actionplan.ActionPlanFormat;
import se.samverka.actionplan.TableException;
import se.samverka.exchange.ExchangeException;
import se.samverka.exchange.ModelSet;
import se.samverka.exchange.json.JsonFormat;
import se.samverka.exchange.statistics.BraStatisticsFile;
import se.samverka.exchange.statistics.StatisticsImport;
import se.samverka.exchange.xmi.XmiFormat;
import se.samverka.model.Agreement;
import se.samverka.model.Model;

/**
 * The formats Samverka imports, as the command line's {@code import} and the workbench's import
 * wizard both use them: XMI and JSON bring whole models (written as new .samverkan files), the
 * action plan spreadsheets and Brå's statistics change the agreement of an existing model.
 */
public enum ImportFormat {
	XMI("xmi"), JSON("json"), XLSX("xlsx"), CSV("csv"), BRA("csv");

	private final String extension;

	ImportFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	public String label() {
		return Texts.get("import." + name());
	}

	/** Whether the import changes an existing model rather than bringing new ones. */
	public boolean updatesModel() {
		return this == XLSX || this == CSV || this == BRA;
	}

	/** Why a file cannot be imported, with its place ("rad 4, kolumn C" or "FILE:LINE:COLUMN"). */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		public Refused(String message) {
			super(message);
		}
	}

	/** The models of an XMI or JSON file, each with the file name it came from if the file says. */
	public List<ModelSet.Entry> models(byte[] content, Path file) throws Refused {
		try {
			if (this == JSON) {
				return JsonFormat.read(new ByteArrayInputStream(content));
			}
			List<ModelSet.Entry> entries = new ArrayList<>();
			for (Model model : XmiFormat.read(new ByteArrayInputStream(content))) {
				entries.add(new ModelSet.Entry(null, model));
			}
			return entries;
		} catch (ExchangeException unreadable) {
			throw new Refused(placed(file, unreadable));
		} catch (IOException unreadable) {
			throw new Refused(file + ": " + unreadable.getMessage());
		}
	}

	/**
	 * Applies a spreadsheet or a statistics file to the agreement and returns what changed, line by
	 * line; a file that cannot be applied changes nothing in the spreadsheets' case, and in the
	 * statistics' case is refused before any change. {@code year} is for Brå's yearly file.
	 */
	public List<String> update(Agreement agreement, byte[] content, Path file, Integer year, LocalDate today)
			throws Refused {
		String name = file.getFileName().toString();
		try {
			if (this == BRA) {
				return StatisticsImport.apply(agreement, BraStatisticsFile.read(content, name, year), "Brå: " + name);
			}
			return ActionPlanFormat.valueOf(name()).update(agreement, content, today);
		} catch (TableException unmappable) {
			throw new Refused(file + ": " + unmappable.getMessage());
		} catch (ExchangeException unreadable) {
			throw new Refused(placed(file, unreadable));
		}
	}

	private static String placed(Path file, ExchangeException problem) {
		return problem.line() > 0 ? file + ":" + problem.line() + ":" + problem.column() + ": " + problem.getMessage()
				: file + ": " + problem.getMessage();
	}
}
