/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import se.samverka.editor.EditorPlugin;

/**
 * Colours the text as the grammar reads it: keywords (taken from the grammar itself, so they never
 * drift from the language), strings, comments, numbers and dates. Names are left plain, so the
 * reader's eye goes to what the agreement says.
 */
public class SamverkaScanner extends RuleBasedScanner {

	public SamverkaScanner() {
		IToken keyword = token("se.samverka.editor.keyword", new RGB(127, 0, 85), SWT.BOLD);
		IToken string = token("se.samverka.editor.string", new RGB(42, 0, 255), SWT.NORMAL);
		IToken comment = token("se.samverka.editor.comment", new RGB(63, 127, 95), SWT.ITALIC);
		IToken number = token("se.samverka.editor.number", new RGB(0, 102, 153), SWT.NORMAL);
		List<IRule> rules = new ArrayList<>();
		rules.add(new EndOfLineRule("//", comment));
		rules.add(new MultiLineRule("/*", "*/", comment));
		rules.add(new SingleLineRule("\"", "\"", string, '\\'));
		rules.add(new WhitespaceRule(Character::isWhitespace));
		// a word that is no keyword is a name: it is consumed whole and left plain, so a name that
		// contains a keyword ("Underavtal") is not coloured in part
		WordRule words = new WordRule(new NameDetector(), new Token(new TextAttribute(null)));
		for (String word : keywords()) {
			words.addWord(word, keyword);
		}
		rules.add(words);
		rules.add(new NumberRule(number));
		setRules(rules.toArray(IRule[]::new));
	}

	/** The grammar's word keywords (punctuation is not coloured). */
	static Set<String> keywords() {
		IGrammarAccess grammar = EditorPlugin.get().language().getInstance(IGrammarAccess.class);
		Set<String> words = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (!keyword.isEmpty() && Character.isLetter(keyword.charAt(0))) {
				words.add(keyword);
			}
		}
		return words;
	}

	private static IToken token(String key, RGB colour, int style) {
		ColorRegistry colours = JFaceResources.getColorRegistry();
		if (!colours.hasValueFor(key)) {
			colours.put(key, colour);
		}
		return new Token(new TextAttribute(colours.get(key), null, style));
	}

	/** Names and keywords: letters (å, ä, ö too), digits, '-' and '_'. */
	static final class NameDetector implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '-';
		}
	}
}
