/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import se.samverka.model.Agreement;
import se.samverka.model.CommunicationLevel;
import se.samverka.model.CommunicationPlan;
import se.samverka.model.Organisation;
import se.samverka.model.PriorityArea;
import se.samverka.model.SwotKind;

/** The Järva (seed 001) and Spånga-Tensta (seed 000) communication plans, spelt correctly. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SamverkaInjectorProvider.class)
class CommunicationPlanExamplesTest {
	@Inject
	private Injector injector;

	@Test
	void jarvaHasItsParticipatingAdministrationsAndFivePriorityAreas() {
		Agreement jarva = Examples.agreement(Examples.load(injector, Examples.JARVA), "Järva");
		assertEquals(2, jarva.getParties().size());
		assertEquals(Set.of("Utbildningsförvaltningen", "Trafikkontoret", "Idrottsförvaltningen",
				"Kulturförvaltningen", "Svenska Bostäder"),
				jarva.getParticipants().stream().map(Organisation::getTitle).collect(Collectors.toSet()));
		assertEquals(List.of("Unga i riskzon för destruktivt beteende", "Kriminella miljöer och livsstilar",
				"Systemhotande brottslighet", "Otrygga brottsutsatta platser", "Våld i nära relation"),
				jarva.getPriorityAreas().stream().map(PriorityArea::getTitle).toList());
	}

	@Test
	void jarvaOverarchingGoalsStartWithNoEspeciallyVulnerableAreasBy2025() {
		Agreement jarva = Examples.agreement(Examples.load(injector, Examples.JARVA), "Järva");
		assertEquals(7, jarva.getGoals().size());
		assertEquals(2025, jarva.getGoals().get(0).getTargetYear());
		assertTrue(jarva.getGoals().get(0).getText().contains("särskilt utsatta områden"));
	}

	@Test
	void jarvaHasFourCommunicationLevelsWithGoalsAndSixPrinciples() {
		CommunicationPlan plan = Examples.agreement(Examples.load(injector, Examples.JARVA), "Järva")
				.getCommunicationPlan();
		List<CommunicationLevel> levels = plan.getLevels();
		assertEquals(List.of(1, 2, 3, 4), levels.stream().map(CommunicationLevel::getNumber).toList());
		for (CommunicationLevel level : levels) {
			assertFalse(level.getGoals().isEmpty(), level.getName());
		}
		assertEquals(3, levels.get(0).getBodies().size(), "styrgrupp, beredningsgrupp and samverkansgrupper");
		assertEquals(6, plan.getPrinciples().size());
		assertEquals(1, plan.getUpdated().getTimes());
	}

	@Test
	void spangaTenstaHasPurposeMessageValuesGoalsTargetGroupsChannelsSwotAndEvaluation() {
		CommunicationPlan plan = Examples.agreement(Examples.load(injector, Examples.SPANGA_TENSTA), "SpångaTensta")
				.getCommunicationPlan();
		assertTrue(plan.getPurpose().startsWith("Syftet är att fördjupa och utveckla kommunikationen"));
		assertTrue(plan.getMainMessage().contains("tryggare lokalsamhälle"));
		assertEquals(List.of("Tydligt", "Gemensamt", "Hållbart"),
				plan.getCoreValues().stream().map(v -> v.getName()).toList());
		assertEquals(5, plan.getRequirements().size());
		assertEquals(4, plan.getGoals().size());
		assertEquals(6, plan.getTargetGroups().size());
		assertEquals(5, plan.getChannels().size());
		assertFalse(plan.getActivities().isEmpty());
		assertEquals(Set.of(SwotKind.STRENGTH, SwotKind.WEAKNESS, SwotKind.OPPORTUNITY, SwotKind.RISK),
				plan.getSwot().stream().map(s -> s.getKind()).collect(Collectors.toSet()));
		assertEquals(2, plan.getSwot().stream().filter(s -> s.getKind() == SwotKind.STRENGTH).count());
		assertEquals(2014, plan.getEvaluation().getYear());
	}
}
