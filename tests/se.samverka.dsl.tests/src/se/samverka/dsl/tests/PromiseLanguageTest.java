/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import se.samverka.model.Agreement;
import se.samverka.model.FollowUpStatus;
import se.samverka.model.GoalComparison;
import se.samverka.model.Model;
import se.samverka.model.ProgressStatus;
import se.samverka.model.derived.FollowUps;

/** The blocks of a promise document as a user writes them, and the messages when they are wrong. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SamverkaInjectorProvider.class)
class PromiseLanguageTest {
	@Inject
	private ParseHelper<Model> parser;

	@Test
	void aPartialDateIsReadAndKeptAsWritten() throws Exception {
		Model model = parser.parse("""
				avtal Löfte {
					typ medborgarlöften
					status undertecknad
					period "2020" till "2021" årlig revision
					beslutad "hösten 2019"
					undertecknad "i februari 2020"
				}
				""");
		assertEquals(List.of(), model.eResource().getErrors());
		Agreement promise = model.getAgreements().get(0);
		assertEquals("i februari 2020", promise.getSigned().toString());
		assertTrue(promise.getDecided().isBefore(promise.getSigned()));
		assertTrue(promise.isYearlyRevision());
	}

	@Test
	void aDateThatCannotBeReadSaysWhereAndWhatIsMeant() throws Exception {
		Model model = parser.parse("""
				avtal Löfte {
					typ medborgarlöften
					undertecknad "snart"
				}
				""");
		List<Diagnostic> errors = model.eResource().getErrors();
		assertEquals(1, errors.size());
		assertEquals(3, errors.get(0).getLine());
		assertEquals(15, errors.get(0).getColumn());
		assertTrue(errors.get(0).getMessage().contains("'snart' är ingen tidpunkt"), errors.get(0).getMessage());
		assertTrue(errors.get(0).getMessage().contains("hösten 2018"), errors.get(0).getMessage());
	}

	@Test
	void aWrongWordWhereAChoiceStandsListsTheChoices() throws Exception {
		Model model = parser.parse("""
				avtal Löfte {
					typ medborgarlöften
					medborgarlöfte Närvaro "Närvaro vid 200 tillfällen" {
						mål "Närvaro" {
							målvärde ungefär 200
						}
					}
				}
				""");
		List<Diagnostic> errors = model.eResource().getErrors();
		assertFalse(errors.isEmpty());
		assertEquals(5, errors.get(0).getLine());
		assertTrue(errors.get(0).getMessage().contains("Efter 'målvärde' väntas: minst, högst, exakt, öka, minska"),
				errors.get(0).getMessage());
	}

	@Test
	void aStatusWordThatIsNotOneListsTheStatuses() throws Exception {
		Model model = parser.parse("""
				avtal Löfte {
					typ medborgarlöften
					status klar
				}
				""");
		String message = model.eResource().getErrors().get(0).getMessage();
		assertTrue(message.contains("Efter 'status' väntas: utkast, beslutad, undertecknad, avslutad"), message);
	}

	@Test
	void aGoalComparisonAndAnOutcomeWithItsProgressAndTrafficLight() throws Exception {
		Model model = parser.parse("""
				organisation Polisen { typ polis }
				avtal Löfte {
					typ medborgarlöften
					uppföljningsplan Uppföljning {
						utfall Trafik period "första halvåret 2020" 3 delvis-genomfört gjort "Tre kontroller"
						utfall Kontroller period "2020" cirka 60 grön genomfört
					}
					medborgarlöfte Trafik "Minst fyra trafikkontroller" {
						ägare Polisen
						mål "Kontroller" {
							processmål
							målvärde minst 4
							enhet antal "kontroller"
							period "2020"
						}
						aktivitet Kontroller "Trafikkontroller" {
							ansvarig Polisen
							när "kvällar"
						}
					}
				}
				""");
		assertEquals(List.of(), model.eResource().getErrors());
		Agreement agreement = model.getAgreements().get(0);
		var goal = agreement.getPromises().get(0).getGoals().get(0);
		assertEquals(GoalComparison.AT_LEAST, goal.getComparison());
		assertTrue(goal.isAtLeast());
		var outcome = agreement.getFollowUpPlan().getOutcomes().get(0);
		assertEquals(ProgressStatus.PARTLY_DONE, outcome.getProgress());
		assertEquals(FollowUpStatus.YELLOW, FollowUps.trafficLight(outcome).orElseThrow());
		assertEquals(agreement.getPromises().get(0).getActivities().get(0), agreement.getFollowUpPlan().getOutcomes().get(1).getSubject());
	}
}
