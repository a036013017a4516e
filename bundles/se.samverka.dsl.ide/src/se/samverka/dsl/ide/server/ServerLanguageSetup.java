/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.server;

import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import se.samverka.dsl.SamverkaRuntimeModule;
import se.samverka.dsl.ide.SamverkaIdeModule;
import se.samverka.dsl.ide.SamverkaIdeSetup;
import se.samverka.dsl.workspace.ModelFolder;

/**
 * The Samverka language as one language server instance runs it: the IDE services, files seeing
 * their own folder only, and registered in the server's own registry rather than EMF's global
 * one, so that a server started inside the workbench leaves the editor's registration alone
 * (hence also {@link ServerChangeSerializer}).
 */
final class ServerLanguageSetup extends SamverkaIdeSetup {
	private final IResourceServiceProvider.Registry registry;

	ServerLanguageSetup(IResourceServiceProvider.Registry registry) {
		this.registry = registry;
	}

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new SamverkaRuntimeModule(), new SamverkaIdeModule(), binder -> {
			binder.bind(IContainer.Manager.class).to(SameFolderContainerManager.class);
			binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry);
			binder.bind(IChangeSerializer.class).to(ServerChangeSerializer.class);
		}));
	}

	@Override
	public void register(Injector injector) {
		registry.getExtensionToFactoryMap().put(ModelFolder.EXTENSION,
				injector.getInstance(IResourceServiceProvider.class));
	}
}
