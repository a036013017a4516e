/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;

/**
 * Pins which rules each seed model breaks, and how often: the list in docs/validation.md, where
 * each is explained. They are real findings about the seed documents, not bugs to hide.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SamverkaInjectorProvider.class)
class ExampleFindingsTest {
	@Inject
	private Injector injector;

	@Test
	void botkyrka() {
		assertEquals(expected(
				"avtalet.samverkan N5=2",
				"underavtal.samverkan C1=1",
				"underavtal.samverkan G8=12",
				"underavtal.samverkan L2=1",
				"underavtal.samverkan N2=1",
				"underavtal.samverkan P4=7",
				"underavtal.samverkan P7=8",
				"underavtal.samverkan P8=9",
				"underavtal.samverkan P9=8"), findings(Examples.BOTKYRKA));
	}

	@Test
	void jarva() {
		assertEquals(expected(
				"jarva.samverkan C1=1",
				"jarva.samverkan C2=2",
				"jarva.samverkan F1=1",
				"jarva.samverkan G1=1",
				"jarva.samverkan G2=1",
				"jarva.samverkan G8=3",
				"jarva.samverkan G9=2",
				"jarva.samverkan N3=1",
				"jarva.samverkan N5=2",
				"jarva.samverkan P1=5",
				"jarva.samverkan P2=5"), findings(Examples.JARVA));
	}

	@Test
	void spangaTensta() {
		assertEquals(expected(
				"spanga-tensta.samverkan C2=2",
				"spanga-tensta.samverkan F1=1",
				"spanga-tensta.samverkan G1=1",
				"spanga-tensta.samverkan G8=5",
				"spanga-tensta.samverkan G9=2",
				"spanga-tensta.samverkan N3=1",
				"spanga-tensta.samverkan N5=2"), findings(Examples.SPANGA_TENSTA));
	}

	@Test
	void kungalv() {
		assertEquals(expected(
				"medborgarlofte-2017-2018.samverkan L2=1",
				"medborgarlofte-2017-2018.samverkan M1=3",
				"medborgarlofte-2017-2018.samverkan M5=5",
				"medborgarlofte-2017-2018.samverkan N5=2",
				"medborgarlofte-2018-2019.samverkan L2=1",
				"medborgarlofte-2018-2019.samverkan M1=4",
				"medborgarlofte-2018-2019.samverkan M2=1",
				"medborgarlofte-2018-2019.samverkan M5=3",
				"medborgarlofte-2018-2019.samverkan N5=2",
				"medborgarlofte-2020-2021.samverkan L2=1",
				"medborgarlofte-2020-2021.samverkan M1=4",
				"medborgarlofte-2020-2021.samverkan M5=5"), findings(Examples.KUNGALV));
	}

	@Test
	void goteborgCentrum() {
		assertEquals(expected(
				"medborgarloften.samverkan L2=4",
				"medborgarloften.samverkan M1=7",
				"medborgarloften.samverkan M5=4",
				"medborgarloften.samverkan N4=3",
				"medborgarloften.samverkan N5=5"), findings(Examples.GOTEBORG_CENTRUM));
	}

	private static Map<String, Integer> expected(String... entries) {
		Map<String, Integer> counts = new TreeMap<>();
		for (String entry : entries) {
			int at = entry.lastIndexOf('=');
			counts.put(entry.substring(0, at), Integer.parseInt(entry.substring(at + 1)));
		}
		return counts;
	}

	private Map<String, Integer> findings(String folder) {
		ModelFolder models = Examples.load(injector, folder);
		Map<String, Integer> counts = new TreeMap<>();
		for (Path file : Examples.files(folder)) {
			// validate each file as loaded with its folder
			Path key = models.requested().keySet().stream().filter(p -> p.equals(file)).findFirst().orElseThrow();
			for (Problem problem : models.validate(key, CancelIndicator.NullImpl)) {
				counts.merge(file.getFileName() + " " + problem.code(), 1, Integer::sum);
			}
		}
		return counts;
	}
}
