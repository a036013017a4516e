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

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Agreement;
import se.samverka.model.Area;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Continuity;
import se.samverka.model.Figure;
import se.samverka.model.GoalComparison;
import se.samverka.model.Outcome;
import se.samverka.model.ProgressStatus;
import se.samverka.model.Trend;
import se.samverka.model.ValueQualifier;
import se.samverka.model.derived.PromiseHistory;

/** Göteborg Centrum's citizen promises 2017–2019 and later (examples/goteborg-centrum) hold what the published pages say. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SamverkaInjectorProvider.class)
class GoteborgExampleTest {
	@Inject
	private Injector injector;

	private Agreement promises2017;
	private Agreement promises2018;
	private Agreement promises2019;
	private Agreement later;

	@BeforeEach
	void load() {
		ModelFolder models = Examples.load(injector, Examples.GOTEBORG_CENTRUM);
		promises2017 = Examples.agreement(models, "Centrum2017");
		promises2018 = Examples.agreement(models, "Centrum2018");
		promises2019 = Examples.agreement(models, "Centrum2019");
		later = Examples.agreement(models, "StadsområdeCentrumLöfte");
	}

	@Test
	void thePolicePromisesAndTheCitySupports() {
		assertEquals(List.of("LPOCity"), promises2018.getParties().stream().map(p -> p.getName()).toList());
		assertEquals("Lokalpolisområde Storgöteborg City", promises2018.getPoliceArea().getTitle());
		assertEquals(List.of("Centrum", "MajornaLinné"),
				promises2018.getPoliceArea().getCovers().stream().map(Area::getName).toList());
		CitizenPromise support = promise(promises2019, "StadensStöd");
		assertEquals("SDFCentrum", support.getOwners().get(0).getName());
		assertEquals(2, support.getActivities().size());
	}

	@Test
	void followUp2018EveryPromiseKept() {
		assertEquals(3, promises2018.getPromises().size());
		Outcome drugs = outcome(promises2018, "Narkotikainsatser2018");
		assertEquals(new BigDecimal("11"), drugs.getValue());
		assertEquals(ProgressStatus.DONE, drugs.getProgress());
		assertEquals("2018", drugs.getPeriod().toString());
		var goal = promise(promises2018, "Narkotikainsatser2018").getGoals().get(0);
		assertEquals(GoalComparison.AT_LEAST, goal.getComparison());
		assertEquals(new BigDecimal("6"), goal.getTarget());
		assertEquals(new BigDecimal("4"), outcome(promises2018, "Trafikinsatser2018").getValue());
		assertEquals("G3", drugs.getSource().getName());
	}

	@Test
	void followUp2017FromItsPublishedFollowUp() {
		assertEquals(3, promises2017.getPromises().size());
		Outcome patrols = outcome(promises2017, "SynligNärvaro2017");
		assertEquals(ValueQualifier.AT_LEAST, patrols.getQualifier());
		assertEquals(new BigDecimal("700"), patrols.getValue());
		assertEquals(new BigDecimal("6"), outcome(promises2017, "Narkotikainsatser2017").getValue());
		Figure crimes = promises2017.getSituationPicture().getThematicAssessments().get(0).getFigures().get(0);
		assertEquals(ValueQualifier.MORE_THAN, crimes.getQualifier());
		assertEquals(new BigDecimal("2000"), crimes.getValue());
		assertEquals(2017, crimes.getYear());
		var development = promises2017.getSituationPicture().getDevelopments().get(0);
		assertEquals(Trend.INCREASING, development.getTrend());
		assertTrue(development.getWording().contains("drygt 500 fler än 2016"));
	}

	@Test
	void in2019TheTrafficEffortsWentFromFourToThree() {
		CitizenPromise traffic = promise(promises2019, "Trafikinsatser2019");
		assertEquals(Continuity.CHANGES, traffic.getContinuity());
		assertSame(promise(promises2018, "Trafikinsatser2018"), traffic.getPrevious());
		assertEquals(new BigDecimal("3"), traffic.getGoals().get(0).getTarget());
		assertEquals(Continuity.CONTINUES, promise(promises2019, "Närvaro2019").getContinuity());
		assertEquals(5, promises2019.getSituationPicture().getHearings().get(0).getObservations().size());
		assertEquals(List.of(), PromiseHistory.dropped(promises2018, List.of(promises2017, promises2018, promises2019)));
	}

	@Test
	void theLaterPromiseHasNoYearAndNoNumbers() {
		assertNull(later.getPeriodFrom(), "the source gives no year");
		assertNull(later.getPredecessor());
		assertEquals(3, later.getPromises().size());
		assertTrue(later.getPromises().stream().allMatch(p -> p.getGoals().isEmpty()));
		assertFalse(later.getSituationPicture().getHearings().isEmpty());
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
