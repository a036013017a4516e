/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Injector;

import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Agreement;
import se.samverka.model.Model;

/** The example models of examples/, loaded as the command line loads them. */
public final class Examples {
	public static final String BOTKYRKA = "botkyrka";
	public static final String JARVA = "jarva";
	public static final String SPANGA_TENSTA = "spanga-tensta";
	public static final String KUNGALV = "kungalv";
	public static final String GOTEBORG_CENTRUM = "goteborg-centrum";

	private Examples() {
	}

	public static Path root() {
		String configured = System.getProperty("samverka.examples");
		Path root = configured != null ? Path.of(configured) : Path.of("../../examples");
		assertTrue(Files.isDirectory(root), "examples folder not found at " + root.toAbsolutePath());
		return root;
	}

	public static List<String> folders() {
		return List.of(BOTKYRKA, JARVA, SPANGA_TENSTA, KUNGALV, GOTEBORG_CENTRUM);
	}

	public static List<Path> files(String folder) {
		try (Stream<Path> files = Files.list(root().resolve(folder))) {
			return files.filter(p -> p.toString().endsWith(".samverkan")).sorted().toList();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** Loads every file of an example folder, asserting that it parses and links without errors. */
	public static ModelFolder load(Injector injector, String folder) {
		ModelFolder models = injector.getInstance(ModelFolder.class);
		try {
			models.load(files(folder));
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		for (Resource resource : models.resourceSet().getResources()) {
			assertEquals(List.of(), resource.getErrors(), "syntax or link errors in " + resource.getURI());
		}
		return models;
	}

	/** The agreement of the given name among all files of a loaded folder. */
	public static Agreement agreement(ModelFolder models, String name) {
		return models.resourceSet().getResources().stream().flatMap(r -> r.getContents().stream())
				.map(Model.class::cast).flatMap(m -> m.getAgreements().stream())
				.filter(a -> name.equals(a.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no agreement " + name));
	}
}
