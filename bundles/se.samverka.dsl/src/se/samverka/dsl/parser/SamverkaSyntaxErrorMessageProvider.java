/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.parser;

import org.antlr.runtime.EarlyExitException;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import se.samverka.model.nls.Texts;

/**
 * Syntax errors in the user's language, naming what was found and what was expected in the
 * words of the language ("ett namn", "en text inom citattecken") rather than ANTLR's token names.
 */
public class SamverkaSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {
	private static final Texts TEXTS = new Texts(SamverkaSyntaxErrorMessageProvider.class,
			"se.samverka.dsl.parser.messages");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException error = context.getRecognitionException();
		String[] tokenNames = context.getTokenNames();
		String found = error == null ? null : found(error.token);
		String message;
		if (error instanceof MissingTokenException missing) {
			message = TEXTS.get("missing", expected(missing.expecting, tokenNames), found);
		} else if (error instanceof UnwantedTokenException unwanted) {
			message = TEXTS.get("unwanted", found(unwanted.getUnexpectedToken()));
		} else if (error instanceof MismatchedTokenException mismatched) {
			message = TEXTS.get("mismatched", found, expected(mismatched.expecting, tokenNames));
		} else if (error instanceof NoViableAltException || error instanceof EarlyExitException) {
			message = TEXTS.get("unexpected", found);
		} else {
			return super.getSyntaxErrorMessage(context);
		}
		return new SyntaxErrorMessage(capitalised(message), org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	private static String capitalised(String message) {
		return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
	}

	private static String found(Token token) {
		if (token == null || token.getType() == Token.EOF) {
			return TEXTS.get("endOfFile");
		}
		return "'" + token.getText() + "'";
	}

	private static String expected(int type, String[] tokenNames) {
		if (type == Token.EOF) {
			return TEXTS.get("endOfFile");
		}
		String name = type >= 0 && type < tokenNames.length ? tokenNames[type] : null;
		if (name == null) {
			return TEXTS.get("somethingElse");
		}
		return switch (name) {
		case "RULE_ID" -> TEXTS.get("name");
		case "RULE_STRING" -> TEXTS.get("string");
		case "RULE_INT" -> TEXTS.get("integer");
		default -> name; // a keyword or punctuation, already quoted by ANTLR: 'typ', '}'
		};
	}
}
