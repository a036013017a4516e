/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.Area;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Continuity;
import se.samverka.model.DocumentStatus;
import se.samverka.model.FigureKind;
import se.samverka.model.FollowUpStatus;
import se.samverka.model.GoalComparison;
import se.samverka.model.HearingKind;
import se.samverka.model.Organisation;
import se.samverka.model.Outcome;
import se.samverka.model.ProgressStatus;
import se.samverka.model.ResidentHearing;
import se.samverka.model.ValueQualifier;
import se.samverka.model.derived.FollowUps;
import se.samverka.model.derived.PromiseHistory;

/** Kungälv's citizen promises 2017–2021 (examples/kungalv) hold what the published pages say. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SamverkaInjectorProvider.class)
class KungalvExampleTest {
	@Inject
	private Injector injector;

	private ModelFolder models;
	private Agreement promises2017;
	private Agreement promises2018;
	private Agreement promises2020;

	@BeforeEach
	void load() {
		models = Examples.load(injector, Examples.KUNGALV);
		promises2017 = Examples.agreement(models, "Kungälv2017");
		promises2018 = Examples.agreement(models, "Kungälv2018");
		promises2020 = Examples.agreement(models, "Kungälv2020");
	}

	@Test
	void threePromiseDocumentsUnderTryggIKungälvOneAfterTheOther() {
		for (Agreement document : List.of(promises2017, promises2018, promises2020)) {
			assertEquals(AgreementKind.CITIZEN_PROMISE, document.getKind());
			assertEquals("TryggIKungälv", document.getFramework().getName());
			assertEquals(DocumentStatus.ENDED, document.getStatus());
		}
		assertNull(promises2017.getPredecessor());
		assertSame(promises2017, promises2018.getPredecessor());
		assertSame(promises2018, promises2020.getPredecessor());
		assertEquals("juni 2017", promises2017.getPeriodFrom().toString());
		assertEquals("juni 2018", promises2017.getPeriodTo().toString());
		assertEquals("oktober 2019", promises2018.getPeriodTo().toString());
		assertEquals("i oktober 2018", promises2018.getDecided().toString());
	}

	@Test
	void theLocalPoliceAreaIsOneOrganisationCoveringKungälvAndAle() {
		Organisation policeArea = promises2020.getPoliceArea();
		assertEquals("Lokalpolisområde Storgöteborg Kungälv-Ale", policeArea.getTitle());
		assertEquals(List.of("Kungälv", "Ale"), policeArea.getCovers().stream().map(Area::getName).toList());
		assertNull(policeArea.getParent(), "the sources name no police region");
	}

	@Test
	void signedOnThe31stOfMarchWithoutAYearByTheHeadsOfPoliceAreaAndExecutiveBoard() {
		assertEquals("31 mars", promises2020.getSigned().toString());
		assertFalse(promises2020.getSigned().hasYear(), "the source gives no year");
		var signatures = promises2020.getSigning().getSignatures();
		assertEquals(List.of("Christian Nylén", "Miguel Odhner"), signatures.stream().map(s -> s.getSignatory()).toList());
		assertEquals(List.of("Lokalpolischef", "Kommunstyrelsens ordförande"),
				signatures.stream().map(s -> s.getRole().getTitle()).toList());
	}

	@Test
	void theFirstPromiseHasSixPromisesFromCitizenDialogues() {
		assertEquals(6, promises2017.getPromises().size());
		ResidentHearing dialogues = promises2017.getSituationPicture().getHearings().get(0);
		assertEquals(HearingKind.CITIZEN_DIALOGUE, dialogues.getKind());
		assertEquals(ValueQualifier.ABOUT, dialogues.getCountQualifier());
		assertEquals(400, dialogues.getCount());
		assertEquals(3, promises2017.getAnswers().size());
		CitizenPromise controls = promise(promises2017, "Trafikkontroller");
		var goal = controls.getGoals().get(0);
		assertEquals(GoalComparison.AT_LEAST, goal.getComparison());
		assertEquals(new BigDecimal("20"), goal.getTarget());
		assertEquals(FigureKind.COUNT, goal.getUnitKind());
		assertEquals("trafikkontroller", goal.getUnit());
		assertEquals(List.of("KungälvsKommun"), promise(promises2017, "Mopedbrev").getOwners().stream().map(Organisation::getName).toList());
		assertEquals(List.of("brev till föräldrar med ungdomar som fyller 15 år"), promise(promises2017, "Mopedbrev").getChannels());
	}

	@Test
	void thePoliceStationPromiseWasKeptFromOctober2017() {
		Outcome outcome = outcome(promises2017, "Polisstationen5Dagar");
		assertEquals(ProgressStatus.DONE, outcome.getProgress());
		assertEquals(FollowUpStatus.GREEN, FollowUps.trafficLight(outcome).orElseThrow());
		assertTrue(outcome.getDone().get(0).contains("9 oktober 2017"));
		assertEquals("K3", outcome.getSource().getName());
	}

	@Test
	void followUp2018To2019() {
		assertEquals(5, promises2018.getPromises().size());
		Outcome patrols = outcome(promises2018, "Fotpatrullering");
		assertEquals(ValueQualifier.AT_LEAST, patrols.getQualifier());
		assertEquals(new BigDecimal("200"), patrols.getValue());
		assertEquals(ProgressStatus.DONE, patrols.getProgress());
		Outcome cameras = outcome(promises2018, "Kameraövervakning");
		assertEquals(ProgressStatus.ONGOING, cameras.getProgress());
		assertEquals(FollowUpStatus.YELLOW, FollowUps.trafficLight(cameras).orElseThrow());
		assertEquals(Set.of("Nordmannatorget", "Komarken"),
				promise(promises2018, "Fotpatrullering").getPlaces().stream().map(Area::getName).collect(Collectors.toSet()));
		assertEquals(3, promise(promises2018, "FysiskMiljö").getActivities().size());
	}

	@Test
	void followUp2020To2021() {
		assertEquals(9, promises2020.getPromises().size());
		assertEquals(5, promise(promises2020, "VästtrafikTrygghet").getActivities().size());
		Outcome controls = outcome(promises2020, "Trafikkontroller2020");
		assertEquals(new BigDecimal("40"), controls.getValue());
		assertEquals(ProgressStatus.DONE, controls.getProgress());
		Outcome drugs = outcome(promises2020, "Narkotikainsatser2020");
		assertEquals(new BigDecimal("2"), drugs.getValue());
		assertEquals(GoalComparison.AT_LEAST, promise(promises2020, "Narkotikainsatser2020").getGoals().get(0).getComparison());
		Outcome mopeds = outcome(promises2020, "Mopedinsatser2020");
		assertEquals(new BigDecimal("3"), mopeds.getValue());
		assertFalse(mopeds.isSetProgress(), "the source is cut off before the status");
		var hearings = promises2020.getSituationPicture().getHearings();
		assertEquals(List.of(341, 589), hearings.stream().map(ResidentHearing::getRespondents).toList());
		assertEquals("hösten 2020", hearings.get(1).getWhen().toString());
		assertEquals(HearingKind.SURVEY, hearings.get(0).getKind());
	}

	@Test
	void whatCarriedOverAndWhatWasDropped() {
		CitizenPromise presence = promise(promises2020, "Närvaro");
		assertEquals(Continuity.CHANGES, presence.getContinuity());
		assertSame(promise(promises2018, "Fotpatrullering"), presence.getPrevious());
		List<Agreement> all = List.of(promises2017, promises2018, promises2020);
		// 2018 changed the traffic controls of 2017; the letters, the drug efforts, the parents' meetings and the station were not carried on
		assertEquals(List.of("Mopedbrev", "Narkotikainsatser", "Narkotikabrev", "Föräldramöten", "Polisstationen5Dagar"),
				PromiseHistory.dropped(promises2017, all).stream().map(CitizenPromise::getName).toList());
		assertEquals(List.of("Kameraövervakning", "FysiskMiljö"),
				PromiseHistory.dropped(promises2018, all).stream().map(CitizenPromise::getName).toList());
		assertEquals(List.of(), PromiseHistory.dropped(promises2020, all), "nothing follows 2020–2021 yet");
	}

	private static CitizenPromise promise(Agreement document, String name) {
		return document.getPromises().stream().filter(p -> name.equals(p.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no promise " + name));
	}

	private static Outcome outcome(Agreement document, String subject) {
		return document.getFollowUpPlan().getOutcomes().stream()
				.filter(o -> o.getSubject() instanceof CitizenPromise p && subject.equals(p.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no outcome of " + subject));
	}
}
