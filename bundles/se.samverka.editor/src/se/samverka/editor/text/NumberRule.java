/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.editor.text;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/** Numbers, decimals and ISO dates (2024-01-31) as one token each. */
final class NumberRule implements IRule {
	private final IToken token;

	NumberRule(IToken token) {
		this.token = token;
	}

	@Override
	public IToken evaluate(ICharacterScanner scanner) {
		int c = scanner.read();
		if (!Character.isDigit(c)) {
			scanner.unread();
			return Token.UNDEFINED;
		}
		do {
			c = scanner.read();
		} while (Character.isDigit(c) || c == '-' || c == '.' || c == ',');
		scanner.unread();
		return token;
	}
}
