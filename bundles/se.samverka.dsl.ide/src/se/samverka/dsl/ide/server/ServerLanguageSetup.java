package se.samverka.dsl.ide.server;

import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import se.samverka.dsl.SamverkaRuntimeModule;
import se.samverka.dsl.ide.SamverkaIdeModule;
import se.samverka.dsl.ide.SamverkaIdeSetup;

/**
 * The Samverka language as one language server instance runs it: the IDE services, files seeing
 * their own folder only, and registered in the server's own registry rather than EMF's global
 * one, so that a server started inside the workbench leaves the editor's registration alone.
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
		}));
	}

	@Override
	public void register(Injector injector) {
		registry.getExtensionToFactoryMap().put(se.samverka.dsl.workspace.ModelFolder.EXTENSION,
				injector.getInstance(IResourceServiceProvider.class));
		// Xtext's change serializer (rename) looks languages up in EMF's global registry: if no
		// one registered Samverka there yet, this server's registration serves
		IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent(
				se.samverka.dsl.workspace.ModelFolder.EXTENSION, injector.getInstance(IResourceServiceProvider.class));
	}
}
