/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

/** What a user may choose besides the format, for the formats that take it. */
public enum FormatOption {
	/** Which diagram: governance, traceability or communication. */
	VIEW,
	/** Which document: the agreement, its communication plan or the follow-up of its promises. */
	DOCUMENT,
	/** The period a follow-up is for ("2018"), when the document has outcomes for several. */
	PERIOD,
	/** The year a statistics file is for, when its name does not say. */
	YEAR,
	/** A review copy of a document, with the validation findings on its diagrams. */
	REVIEW_COPY
}
