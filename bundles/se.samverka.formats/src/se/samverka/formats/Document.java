/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

/**
 * Which document a document format writes: the agreement (for a citizen promise document, the
 * promise as published), its communication plan, or the yearly follow-up of its promises.
 */
public enum Document {
	AGREEMENT, COMMUNICATION_PLAN, FOLLOW_UP
}
