/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

/**
 * An edit that cannot be made as asked (an element that is not there, a kind that does not
 * exist); the message says so in the user's language, and nothing has changed.
 */
public class DiagramEditException extends Exception {
	private static final long serialVersionUID = 1L;

	DiagramEditException(String key, Object... arguments) {
		super(EditTexts.get(key, arguments));
	}
}
