/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

import se.samverka.dsl.ide.hover.ElementDescriptions;

/** Beside each outline entry: what kind of element it is and its readable title. */
public class SamverkaSymbolDetails extends DocumentSymbolDetailsProvider {
	@Override
	public String getDetails(EObject element) {
		return ElementDescriptions.kindAndTitle(element);
	}
}
