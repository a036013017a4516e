/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
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

import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.AppendixContent;
import se.samverka.model.AreaAssessment;
import se.samverka.model.Body;
import se.samverka.model.BodyKind;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.Statistic;
import se.samverka.model.Trend;
import se.samverka.model.TrustLevel;
import se.samverka.model.derived.Frequencies;
import se.samverka.model.derived.Trends;

/** The Botkyrka model (examples/botkyrka) holds what seed 004 says, row by row. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SamverkaInjectorProvider.class)
class BotkyrkaExampleTest {
	@Inject
	private Injector injector;

	private Agreement underavtal;

	@BeforeEach
	void load() {
		underavtal = Examples.agreement(Examples.load(injector, Examples.BOTKYRKA), "Underavtal");
	}

	@Test
	void isASubAgreementUnderTheFrameworkAgreementInAnotherFile() {
		assertEquals(AgreementKind.SUB_AGREEMENT, underavtal.getKind());
		Agreement framework = underavtal.getFramework();
		assertNotNull(framework);
		assertFalse(framework.eIsProxy());
		assertEquals(AgreementKind.FRAMEWORK, framework.getKind());
		assertFalse(framework.eResource() == underavtal.eResource(), "the framework agreement lives in its own file");
	}

	@Test
	void partiesCarryTheirOrganisationNumbers() {
		List<Organisation> parties = underavtal.getParties();
		assertEquals(2, parties.size());
		assertEquals(Set.of("202100-0076", "212000-2882"),
				parties.stream().map(Organisation::getOrganisationNumber).collect(Collectors.toSet()));
		assertEquals(Set.of("Närpolisområde Botkyrka", "Botkyrka kommun"),
				parties.stream().map(Organisation::getTitle).collect(Collectors.toSet()));
	}

	@Test
	void validityAndExtension() {
		assertEquals(LocalDate.of(2014, 12, 1), underavtal.getValidity().getFrom());
		assertEquals(LocalDate.of(2015, 12, 31), underavtal.getValidity().getTo());
		assertEquals(2, underavtal.getValidity().getExtensionYears());
		assertEquals(6, underavtal.getValidity().getConsultationMonthsBefore());
		assertEquals(2, underavtal.getValidity().getRevisions().size());
	}

	@Test
	void allFiveAppendices() {
		assertEquals(5, underavtal.getAppendices().size());
		assertEquals(List.of(AppendixContent.CONTACTS, AppendixContent.SITUATION_PICTURE, AppendixContent.ACTION_PLANS,
				AppendixContent.COMMUNICATION_PLAN, AppendixContent.FOLLOW_UP_PLAN),
				underavtal.getAppendices().stream().map(a -> a.getContent()).toList());
	}

	@Test
	void steeringGroupMeetsTwiceAYearWithAChairRotatingYearly() {
		Body steering = body(BodyKind.STEERING_GROUP).get(0);
		assertEquals(2.0, Frequencies.timesPerYear(steering.getMeets()).getAsDouble());
		assertEquals(2, steering.getChair().getRotatesBetween().size());
		assertEquals(1, steering.getChair().getTermYears());
		assertEquals(Set.of("Polismästare", "Kommundirektör"),
				steering.getChair().getRotationRoles().stream().map(r -> r.getTitle()).collect(Collectors.toSet()));
		Body working = body(BodyKind.WORKING_GROUP).get(0);
		assertEquals(4.0, Frequencies.timesPerYear(working.getMeets()).getAsDouble());
		assertEquals(steering, working.getReportsTo());
	}

	@Test
	void crimePreventionCouncilHasFourteenMembersTenElected() {
		Body council = body(BodyKind.CRIME_PREVENTION_COUNCIL).get(0);
		assertEquals(14, council.getMemberCount());
		assertEquals(10, council.getElectedCount());
		assertTrue(council.isConsultationBody());
	}

	@Test
	void fiveAreaGroupsEachWithExactlyOneNetworkGroup() {
		List<Body> areaGroups = body(BodyKind.AREA_GROUP);
		assertEquals(5, areaGroups.size());
		assertEquals(Set.of("Alby", "Fittja", "Hallunda-Norsborg", "Tumba", "Tullinge"),
				areaGroups.stream().map(g -> g.getArea().getName()).collect(Collectors.toSet()));
		for (Body areaGroup : areaGroups) {
			long networkGroups = areaGroup.getSubBodies().stream()
					.filter(b -> b.getKind() == BodyKind.NETWORK_GROUP).count();
			assertEquals(1, networkGroups, areaGroup.getName());
		}
		assertEquals(5, body(BodyKind.NETWORK_GROUP).size());
		assertTrue(underavtal.isNetworkGroupPerAreaGroup());
	}

	@Test
	void oneCoordinatorPerPartyWithTheirContactPeople() {
		var coordinators = underavtal.getCoordination().getCoordinators();
		assertEquals(2, coordinators.size());
		assertEquals(Set.copyOf(underavtal.getParties()),
				coordinators.stream().map(c -> c.getParty()).collect(Collectors.toSet()));
		assertEquals(Set.of("Kent Andersson", "Beyron Ahxner"),
				coordinators.stream().map(c -> c.getPerson().getFullName()).collect(Collectors.toSet()));
		assertEquals(5, underavtal.getCoordination().getTasks().size());
		Person beyron = coordinators.stream().map(c -> c.getPerson())
				.filter(p -> p.getFullName().equals("Beyron Ahxner")).findFirst().orElseThrow();
		assertEquals(List.of("08-530 611 66", "076-115 01 89"), beyron.getPhones());
		assertEquals("beyron.ahxner@botkyrka.se", beyron.getEmail());
		assertEquals("147 85", beyron.getAddress().getPostalCode());
	}

	@Test
	void sixteenStatisticRowsAsInTheSeed() {
		List<Statistic> rows = underavtal.getSituationPicture().getStatistics();
		assertEquals(16, rows.size());
		Statistic tullinge = rows.stream()
				.filter(s -> s.getArea().getName().equals("Tullinge") && s.getCategory().equals("Bostadsinbrott"))
				.findFirst().orElseThrow();
		assertEquals(2012, tullinge.getValues().get(0).getYear());
		assertEquals(new BigDecimal("37"), tullinge.getValues().get(0).getValue());
		assertEquals(new BigDecimal("53"), tullinge.getValues().get(1).getValue());
		assertEquals(Trend.INCREASING, tullinge.getStatedTrend());
		assertEquals(Trend.INCREASING, Trends.computed(tullinge).orElseThrow());
		int total2012 = rows.stream().mapToInt(s -> s.getValues().get(0).getValue().intValue()).sum();
		int total2013 = rows.stream().mapToInt(s -> s.getValues().get(1).getValue().intValue()).sum();
		assertEquals(37 + 21 + 12 + 46 + 56 + 27 + 91 + 119 + 59 + 37 + 23 + 13 + 8 + 23 + 35 + 28, total2012);
		assertEquals(53 + 36 + 18 + 101 + 64 + 54 + 102 + 136 + 104 + 53 + 64 + 25 + 20 + 64 + 59 + 43, total2013);
		assertTrue(rows.stream().allMatch(s -> s.getStatedTrend() == Trend.INCREASING));
	}

	@Test
	void areaAssessmentsWithReportedCrimesAndTrust() {
		List<AreaAssessment> assessments = underavtal.getSituationPicture().getAreaAssessments();
		assertEquals(1865, assessment(assessments, "Fittja").getTotalReported());
		assertEquals(2326, assessment(assessments, "Alby").getTotalReported());
		assertEquals(3352, assessment(assessments, "Hallunda-Norsborg").getTotalReported());
		assertEquals(3716, assessment(assessments, "Tumba").getTotalReported());
		assertEquals(543, assessment(assessments, "Grödinge").getTotalReported());
		assertEquals(1389, assessment(assessments, "Tullinge").getTotalReported());
		assertEquals(TrustLevel.LOW, assessment(assessments, "Alby").getTrustInPolice());
		assertEquals(TrustLevel.HIGH, assessment(assessments, "Tullinge").getTrustInPolice());
		assertFalse(assessment(assessments, "Fittja").getProblemPlaces().isEmpty());
		assertEquals(1, underavtal.getSituationPicture().getThematicAssessments().size());
		assertEquals(new BigDecimal("23"),
				underavtal.getSituationPicture().getThematicAssessments().get(0).getFigures().get(0).getValue());
	}

	@Test
	void fourPriorityAreasAndEightMeasures() {
		assertEquals(4, underavtal.getPriorityAreas().size());
		List<Measure> measures = underavtal.getActionPlans().get(0).getMeasures();
		assertEquals(8, measures.size());
		Measure mediation = measure(measures, "Medling");
		assertEquals(2, mediation.getPriorityAreas().size());
		for (Measure measure : measures) {
			assertFalse(measure.getGoals().isEmpty(), measure.getName());
			assertFalse(measure.getFunding().isEmpty(), measure.getName());
			assertNull(measure.getWhen(), "the seed's Tid cells are empty: " + measure.getName());
		}
	}

	@Test
	void supportCentreGoalDoublesFrom93To186People() {
		Measure supportCentre = underavtal.getActionPlans().get(0).getMeasures().stream()
				.filter(m -> m.getTitle() != null && m.getTitle().startsWith("Stödcentrum")).findFirst().orElseThrow();
		Goal goal = supportCentre.getGoals().get(0);
		assertEquals(new BigDecimal("93"), goal.getBaseline());
		assertEquals(2013, goal.getBaselineYear());
		assertEquals(new BigDecimal("186"), goal.getTarget());
		assertTrue(goal.isAtLeast());
		assertEquals(0, new BigDecimal("100").compareTo(goal.getStatedChangePercent()));
		assertEquals(0, new BigDecimal("100")
				.compareTo(Trends.percentChange(goal.getBaseline(), goal.getTarget()).orElseThrow()));
	}

	@Test
	void communicationPlanWithTargetGroupsAndSpokespersons() {
		var plan = underavtal.getCommunicationPlan();
		assertEquals(3, plan.getCoreValues().size());
		assertEquals(5, plan.getGoals().size());
		assertEquals(6, plan.getTargetGroups().size());
		assertEquals(1, plan.getTargetGroups().stream()
				.filter(t -> t.getPriority() == se.samverka.model.TargetGroupPriority.SECONDARY).count());
		Set<String> spokespeople = plan.getSpokespersons().stream().flatMap(s -> s.getPeople().stream())
				.map(Person::getFullName).collect(Collectors.toSet());
		assertTrue(spokespeople.containsAll(
				Set.of("Lars Byström", "Kjell Lindgren", "Towe Hägg", "Marcus Qvennerstedt", "Beyron Ahxner")),
				spokespeople.toString());
	}

	@Test
	void followUpPlanCoversItsFourSubjectsYearly() {
		var entries = underavtal.getFollowUpPlan().getEntries();
		assertEquals(4, entries.size());
		for (var entry : entries) {
			assertEquals(1.0, Frequencies.timesPerYear(entry.getFrequency()).getAsDouble(), entry.getName());
			assertNotNull(entry.getMethod(), entry.getName());
		}
	}

	@Test
	void clausesAndSignatures() {
		assertEquals(7, underavtal.getClauses().size());
		assertEquals(2, underavtal.getSigning().getCopies());
		assertEquals(Set.of("Christian Agdur", "Mattias Jansson"), underavtal.getSigning().getSignatures().stream()
				.map(s -> s.getSignatory()).collect(Collectors.toSet()));
	}

	private List<Body> body(BodyKind kind) {
		List<Body> found = new java.util.ArrayList<>();
		underavtal.eAllContents().forEachRemaining(o -> {
			if (o instanceof Body b && b.getKind() == kind) {
				found.add(b);
			}
		});
		return found;
	}

	private static AreaAssessment assessment(List<AreaAssessment> assessments, String area) {
		return assessments.stream().filter(a -> a.getArea().getName().equals(area)).findFirst()
				.orElseThrow(() -> new AssertionError("no assessment of " + area));
	}

	private static Measure measure(List<Measure> measures, String name) {
		return measures.stream().filter(m -> m.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no measure " + name));
	}
}
