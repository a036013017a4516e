/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

/**
 * One shape of a new agreement file: it writes the file's text into a {@link Draft}, which holds
 * the request, the names of the file and the blocks every shape shares. The text need not be laid
 * out: {@link NewAgreement} parses it and formats it as {@code ./samverka format} does. A new shape
 * is a class implementing this, a constant of {@link Shape} that names it, and its test
 * (docs/templates.md).
 */
public interface AgreementTemplate {
	/** How the wizard offers this shape, in the user's language. */
	String label();

	/** Whether the request must name at least one district (the shape gives each one a body). */
	default boolean needsDistricts() {
		return false;
	}

	/** What the suggested file name adds after the municipality, e.g. {@code -underavtal}. */
	default String fileNameSuffix() {
		return "";
	}

	/**
	 * Writes the file. Names are handed out in the order they are asked for, so the template's
	 * own names are asked for before {@link Draft#nameAreas()} names what the user typed.
	 */
	void write(Draft out);
}
