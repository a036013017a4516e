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
import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.TokenStream;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

import se.samverka.model.nls.Texts;

/**
 * Syntax errors in the user's language, naming what was found and what was expected in the
 * words of the language ("ett namn", "en text inom citattecken") rather than ANTLR's token names.
 * Where the word before the error is followed in the grammar by a choice of words (an
 * enumeration: "målvärde minst|högst|…", "status utkast|beslutad|…"), the message also lists what
 * may stand there.
 */
public class SamverkaSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {
	private static final Texts TEXTS = new Texts(SamverkaSyntaxErrorMessageProvider.class,
			"se.samverka.dsl.parser.messages");

	@Inject
	private IGrammarAccess grammarAccess;

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
		String alternatives = alternatives(error);
		if (alternatives != null) {
			message = message + " " + alternatives;
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

	/** "Efter 'målvärde' väntas: minst, högst, …" when the word before the error is followed by a choice of words. */
	private String alternatives(RecognitionException error) {
		if (error == null || grammarAccess == null || !(error.input instanceof TokenStream tokens)) {
			return null;
		}
		Token previous = null;
		for (int i = Math.min(error.index, tokens.size()) - 1; i >= 0 && previous == null; i--) {
			Token token = tokens.get(i);
			if (token.getChannel() == Token.DEFAULT_CHANNEL) {
				previous = token;
			}
		}
		return previous == null ? null : alternativesAfter(previous.getText());
	}

	/** "Efter 'målvärde' väntas: minst, högst, …" when the given word is followed in the grammar by a choice of words, else null. */
	public String alternativesAfter(String previousWord) {
		if (grammarAccess == null) {
			return null;
		}
		List<String> words = new ArrayList<>();
		for (Keyword keyword : GrammarUtil.containedKeywords(grammarAccess.getGrammar())) {
			if (!keyword.getValue().equals(previousWord)) {
				continue;
			}
			EnumRule enumeration = EcoreUtil2.getContainerOfType(keyword, EnumRule.class);
			if (enumeration == null) {
				add(words, choices(next(keyword)));
			} else {
				// a word of an enumeration stands where its rule is assigned: what may follow that
				for (Assignment assignment : EcoreUtil2.getAllContentsOfType(grammarAccess.getGrammar(), Assignment.class)) {
					if (assignment.getTerminal() instanceof RuleCall call && call.getRule() == enumeration) {
						add(words, choices(next(assignment)));
					}
				}
			}
		}
		return words.isEmpty() ? null : TEXTS.get("alternatives", "'" + previousWord + "'", String.join(", ", words));
	}

	/** The element written after this one in its rule, or null. */
	private static AbstractElement next(AbstractElement element) {
		AbstractElement current = element;
		while (current != null && current.eContainer() instanceof Group group) {
			int index = group.getElements().indexOf(current);
			if (index + 1 < group.getElements().size()) {
				return group.getElements().get(index + 1);
			}
			current = group;
		}
		return null;
	}

	/** The words of an enumeration assigned at this element (directly or as the first of its group). */
	private static List<String> choices(AbstractElement element) {
		AbstractElement first = element;
		while (first instanceof Group group && !group.getElements().isEmpty()) {
			first = group.getElements().get(0);
		}
		List<String> words = new ArrayList<>();
		if (first instanceof Assignment assignment && assignment.getTerminal() instanceof RuleCall call
				&& call.getRule() instanceof EnumRule rule) {
			for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
				words.add(literal.getLiteral().getValue());
			}
		}
		return words;
	}

	private static void add(List<String> words, List<String> more) {
		for (String word : more) {
			if (!words.contains(word)) {
				words.add(word);
			}
		}
	}
}
