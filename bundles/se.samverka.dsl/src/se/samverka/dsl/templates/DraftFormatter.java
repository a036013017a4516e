/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

import se.samverka.dsl.workspace.ModelFormatter;

/**
 * Writes a template's text as the file's text: parsed into the model, which proves that it
 * parses, and laid out by the language's formatter as {@code ./samverka format} lays files out.
 * The templates write text rather than build the model, because their comments and the order of
 * their blocks are part of what the user reads, and the serializer places neither for new elements.
 */
public class DraftFormatter {
	@Inject
	private IResourceFactory resourceFactory;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private ModelFormatter formatter;

	/**
	 * @throws IllegalStateException when the text does not parse, which is a fault of the
	 *             template, never of the request
	 */
	public String format(String text) {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) resourceFactory.createResource(URI.createURI("template:/ny.samverkan"));
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalStateException("the template for a new agreement does not parse: "
					+ resource.getErrors().get(0).getMessage() + " on line " + resource.getErrors().get(0).getLine()
					+ "\n" + text);
		}
		return formatter.format(resource);
	}
}
