/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Injector;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.Model;
import se.samverka.model.nls.Language;
import se.samverka.validation.Rule;
import se.samverka.validation.readiness.Readiness;

/**
 * {@code check-readiness} and {@code validate} agree on what a promise document needs: on the
 * published promises of Kungälv and Göteborg Centrum, each criterion of a promise document is met
 * exactly when validation (through Xtext, as the command line runs it) reports none of its rules
 * in that document, and no criterion asks for what validation does not (a steering group,
 * coordinators, measures).
 */
class ReadinessAgreesWithValidateTest {
	private static Injector injector;

	@BeforeAll
	static void setUp() {
		Language.use(Language.SWEDISH);
		injector = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@ParameterizedTest
	@ValueSource(strings = { "kungalv", "goteborg-centrum" })
	void eachCriterionOfAPromiseDocumentIsMetWhenValidateFindsNoneOfItsRules(String folder) throws IOException {
		XtextResourceSet set = load(folder);
		// what validate reports, per agreement
		Map<Agreement, List<String>> reported = new LinkedHashMap<>();
		for (Resource resource : List.copyOf(set.getResources())) {
			List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
					CancelIndicator.NullImpl);
			for (Issue issue : issues) {
				EObject element = set.getEObject(issue.getUriToProblem(), true);
				Agreement agreement = EcoreUtil2.getContainerOfType(element, Agreement.class);
				if (agreement != null) {
					reported.computeIfAbsent(agreement, a -> new ArrayList<>()).add(issue.getCode());
				}
			}
		}
		int documents = 0;
		int met = 0;
		int missing = 0;
		for (Agreement agreement : agreements(set)) {
			if (agreement.getKind() != AgreementKind.CITIZEN_PROMISE) {
				continue;
			}
			documents++;
			List<String> codes = reported.getOrDefault(agreement, List.of());
			for (Readiness.Step step : Readiness.of(agreement)) {
				assertTrue(step.number() >= 2, "a promise document starts at step 2");
				for (Readiness.Criterion criterion : step.criteria()) {
					assertFalse(criterion.rules().isEmpty(), criterion.text() + " rests on no rule");
					boolean broken = criterion.rules().stream().map(Rule::code).anyMatch(codes::contains);
					assertEquals(!broken, criterion.met(), agreement.getName() + ": " + criterion.text()
							+ " " + criterion.rules() + ", validate reports " + codes);
					if (criterion.met()) {
						met++;
					} else {
						missing++;
					}
				}
			}
		}
		assertTrue(documents >= 3, folder + " has its promise documents");
		assertTrue(met > 0 && missing > 0, "the examples meet some criteria and miss others");
	}

	@Test
	void kungalvsFirstPromiseLacksItsSignaturesAndFollowUpInBoth() throws IOException {
		Agreement first = agreements(load("kungalv")).stream().filter(a -> a.getName().equals("Kungälv2017")).findFirst()
				.orElseThrow();
		Map<String, Boolean> criteria = new LinkedHashMap<>();
		Readiness.of(first).forEach(step -> step.criteria().forEach(c -> criteria.put(c.text(), c.met())));
		assertEquals(false, criteria.get("Dokumentet är undertecknat av alla parter"), criteria.toString());
		assertEquals(false, criteria.get("Varje löfte vars period har löpt ut har ett utfall"), criteria.toString());
		assertEquals(true, criteria.get("Varje löfte ges av en part eller en medverkande"), criteria.toString());
		assertFalse(criteria.containsKey("En styrgrupp finns"), "a promise document has no steering group of its own");
		String table = Readiness.table(first);
		assertTrue(table.contains("Varje löfte har ett mål som går att följa upp (M1)"), table);
	}

	private static XtextResourceSet load(String folder) throws IOException {
		Path examples = Path.of(System.getProperty("samverka.examples", "../../examples")).resolve(folder);
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		try (Stream<Path> files = Files.list(examples)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".samverkan")).sorted().toList()) {
				set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
			}
		}
		EcoreUtil.resolveAll(set);
		for (Resource resource : set.getResources()) {
			assertEquals(List.of(), resource.getErrors(), resource.getURI().toString());
		}
		return set;
	}

	private static List<Agreement> agreements(XtextResourceSet set) {
		List<Agreement> agreements = new ArrayList<>();
		for (Resource resource : set.getResources()) {
			for (EObject root : resource.getContents()) {
				agreements.addAll(((Model) root).getAgreements());
			}
		}
		return agreements;
	}
}
