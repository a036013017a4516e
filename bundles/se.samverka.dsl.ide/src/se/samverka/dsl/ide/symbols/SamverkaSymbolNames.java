/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

import se.samverka.model.NamedElement;

/** The outline nests elements, so each shows its own name ("Styrgruppen", not "Underavtal.Styrgruppen"). */
public class SamverkaSymbolNames extends DocumentSymbolNameProvider {
	@Override
	public String getName(EObject element) {
		if (element instanceof NamedElement named && named.getName() != null) {
			return named.getName();
		}
		return super.getName(element);
	}
}
