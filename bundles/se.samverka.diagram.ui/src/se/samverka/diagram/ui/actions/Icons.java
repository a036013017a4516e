/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.actions;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** The view's tool bar icons, drawn as SVG in icons/. */
final class Icons {
	private Icons() {
	}

	static ImageDescriptor of(String name) {
		return ResourceLocator.imageDescriptorFromBundle("se.samverka.diagram.ui", "icons/" + name + ".svg")
				.orElse(null);
	}
}
