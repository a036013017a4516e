/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.validation;

import java.util.function.Supplier;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import se.samverka.validation.Severities;

/**
 * The severities chosen outside the models' folder, kept on the resource set the models are
 * loaded into: the workspace's defaults below the project settings file, the command line's
 * {@code --severity} above it. Kept on the resource set rather than in a service, so that each
 * run of the command line and each language server has its own.
 */
public final class SeverityChoices extends AdapterImpl {
	private static final SeverityChoices NONE = new SeverityChoices(Severities::none, Severities.none());

	private final Supplier<Severities> workspace;
	private final Severities commandLine;

	private SeverityChoices(Supplier<Severities> workspace, Severities commandLine) {
		this.workspace = workspace;
		this.commandLine = commandLine;
	}

	/**
	 * Sets the choices for every model of the resource set.
	 *
	 * @param workspace   the workspace's defaults, asked again at each validation (a preference may change)
	 * @param commandLine the command line's choices
	 */
	public static void attach(ResourceSet resources, Supplier<Severities> workspace, Severities commandLine) {
		resources.eAdapters().removeIf(SeverityChoices.class::isInstance);
		resources.eAdapters().add(new SeverityChoices(workspace, commandLine));
	}

	static SeverityChoices of(Resource resource) {
		ResourceSet resources = resource == null ? null : resource.getResourceSet();
		if (resources != null) {
			for (Object adapter : resources.eAdapters()) {
				if (adapter instanceof SeverityChoices choices) {
					return choices;
				}
			}
		}
		return NONE;
	}

	Severities workspace() {
		return workspace.get();
	}

	Severities commandLine() {
		return commandLine;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == SeverityChoices.class;
	}
}
