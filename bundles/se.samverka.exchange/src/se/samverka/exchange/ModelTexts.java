/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;

import com.google.inject.Injector;

import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.model.Organisation;

/**
 * Imported models written back as .samverkan text, one file each, in Samverka's one layout. All
 * texts are made in memory first, so an import that cannot be written leaves no file behind.
 */
public final class ModelTexts {
	private ModelTexts() {
	}

	/** File name → text, in the order of the models; names from the import or made from the model. */
	public static Map<String, String> of(List<ModelSet.Entry> models, Injector language) {
		XtextResourceSet set = language.getInstance(XtextResourceSet.class);
		Map<String, Resource> resources = new LinkedHashMap<>();
		for (ModelSet.Entry entry : models) {
			String name = unique(fileName(entry), resources);
			Resource resource = set.createResource(URI.createURI("import:/" + URI.encodeSegment(name, false)));
			resource.getContents().add(entry.model());
			resources.put(name, resource);
		}
		ISerializer serializer = language.getInstance(ISerializer.class);
		Map<String, String> texts = new LinkedHashMap<>();
		resources.forEach((name, resource) -> texts.put(name,
				serializer.serialize(resource.getContents().get(0), SaveOptions.newBuilder().format().getOptions())));
		return texts;
	}

	private static String fileName(ModelSet.Entry entry) {
		if (entry.fileName() != null && entry.fileName().endsWith(".samverkan")) {
			return entry.fileName();
		}
		Model model = entry.model();
		String name = model.getAgreements().stream().map(Agreement::getName).findFirst()
				.orElse(model.getOrganisations().stream().map(Organisation::getName).findFirst().orElse("modell"));
		return name + ".samverkan";
	}

	private static String unique(String name, Map<String, ?> taken) {
		String candidate = name;
		for (int i = 2; taken.containsKey(candidate); i++) {
			candidate = name.replace(".samverkan", "-" + i + ".samverkan");
		}
		return candidate;
	}
}
