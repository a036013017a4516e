/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.validation;

import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

import se.samverka.model.Model;
import se.samverka.validation.Finding;
import se.samverka.validation.ModelValidator;

/**
 * Keeps the rule catalogue's last result on the resource it was made for, so that the command
 * line can say how many findings were suppressed, and the diagram view can mark the findings,
 * without running the rules a second time.
 */
public final class LastValidation extends AdapterImpl {
	private ModelValidator.Result result;
	private Model validated;

	static void record(Model model, ModelValidator.Result result) {
		Resource resource = model.eResource();
		if (resource == null) {
			return;
		}
		LastValidation adapter = find(resource);
		if (adapter == null) {
			adapter = new LastValidation();
			resource.eAdapters().add(adapter);
		}
		adapter.result = result;
		adapter.validated = model;
	}

	/**
	 * The findings of the resource's model as of its last validation, or null if its current model has
	 * not been validated: the diagram view shows the language server's findings without running the
	 * rules again.
	 */
	public static List<Finding> findings(Resource resource) {
		LastValidation adapter = find(resource);
		if (adapter == null || adapter.result == null || resource.getContents().isEmpty()
				|| resource.getContents().get(0) != adapter.validated) {
			return null;
		}
		return adapter.result.findings();
	}

	/** The number of findings the model suppresses, as of its last validation (0 if never validated). */
	public static int suppressedCount(Resource resource) {
		LastValidation adapter = find(resource);
		return adapter == null || adapter.result == null ? 0 : adapter.result.suppressed().size();
	}

	private static LastValidation find(Resource resource) {
		for (Object adapter : resource.eAdapters()) {
			if (adapter instanceof LastValidation last) {
				return last;
			}
		}
		return null;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == LastValidation.class;
	}
}
