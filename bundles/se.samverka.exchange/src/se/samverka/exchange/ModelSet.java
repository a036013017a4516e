/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import se.samverka.model.Model;

/**
 * What is exchanged: the models of one file and of the files it refers to (the other files of
 * its folder), each with the name of the .samverkan file it came from, the requested file first.
 * Exported together, nothing the file refers to is lost.
 */
public record ModelSet(List<Entry> entries) {

	public record Entry(String fileName, Model model) {
	}

	/** The requested resource first, then the other resources of its resource set that hold a model. */
	public static ModelSet of(Resource requested) {
		List<Entry> entries = new ArrayList<>();
		add(entries, requested);
		for (Resource other : requested.getResourceSet().getResources()) {
			if (other != requested) {
				add(entries, other);
			}
		}
		return new ModelSet(List.copyOf(entries));
	}

	private static void add(List<Entry> entries, Resource resource) {
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
			entries.add(new Entry(resource.getURI().lastSegment(), model));
		}
	}

	public Model first() {
		return entries.get(0).model();
	}
}
