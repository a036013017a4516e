/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.samverka.exchange.ModelSet;
import se.samverka.exchange.ModelTexts;
import se.samverka.exchange.json.JsonFormat;
import se.samverka.exchange.xmi.XmiFormat;
import se.samverka.model.Model;

/** XMI and JSON carry the seed models there and back with nothing lost, and back again to .samverkan text. */
class ModelRoundTripTest {

	static List<String> examples() {
		return Examples.FILES;
	}

	@ParameterizedTest
	@MethodSource("examples")
	void xmiThereAndBackIsTheSameModel(String file) throws Exception {
		ModelSet models = Examples.load(file);
		byte[] xmi = XmiFormat.write(models);
		List<Model> read = XmiFormat.read(new ByteArrayInputStream(xmi));
		assertEquals(models.entries().size(), read.size());
		assertTrue(new EcoreUtil.EqualityHelper().equals(originals(models), Examples.models(read)), file);
		assertTrue(new String(xmi, StandardCharsets.UTF_8).contains("Närpolisområde") || !file.startsWith("botkyrka"),
				"å, ä and ö are written as they are");
	}

	@ParameterizedTest
	@MethodSource("examples")
	void jsonThereAndBackIsTheSameModel(String file) throws Exception {
		ModelSet models = Examples.load(file);
		String json = JsonFormat.write(models);
		List<ModelSet.Entry> read = JsonFormat.read(new StringReader(json));
		assertEquals(models.entries().stream().map(ModelSet.Entry::fileName).toList(),
				read.stream().map(ModelSet.Entry::fileName).toList(), "the file names travel along");
		assertTrue(new EcoreUtil.EqualityHelper().equals(originals(models),
				Examples.models(read.stream().map(ModelSet.Entry::model).toList())), file);
		assertEquals(json, JsonFormat.write(new ModelSet(read)), "writing what was read gives the same JSON");
	}

	@ParameterizedTest
	@MethodSource("examples")
	void importedModelsAreWrittenAsTextThatParsesToTheSameModel(String file) throws Exception {
		ModelSet models = Examples.load(file);
		List<ModelSet.Entry> read = JsonFormat.read(new StringReader(JsonFormat.write(models)));
		Map<String, String> texts = ModelTexts.of(read, Examples.LANGUAGE);
		XtextResourceSet parsed = Examples.LANGUAGE.getInstance(XtextResourceSet.class);
		for (var text : texts.entrySet()) {
			XtextResource resource = (XtextResource) parsed.createResource(URI.createURI("memory:/" + text.getKey()));
			resource.load(new ByteArrayInputStream(text.getValue().getBytes(StandardCharsets.UTF_8)), Map.of());
			assertTrue(resource.getErrors().isEmpty(), text.getKey() + ": " + resource.getErrors());
		}
		EcoreUtil.resolveAll(parsed);
		List<EObject> roots = parsed.getResources().stream().map(r -> r.getContents().get(0)).toList();
		assertTrue(new EcoreUtil.EqualityHelper().equals(originals(models), roots), file);
	}

	private static List<EObject> originals(ModelSet models) {
		return models.entries().stream().map(entry -> (EObject) entry.model()).toList();
	}
}
