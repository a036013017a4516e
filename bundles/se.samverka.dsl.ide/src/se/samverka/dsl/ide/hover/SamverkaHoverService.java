/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;

/** Hovering a name shows what it refers to: kind, title and description, in the user's language. */
public class SamverkaHoverService extends HoverService {
	@Override
	public String getContents(EObject element) {
		return element == null ? null : ElementDescriptions.markdown(element);
	}
}
