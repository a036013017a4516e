/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Injector;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.exchange.ModelSet;

/** The seed models as the command line loads them: a file with the other files of its folder. */
final class Examples {
	static final Injector LANGUAGE = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration();
	static final List<String> FILES = List.of("botkyrka/underavtal.samverkan", "jarva/jarva.samverkan",
			"spanga-tensta/spanga-tensta.samverkan", "kungalv/medborgarlofte-2020-2021.samverkan",
			"goteborg-centrum/medborgarloften.samverkan");

	private Examples() {
	}

	static Path path(String file) {
		return Path.of(System.getProperty("samverka.examples", "../../examples")).resolve(file);
	}

	static ModelSet load(String file) throws Exception {
		ModelFolder folder = LANGUAGE.getInstance(ModelFolder.class);
		Path path = path(file);
		folder.load(List.of(path));
		Resource resource = folder.requested().get(path);
		org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resource.getResourceSet());
		return ModelSet.of(resource);
	}

	static List<EObject> models(List<? extends EObject> models) {
		return new ArrayList<>(models);
	}
}
