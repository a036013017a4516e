/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

/** What a user may choose besides the format, for the formats that take it. */
public enum FormatOption {
	/** Which diagram: governance, traceability or communication. */
	VIEW,
	/** Which document: the agreement or its communication plan. */
	DOCUMENT,
	/** The year a statistics file is for, when its name does not say. */
	YEAR
}
