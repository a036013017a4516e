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
		Model model = model(folder, file);
		return laidOut(model, model.getAgreements().get(0), view, filter);
	}

	/** The model of an example file, read with the other files of its folder. */
	static Model model(String folder, String file) {
		return model(examples().resolve(folder).resolve(file));
	}

	/** The model of a file, read with the other files of its folder. */
	static Model model(Path path) {
		ModelFolder models = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(ModelFolder.class);
		try {
			models.load(List.of(path));
		} catch (Exception unreadable) {
			throw new IllegalStateException("the example " + path + " cannot be read", unreadable);
		}
		return (Model) models.requested().get(path).getContents().get(0);
	}

	/** A view of one agreement of a model, with the model's findings, filtered and laid out. */
	static Diagram laidOut(Model model, Agreement agreement, DiagramView view, DiagramFilter filter) {
		return DiagramPipeline
				.laidOut(new DiagramRequest(agreement, view, filter, new ModelValidator().validate(model).findings()));
	}

	static Path examples() {
		return Path.of(System.getProperty("samverka.examples", "../../examples"));
	}
}
