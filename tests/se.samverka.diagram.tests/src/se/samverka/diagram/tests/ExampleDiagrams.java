/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import java.nio.file.Path;
import java.util.List;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.pipeline.DiagramPipeline;
import se.samverka.diagram.pipeline.DiagramRequest;
import se.samverka.diagram.model.Diagram;
import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.validation.ModelValidator;

/** A view of an example's first agreement, generated with its findings, filtered and laid out. */
final class ExampleDiagrams {
	private ExampleDiagrams() {
	}

	static Diagram laidOut(String folder, String file, DiagramView view, DiagramFilter filter) {
		Path examples = Path.of(System.getProperty("samverka.examples", "../../examples"));
		ModelFolder models = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(ModelFolder.class);
		Path path = examples.resolve(folder).resolve(file);
		try {
			models.load(List.of(path));
		} catch (Exception unreadable) {
			throw new IllegalStateException("the example " + path + " cannot be read", unreadable);
		}
		Model model = (Model) models.requested().get(path).getContents().get(0);
		Agreement agreement = model.getAgreements().get(0);
		return DiagramPipeline
				.laidOut(new DiagramRequest(agreement, view, filter, new ModelValidator().validate(model).findings()));
	}
}
