/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import se.samverka.exchange.ExchangeException;

/**
 * A format Samverka imports: either it brings whole models ({@link NewModels}, written as new
 * .samverkan files) or it changes the agreement of an existing model ({@link ModelUpdate}).
 * Registered in {@link Formats}, read by {@code samverka import} and the import wizard.
 */
public sealed interface ImportFormat permits ImportFormat.NewModels, ImportFormat.ModelUpdate {

	/** The id the user picks the format by: "xmi", "bra" … */
	String id();

	/** The format's name in the user's language (key {@code import.ID} in messages.properties). */
	default String label() {
		return FormatTexts.get("import." + id());
	}

	/** The file name extensions the format's files have, the usual one first. */
	List<String> extensions();

	/** The options besides the format that this format takes. */
	default Set<FormatOption> options() {
		return Set.of();
	}

	/** Whether the import changes an existing model rather than bringing new ones. */
	default boolean updatesModel() {
		return this instanceof ModelUpdate;
	}

	/** A format that brings models. */
	non-sealed interface NewModels extends ImportFormat {
		/** The models of the file, each with the file name it came from if the file says. */
		List<se.samverka.exchange.ModelSet.Entry> models(byte[] content, Path file) throws Refused;
	}

	/** A format that changes the agreement of an existing model. */
	non-sealed interface ModelUpdate extends ImportFormat {
		/**
		 * Applies the file to the agreement and returns what changed, line by line; a file that
		 * cannot be applied is refused. {@code year} is for the formats that take {@link FormatOption#YEAR}.
		 */
		List<String> update(se.samverka.model.Agreement agreement, byte[] content, Path file, Integer year,
				java.time.LocalDate today) throws Refused;

		/** Of a model file's agreements (at least one), the one the file is about; the first unless the format can tell. */
		default se.samverka.model.Agreement agreement(List<se.samverka.model.Agreement> agreements, byte[] content) {
			return agreements.get(0);
		}
	}

	/** Why a file cannot be imported, with its place ("rad 4, kolumn C" or "FILE:LINE:COLUMN"). */
	final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		public Refused(String message) {
			super(message);
		}

		/** A file's problem with its place, as FILE:LINE:COLUMN when it has one. */
		public static Refused placed(Path file, ExchangeException problem) {
			return new Refused(problem.line() > 0
					? file + ":" + problem.line() + ":" + problem.column() + ": " + problem.getMessage()
					: file + ": " + problem.getMessage());
		}
	}
}
