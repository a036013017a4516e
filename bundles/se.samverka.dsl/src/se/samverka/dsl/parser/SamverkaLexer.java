/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;

import se.samverka.dsl.parser.antlr.internal.InternalSamverkaLexer;
import se.samverka.model.nls.Texts;

/** The generated lexer with its errors (an unclosed text, a stray character) in the user's language. */
public class SamverkaLexer extends InternalSamverkaLexer {
	private static final Texts TEXTS = new Texts(SamverkaLexer.class, "se.samverka.dsl.parser.messages");

	public SamverkaLexer() {
	}

	public SamverkaLexer(CharStream input) {
		super(input);
	}

	@Override
	public String getErrorMessage(RecognitionException error, String[] tokenNames) {
		if (error instanceof MismatchedTokenException mismatched) {
			if (mismatched.expecting == '"') {
				return TEXTS.get("unclosedString");
			}
			return TEXTS.get("mismatched", character(mismatched.c), character(mismatched.expecting));
		}
		if (error instanceof NoViableAltException) {
			return TEXTS.get("strayCharacter", character(error.c));
		}
		return super.getErrorMessage(error, tokenNames);
	}

	private static String character(int c) {
		return c == CharStream.EOF ? TEXTS.get("endOfFile") : "'" + new String(Character.toChars(c)) + "'";
	}
}
