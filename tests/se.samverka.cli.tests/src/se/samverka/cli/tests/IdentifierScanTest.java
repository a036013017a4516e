/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Agreement;
import se.samverka.model.NamedElement;
import se.samverka.model.derived.Titles;

/**
 * No output shows a reader a model's name where the element has a title: every document (Word,
 * PDF, PDF/A; the agreement, its communication plan, a promise's follow-up), the web site, the
 * spreadsheet and CSV, every view's SVG, and the GraphML, DOT and OEF exports of every agreement
 * of every example are read back as their reader sees them, and searched for each name that is not
 * what the element is called: a name that differs from the element's title, or, for an element
 * without a title, a name that is not a plain word ("SamordnarePolisen", "Centrum2017"). A plain
 * word that the model's own texts use ("Styrgruppen", "BRÅ") cannot be told from them and is not
 * searched for. Identifiers meant as identifiers (XML ids, the spreadsheet's id columns) are
 * not part of what is read.
 */
class IdentifierScanTest {
	private static final List<String> VIEWS = List.of("governance", "traceability", "communication");
	private static final List<String> DOCUMENTS = List.of("agreement", "communication", "followup");
	private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Lu}*\\p{Ll}*");

	@TempDir
	Path folder;

	private final List<String> leaks = new ArrayList<>();
	private final Set<String> written = new TreeSet<>();
	private int outputs;

	@Test
	void noOutputOfAnyExampleShowsAModelName() throws Exception {
		List<Path> files;
		try (Stream<Path> all = Files.walk(Examples.file(""))) {
			files = all.filter(file -> file.toString().endsWith(".samverkan")).sorted().toList();
		}
		assertTrue(files.size() >= 10, "the examples: " + files);
		for (Path file : files) {
			ModelFolder models = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(ModelFolder.class);
			models.load(List.of(file));
			List<Name> names = namesNotShown(models.resourceSet().getResources());
			for (EObject root : models.requested().get(file).getContents()) {
				for (EObject element : root.eContents()) {
					if (element instanceof Agreement agreement) {
						scanEveryOutput(file, agreement.getName(), names);
					}
				}
			}
		}
		// the scan reads what it means to: each kind of output was written for some example
		for (String kind : List.of("docx agreement", "docx communication", "docx followup", "pdf agreement",
				"pdf followup", "pdfa agreement", "html", "xlsx", "csv", "oef", "svg governance", "svg traceability",
				"svg communication", "graphml governance", "dot traceability")) {
			assertTrue(written.contains(kind), "no example wrote " + kind + "; written: " + written);
		}
		assertTrue(outputs > 100, "outputs read: " + outputs);
		assertEquals(List.of(), leaks);
	}

	private void scanEveryOutput(Path file, String agreement, List<Name> names) throws Exception {
		for (String format : List.of("docx", "pdf", "pdfa")) {
			for (String document : DOCUMENTS) {
				export(file, agreement, names, format + " " + document, "export", "--format", format, "--document", document);
			}
		}
		for (String format : List.of("html", "xlsx", "csv", "oef")) {
			export(file, agreement, names, format, "export", "--format", format);
		}
		for (String view : VIEWS) {
			for (String format : List.of("svg", "graphml", "dot")) {
				export(file, agreement, names, format + " " + view, "diagram", "--format", format, "--view", view);
			}
		}
	}

	/** Runs the command; when it writes the output (a promise has no communication plan), scans what a reader sees. */
	private void export(Path file, String agreement, List<Name> names, String what, String... command)
			throws Exception {
		String format = command[2];
		Path target = folder.resolve(file.getFileName() + "-" + agreement + "-" + what.replace(' ', '-') + "." + format);
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(List.of("--agreement", agreement, file.toString(), "-o", target.toString()));
		CommandRun run = CommandRun.of(args.toArray(String[]::new));
		if (run.status() != 0 || !Files.exists(target)) {
			return;
		}
		written.add(what);
		outputs++;
		String text = ReaderText.of(format, target).replace('\u00a0', ' ');
		for (Name name : names) {
			String seen = text;
			// a name inside a text of the model ("BF-samordnare (kommunpolis)") is the model's text, not the name
			for (String containing : name.inTexts()) {
				seen = seen.replace(containing, " ");
			}
			Matcher found = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name.name()) + "(?![\\p{L}\\p{N}_])")
					.matcher(seen);
			if (found.find()) {
				String around = seen.substring(Math.max(0, found.start() - 40), Math.min(seen.length(), found.end() + 40))
						.replaceAll("\\s+", " ");
				leaks.add(Examples.file("").relativize(file) + " " + agreement + ", " + what + ": " + name.name() + " ("
						+ name.instead() + ") in «" + around + "»");
			}
		}
	}

	/** A name a reader must not see, what the element is called instead, and the model's texts that contain it. */
	private record Name(String name, String instead, List<String> inTexts) {
	}

	/**
	 * The names a reader must not see, each with what the element is called instead: names that
	 * differ from the element's title, and names of untitled elements that are not plain words.
	 */
	private static List<Name> namesNotShown(Collection<Resource> resources) {
		Set<String> texts = new TreeSet<>();
		List<NamedElement> named = new ArrayList<>();
		for (Resource resource : resources) {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject element = all.next();
				if (element instanceof NamedElement one && one.getName() != null) {
					named.add(one);
				}
				for (EAttribute attribute : element.eClass().getEAllAttributes()) {
					if (attribute.getEAttributeType().getInstanceClass() == String.class && !attribute.getName().equals("name")) {
						Object value = element.eGet(attribute);
						for (Object text : value instanceof Collection<?> many ? many : java.util.Collections.singletonList(value)) {
							if (text instanceof String string) {
								texts.add(string.replace('\u00a0', ' '));
							}
						}
					}
				}
			}
		}
		Set<String> words = new TreeSet<>();
		texts.forEach(text -> words.addAll(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))));
		Map<String, Name> names = new LinkedHashMap<>();
		for (NamedElement element : named) {
			String name = element.getName();
			String title = Titles.of(element);
			boolean plainWord = PLAIN_WORD.matcher(name).matches();
			if (name.equals(title) || plainWord && (title == null || words.contains(name.toLowerCase(Locale.ROOT)))) {
				continue;
			}
			String instead = title != null ? "\u201d" + title + "\u201d" : element.eClass().getName() + " without title";
			names.putIfAbsent(name, new Name(name, instead, texts.stream().filter(text -> text.contains(name)).toList()));
		}
		return List.copyOf(names.values());
	}
}
