/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

/** Which document a document format writes. */
public enum Document {
	AGREEMENT, COMMUNICATION_PLAN
}
