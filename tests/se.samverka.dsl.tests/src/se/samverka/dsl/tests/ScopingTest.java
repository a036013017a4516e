/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Injector;

import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;
import se.samverka.model.Agreement;
import se.samverka.model.Body;
import se.samverka.model.Model;
import se.samverka.model.nls.Language;

/** References find what a user means, across the files of a folder, and say what they miss. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SamverkaInjectorProvider.class)
class ScopingTest {
	@Inject
	private Injector injector;

	@TempDir
	Path folder;

	private static final String ORGANISATIONS = """
			organisation Polisen "Närpolisområde Botkyrka" {
				typ polis
				funktion Polismästare "Polismästare"
			}

			organisation Kommunen "Botkyrka kommun" {
				typ kommun
				funktion Kommundirektör "Kommundirektör"
			}

			organisation Räddningstjänsten "Södertörns brandförsvarsförbund" {
				typ räddningstjänst
				funktion Brandchef "Brandchef"
			}

			område Botkyrka {
				typ kommun
				område Tumba {
					typ kommundel
					område Storvreten
				}
			}
			""";

	@Test
	void aRoleOfAPartyIsFoundByItsOwnNameAndOtherRolesByQualifiedName() throws Exception {
		ModelFolder models = load(ORGANISATIONS, """
				avtal Ramavtal {
					typ ramavtal
					parter Polisen, Kommunen
				}
				""", """
				avtal Underavtal {
					typ underavtal
					under Ramavtal
					parter Polisen, Kommunen
					styrgrupp Styrgruppen {
						område Storvreten
						medlem Polismästare
						medlem Kommundirektör
						medlem Räddningstjänsten.Brandchef
					}
				}
				""");
		List<Problem> problems = referenceProblems(models);
		assertEquals(List.of(), problems);
		Agreement agreement = ((Model) models.requested().get(c).getContents().get(0))
				.getAgreements().get(0);
		Body steering = agreement.getBodies().get(0);
		assertEquals(List.of("Polismästare", "Kommundirektör", "Brandchef"),
				steering.getMembers().stream().map(m -> m.getRole().getTitle()).toList());
		assertFalse(agreement.getFramework().eIsProxy(), "framework agreement found in the other file");
		assertSame(agreement.getParties().get(0), steering.getMembers().get(0).getRole().eContainer());
	}

	@Test
	void aRoleOfAnOrganisationThatIsNoPartyNeedsItsOrganisationsName() throws Exception {
		Language.use(Language.SWEDISH);
		ModelFolder models = load(ORGANISATIONS, "", """
				avtal Underavtal {
					typ underavtal
					parter Polisen, Kommunen
					styrgrupp Styrgruppen {
						medlem Brandchef
					}
				}
				""");
		List<Problem> problems = referenceProblems(models);
		assertEquals(1, problems.size(), problems.toString());
		Problem problem = problems.get(0);
		assertEquals("S1", problem.code());
		assertEquals(Problem.Severity.ERROR, problem.severity());
		assertEquals(5, problem.line());
		assertEquals(10, problem.column());
		assertTrue(problem.message().contains("funktion") && problem.message().contains("'Brandchef'"),
				problem.message());
	}

	@Test
	void theMessageOfAMissingReferenceIsInEnglishWhenAskedFor() throws Exception {
		// messages are made when references are linked, that is while loading
		Language.use(Language.ENGLISH);
		try {
			ModelFolder models = load("", "", """
					avtal Underavtal {
						typ underavtal
						under Avtalet
					}
					""");
			Problem problem = referenceProblems(models).get(0);
			assertEquals("No agreement named 'Avtalet' can be found. Check the spelling, or declare it in a "
					+ ".samverkan file in the same folder.", problem.message());
		} finally {
			Language.use(Language.SWEDISH);
		}
	}

	@Test
	void twoBodiesOfOneAgreementCannotShareAName() throws Exception {
		ModelFolder models = load("", "", """
				avtal Underavtal {
					typ underavtal
					styrgrupp Gruppen
					arbetsgrupp Gruppen2
					styrgrupp Gruppen
				}
				""");
		List<Problem> problems = referenceProblems(models);
		assertEquals(1, problems.size(), problems.toString());
		assertEquals("S1", problems.get(0).code());
		assertEquals(5, problems.get(0).line());
	}

	private Path c;

	/** Syntax and reference problems only: the rule catalogue has its own tests. */
	private List<Problem> referenceProblems(ModelFolder models) {
		return models.validate(c, CancelIndicator.NullImpl).stream()
				.filter(p -> p.code().equals("S1") || p.code().equals("SYNTAX")).toList();
	}

	/** Writes three files of one folder and loads the third, as `samverka validate c.samverkan` would. */
	private ModelFolder load(String a, String b, String third) throws Exception {
		Files.writeString(folder.resolve("a.samverkan"), a, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("b.samverkan"), b, StandardCharsets.UTF_8);
		c = folder.resolve("c.samverkan");
		Files.writeString(c, third, StandardCharsets.UTF_8);
		ModelFolder models = injector.getInstance(ModelFolder.class);
		models.load(List.of(c));
		return models;
	}
}
