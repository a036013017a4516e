/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.serializer.impl.ChangeSerializer;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Inject;

/**
 * Xtext's change serializer (rename, quick fixes that edit several files) finds the services of
 * the other files it updates in EMF's global registry; the server registers Samverka in its own.
 */
public class ServerChangeSerializer extends ChangeSerializer {
	@Inject
	private IResourceServiceProvider.Registry registry;

	@Override
	protected <T> T getService(URI uri, Class<T> type) {
		IResourceServiceProvider services = registry.getResourceServiceProvider(uri);
		return services != null ? services.get(type) : super.getService(uri, type);
	}
}
