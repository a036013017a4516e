/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;

import se.samverka.model.Organisation;
import se.samverka.model.Role;
import se.samverka.model.Titled;
import se.samverka.model.derived.Titles;
import se.samverka.model.labels.KindNames;

/** How an element introduces itself to a user: its kind in words, its title, its description. */
public final class ElementDescriptions {
	private ElementDescriptions() {
	}

	/** "funktion: Polismästare (Närpolisområde Botkyrka)", "organ: Styrgrupp". */
	public static String kindAndTitle(EObject element) {
		StringBuilder text = new StringBuilder(KindNames.of(element.eClass()));
		String title = title(element);
		if (title != null) {
			text.append(": ").append(title);
		}
		if (element instanceof Role role && role.eContainer() instanceof Organisation organisation) {
			text.append(" (").append(title(organisation) != null ? title(organisation) : organisation.getName())
					.append(')');
		}
		return text.toString();
	}

	/** Markdown for a hover: the kind and title in bold, then the description if there is one. */
	public static String markdown(EObject element) {
		StringBuilder text = new StringBuilder("**").append(kindAndTitle(element)).append("**");
		String description = element instanceof Titled titled ? titled.getDescription() : null;
		if (description != null && !description.isBlank()) {
			text.append("\n\n").append(description);
		}
		return text.toString();
	}

	private static String title(EObject element) {
		return Titles.of(element);
	}

}
