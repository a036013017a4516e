/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

import java.io.StringReader;

import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.util.Strings;

import com.google.inject.Inject;

import se.samverka.dsl.services.SamverkaGrammarAccess;
import se.samverka.model.Frequency;

/**
 * A meeting frequency as the Properties view takes it: in the words of the language
 * ("4 gånger per år", "minst 1 gång per månad", "kontinuerligt", "vid behov"), read by the
 * grammar's own rule, so that it means in the property what it means in the text.
 */
public class MeetingFrequencies {
	@Inject
	private IParser parser;

	@Inject
	private SamverkaGrammarAccess grammar;

	public Frequency parse(String words) throws DiagramEditException {
		if (Strings.isEmpty(words) || words.isBlank()) {
			throw new DiagramEditException("badFrequency", String.valueOf(words));
		}
		IParseResult result = parser.parse(grammar.getFrequencyRule(), new StringReader(words.strip()));
		if (result.hasSyntaxErrors() || !(result.getRootASTElement() instanceof Frequency frequency)) {
			throw new DiagramEditException("badFrequency", words.strip());
		}
		return frequency;
	}
}
