/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.model.Person;
import se.samverka.formats.ExportRequest;

/**
 * Every string of Botkyrka's model replaced by a script-injection payload, everyone marked public so
 * that contact details are published too: Chromium opens every page and diagram of the web site, no
 * payload runs (a run would put the word the payload assembles into the DOM), and each payload is
 * shown as the text it is.
 */
class ScriptInjectionTest {
	/** Each builds the marker from two halves, so only running it can put the marker in the DOM. */
	private static final List<String> PAYLOADS = List.of(
			"<script>document.title='INJECTED'+'RAN'</script>",
			"<img src=x onerror=\"document.title='INJECTED'+'RAN'\">",
			"\"><svg onload=\"document.title='INJECTED'+'RAN'\">",
			"'><iframe srcdoc=\"<script>parent.document.title='INJECTED'+'RAN'</script>\"></iframe>",
			"</title><script>document.title='INJECTED'+'RAN'</script>",
			"]]><script>document.title='INJECTED'+'RAN'</script><![CDATA[",
			"&lt;script&gt;document.title='INJECTED'+'RAN'&lt;/script&gt;",
			"<a href=\"javascript:document.title='INJECTED'+'RAN'\">klicka</a>",
			"x@y.se\"><script>document.title='INJECTED'+'RAN'</script>",
			"<style>@import 'javascript:INJECTED'+'RAN';</style>åäö");

	@TempDir
	Path temporary;

	@Test
	void noPayloadRunsAndEachIsShownAsText() throws Exception {
		Resource resource = Examples.resource(Examples.BOTKYRKA);
		int replaced = poison(resource);
		assertTrue(replaced > 200, "strings replaced: " + replaced);
		Path site = temporary.resolve("site");
		Exports.format("html").write(ExportRequest.of(resource), site, false);
		StringBuilder all = new StringBuilder();
		List<Path> pages;
		try (Stream<Path> files = Files.list(site)) {
			pages = files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".svg")).sorted().toList();
		}
		assertTrue(pages.size() > 10, pages.toString());
		for (Path page : pages) {
			String dom = Chromium.dom(page);
			assertFalse(dom.contains("INJECTEDRAN"), "a payload ran in " + page.getFileName());
			all.append(dom);
		}
		for (String payload : PAYLOADS) {
			assertTrue(all.indexOf(asText(payload)) >= 0, "shown as text: " + payload);
		}
	}

	/** Sets every string attribute of every object of the loaded files to a payload, in turn. */
	private static int poison(Resource resource) {
		int replaced = 0;
		List<EObject> objects = new ArrayList<>();
		for (Resource each : resource.getResourceSet().getResources()) {
			each.getAllContents().forEachRemaining(objects::add);
		}
		for (EObject object : objects) {
			if (object instanceof Person person) {
				person.setPublic(true);
			}
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute.getEType() != EcorePackage.Literals.ESTRING || !attribute.isChangeable()) {
					continue;
				}
				if (attribute.isMany()) {
					@SuppressWarnings("unchecked")
					EList<String> values = (EList<String>) object.eGet(attribute);
					for (int i = 0; i < values.size(); i++) {
						values.set(i, PAYLOADS.get(replaced++ % PAYLOADS.size()));
					}
				} else if (object.eGet(attribute) != null) {
					object.eSet(attribute, PAYLOADS.get(replaced++ % PAYLOADS.size()));
				}
			}
		}
		return replaced;
	}

	/** The payload as Chromium serialises it in a text node. */
	private static String asText(String payload) {
		return payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
