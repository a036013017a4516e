/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Injector;

import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.ModelFormatter;
import se.samverka.model.Model;

/** Every example is laid out the one way the formatter lays it out, and formatting is stable. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SamverkaInjectorProvider.class)
class FormattingTest {
	@Inject
	private Injector injector;

	@Inject
	private ModelFormatter formatter;

	@Inject
	private ParseHelper<Model> parser;

	static java.util.List<Path> exampleFiles() {
		return Examples.folders().stream().flatMap(f -> Examples.files(f).stream()).toList();
	}

	@ParameterizedTest
	@MethodSource("exampleFiles")
	void exampleIsAlreadyFormatted(Path file) throws IOException {
		ModelFolder models = Examples.load(injector, file.getParent().getFileName().toString());
		Resource resource = models.resourceSet().getResources().stream()
				.filter(r -> r.getURI().lastSegment().equals(file.getFileName().toString())).findFirst()
				.orElseThrow();
		assertEquals(Files.readString(file, StandardCharsets.UTF_8), formatter.format((XtextResource) resource),
				"run ./samverka format " + file);
	}

	@Test
	void messyTextGetsOneLayoutAndFormattingAgainChangesNothing() throws Exception {
		String messy = "organisation   Polisen \"Närpolisområde Botkyrka\"{typ polis orgnr \"202100-0076\"\n\n\n"
				+ "funktion Polismästare \"Polismästare\"}område Tullinge avtal A{typ underavtal parter Polisen "
				+ "giltighet{från 2014-12-01 till 2015-12-31}styrgrupp S{medlem Polismästare sammanträder 2 gånger per år}}";
		String once = formatter.format((XtextResource) parser.parse(messy).eResource());
		String expected = """
				organisation Polisen "Närpolisområde Botkyrka" {
					typ polis
					orgnr "202100-0076"

					funktion Polismästare "Polismästare"
				}

				område Tullinge

				avtal A {
					typ underavtal
					parter Polisen
					giltighet {
						från 2014-12-01 till 2015-12-31
					}
					styrgrupp S {
						medlem Polismästare
						sammanträder 2 gånger per år
					}
				}
				""";
		assertEquals(expected, once);
		assertEquals(once, formatter.format((XtextResource) parser.parse(once).eResource()));
	}

	@Test
	void anOutcomeListsWhatWasDoneAndItsSourceOneLineEachAndStaysSo() throws Exception {
		String oneLine = "organisation Polisen { typ polis } avtal A { typ medborgarlöften parter Polisen "
				+ "lägesbild L { källa K \"Uppföljning\" } uppföljningsplan U { utfall Närvaro minst 200 genomfört "
				+ "\"Uppfyllt\" gjort \"Avvisningar\" gjort \"Hundsök\" källa K utfall Närvaro 3 källa K } "
				+ "medborgarlöfte Närvaro \"Närvaro vid 200 tillfällen.\" }";
		String once = formatter.format((XtextResource) parser.parse(oneLine).eResource());
		String expected = """
				organisation Polisen {
					typ polis
				}

				avtal A {
					typ medborgarlöften
					parter Polisen
					lägesbild L {
						källa K "Uppföljning"
					}
					uppföljningsplan U {
						utfall Närvaro minst 200 genomfört "Uppfyllt"
							gjort "Avvisningar"
							gjort "Hundsök"
							källa K
						utfall Närvaro 3 källa K
					}
					medborgarlöfte Närvaro "Närvaro vid 200 tillfällen."
				}
				""";
		assertEquals(expected, once);
		assertEquals(once, formatter.format((XtextResource) parser.parse(once).eResource()));
	}
}
