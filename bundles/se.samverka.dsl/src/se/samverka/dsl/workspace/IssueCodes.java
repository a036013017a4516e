/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.workspace;

import org.eclipse.xtext.diagnostics.Diagnostic;

import se.samverka.validation.RuleCodes;

/** The short, stable codes users see for problems Xtext itself finds (rules have their own: S1…F2). */
public final class IssueCodes {
	/** The text does not follow the grammar. */
	public static final String SYNTAX = "SYNTAX";
	/** The project settings file (samverka.properties) of the model's folder cannot be used. */
	public static final String SETTINGS = "SETTINGS";

	private IssueCodes() {
	}

	public static String shortCode(String code) {
		if (code == null || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)
				|| Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE.equals(code)) {
			return SYNTAX;
		}
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return RuleCodes.S1;
		}
		int dot = code.lastIndexOf('.');
		return dot >= 0 ? code.substring(dot + 1) : code;
	}
}
