/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;


/**
 * Nothing is lost between the forms a model takes: written out by the serializer (without the
 * original text) and parsed again, or saved as XMI and loaded again, each example is equal to
 * the model parsed from its files, references across files included.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SamverkaInjectorProvider.class)
class RoundTripTest {
	@Inject
	private Injector injector;

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path temp;

	static List<String> folders() {
		return Examples.folders();
	}

	@ParameterizedTest
	@MethodSource("folders")
	void serializeThenParseGivesAnEqualModel(String folder) throws IOException {
		ResourceSet original = Examples.load(injector, folder).resourceSet();
		// copies have no node model, so the serializer must write every token itself
		XtextResourceSet copies = copyInto(resourceSets.get(), original, "samverkan");
		XtextResourceSet reparsed = resourceSets.get();
		for (Resource copy : copies.getResources()) {
			String text = serializer.serialize(copy.getContents().get(0),
					SaveOptions.newBuilder().format().getOptions());
			Resource parsed = reparsed.createResource(copy.getURI());
			parsed.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			assertEquals(List.of(), parsed.getErrors(), "serialized text does not parse:\n" + text);
		}
		EcoreUtil.resolveAll(reparsed);
		assertModelsEqual(original, reparsed);
	}

	@ParameterizedTest
	@MethodSource("folders")
	void saveAsXmiThenLoadGivesAnEqualModel(String folder) throws IOException {
		ResourceSet original = Examples.load(injector, folder).resourceSet();
		ResourceSet xmi = xmiResourceSet();
		copyInto(xmi, original, "xmi");
		for (Resource resource : xmi.getResources()) {
			resource.save(null);
			assertTrue(Files.size(Path.of(resource.getURI().toFileString())) > 0);
		}
		ResourceSet loaded = xmiResourceSet();
		for (Resource resource : xmi.getResources()) {
			loaded.getResource(resource.getURI(), true);
		}
		EcoreUtil.resolveAll(loaded);
		assertModelsEqual(original, loaded);
	}

	private <T extends ResourceSet> T copyInto(T target, ResourceSet source, String extension) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<Resource> sources = sorted(source);
		for (Resource resource : sources) {
			String name = URI.createURI(resource.getURI().lastSegment()).trimFileExtension().lastSegment();
			Resource copy = target.createResource(
					URI.createFileURI(temp.resolve(name + "." + extension).toString()));
			copy.getContents().addAll(copier.copyAll(resource.getContents()));
		}
		copier.copyReferences();
		return target;
	}

	private static ResourceSet xmiResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		return set;
	}

	private static void assertModelsEqual(ResourceSet expected, ResourceSet actual) {
		List<EObject> expectedRoots = roots(expected);
		List<EObject> actualRoots = roots(actual);
		assertEquals(expectedRoots.size(), actualRoots.size());
		EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
		for (int i = 0; i < expectedRoots.size(); i++) {
			assertTrue(equality.equals(expectedRoots.get(i), actualRoots.get(i)),
					"model differs after the round trip: " + expectedRoots.get(i).eResource().getURI());
		}
	}

	private static List<EObject> roots(ResourceSet set) {
		List<EObject> roots = new ArrayList<>();
		for (Resource resource : sorted(set)) {
			roots.addAll(resource.getContents());
		}
		return roots;
	}

	private static List<Resource> sorted(ResourceSet set) {
		return set.getResources().stream()
				.sorted(Comparator.comparing(r -> URI.createURI(r.getURI().lastSegment()).trimFileExtension()
						.lastSegment()))
				.toList();
	}

}
