/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.Suppression;
import se.samverka.validation.rules.CommunicationRules;
import se.samverka.validation.rules.FollowUpRules;
import se.samverka.validation.rules.GovernanceRules;
import se.samverka.validation.rules.NationalModelRules;
import se.samverka.validation.rules.PriorityAreaRules;
import se.samverka.validation.rules.PromiseRules;
import se.samverka.validation.rules.LocalSituationRules;
import se.samverka.validation.rules.StructureRules;

/**
 * Runs every rule of the catalogue on a model however it was loaded (DSL, XMI, an import) and
 * sets aside the findings the model suppresses with a reason.
 */
public final class ModelValidator {
	private final PromiseRules promises;
	private final StructureRules structure = new StructureRules();
	private final GovernanceRules governance = new GovernanceRules();
	private final LocalSituationRules localSituation = new LocalSituationRules();
	private final PriorityAreaRules priorityAreas = new PriorityAreaRules();
	private final NationalModelRules nationalModel = new NationalModelRules();
	private final CommunicationRules communication = new CommunicationRules();
	private final FollowUpRules followUp = new FollowUpRules();

	/** Validates as of today. */
	public ModelValidator() {
		this(Clock.systemDefaultZone());
	}

	/** Validates as of the clock's day: whether a promise's period has ended (M5) depends on it. */
	public ModelValidator(Clock clock) {
		this.promises = new PromiseRules(clock);
		this.checks = checks();
	}

	/** What the rules found, and which of those the model deliberately suppresses. */
	public record Result(List<Finding> findings, List<Finding> suppressed) {
	}

	public Result validate(Model model) {
		Findings findings = new Findings();
		for (Organisation organisation : model.getOrganisations()) {
			structure.s4OrganisationNumberIsValid(organisation, findings);
		}
		for (Person person : model.getPeople()) {
			structure.s5ContactDetailsAreWellFormed(person, findings);
		}
		for (Agreement agreement : model.getAgreements()) {
			validate(agreement, findings);
		}
		return suppress(model, findings.all());
	}

	/** One rule's check of one agreement. */
	private interface Check {
		void run(Agreement agreement, Findings findings);
	}

	/** Each rule's check of an agreement, in the catalogue's order. S4 and S5 check organisations and people. */
	private final Map<Rule, Check> checks;

	private Map<Rule, Check> checks() {
		Map<Rule, Check> all = new EnumMap<>(Rule.class);
		all.put(Rule.S1, structure::s1ReferencesResolveAndNamesAreUnique);
		all.put(Rule.S2, structure::s2SignatoryPartiesAndFramework);
		all.put(Rule.S3, structure::s3ValidityPeriodIsOrdered);
		all.put(Rule.S6, structure::s6AppendicesHaveContent);
		all.put(Rule.S7, structure::s7DatedWithinTheAgreementItBelongsTo);

		all.put(Rule.G1, governance::g1SteeringGroupMeetsYearly);
		all.put(Rule.G2, governance::g2WorkingGroupReportsToSteeringGroup);
		all.put(Rule.G3, governance::g3ChairRotatesBetweenParties);
		all.put(Rule.G4, governance::g4MemberRolesBelongToTheAgreementsOrganisations);
		all.put(Rule.G5, governance::g5NoReportingCycles);
		all.put(Rule.G6, governance::g6OneNetworkGroupPerAreaGroup);
		all.put(Rule.G7, governance::g7CouncilMemberCountAddsUp);
		all.put(Rule.G8, governance::g8BodiesHaveMandateAndFrequency);
		all.put(Rule.G9, governance::g9EachPartyHasACoordinator);

		all.put(Rule.L1, localSituation::l1StatedTrendAgreesWithNumbers);
		all.put(Rule.L2, localSituation::l2PictureIsDatedAndRecent);
		all.put(Rule.L3, localSituation::l3AreasLieInTheMunicipality);
		all.put(Rule.L4, localSituation::l4SourcesAreNamed);

		all.put(Rule.P1, priorityAreas::p1PriorityAreasCiteFindings);
		all.put(Rule.P2, priorityAreas::p2MeasuresAndPriorityAreasMeet);
		all.put(Rule.P3, priorityAreas::p3MeasuresAreComplete);
		all.put(Rule.P4, priorityAreas::p4GoalsAreMeasurable);
		all.put(Rule.P5, priorityAreas::p5ResponsibleBelongsToTheAgreement);
		all.put(Rule.P6, priorityAreas::p6MeasuresAreFollowedUp);
		all.put(Rule.P7, priorityAreas::p7MeasuresNameTheirCause);
		all.put(Rule.P8, priorityAreas::p8GoalsHaveKindAndMovement);
		all.put(Rule.P9, priorityAreas::p9MeasuresSayWhatAndWhen);

		all.put(Rule.N1, nationalModel::n1PictureCoversTheMunicipalityInThreeParts);
		all.put(Rule.N2, nationalModel::n2ActionPlansRecordTheirDecision);
		all.put(Rule.N3, nationalModel::n3MunicipalCoordinationIsNamed);
		all.put(Rule.N4, nationalModel::n4CitizenPromisesAreRecent);
		all.put(Rule.N5, nationalModel::n5SignedByEveryParty);

		all.put(Rule.M1, promises::m1PromisesHaveACheckableGoal);
		all.put(Rule.M2, promises::m2PromisesAreConcrete);
		all.put(Rule.M3, promises::m3OwnersBelongToTheDocument);
		all.put(Rule.M4, promises::m4GoalsHaveIndicatorAndUnit);
		all.put(Rule.M5, promises::m5EndedPromisesAreFollowedUp);

		all.put(Rule.C1, communication::c1PlanIsComplete);
		all.put(Rule.C2, communication::c2EveryPartyHasASpokesperson);
		all.put(Rule.C3, communication::c3PlanIsEvaluatedWithinValidity);

		all.put(Rule.F1, followUp::f1PlanCoversTheFourSubjects);
		all.put(Rule.F2, followUp::f2ResponsibleIsABodyOrRole);
		all.put(Rule.F3, followUp::f3StatusAgreesWithTheNumbers);
		return all;
	}

	/** Runs each rule that applies to the agreement: its kind and its date ({@link Rule#appliesTo(Agreement)}). */
	private void validate(Agreement agreement, Findings findings) {
		checks.forEach((rule, check) -> {
			if (rule.appliesTo(agreement)) {
				check.run(agreement, findings);
			}
		});
	}

	/**
	 * Sets aside what the model suppresses. A suppression written on an element covers that
	 * element and everything it contains: on a promise, its goals and activities too; on an
	 * agreement, the whole agreement.
	 */
	private static Result suppress(Model model, List<Finding> all) {
		List<Suppression> suppressions = new ArrayList<>();
		model.getAgreements().forEach(a -> suppressions.addAll(a.getSuppressions()));
		List<Finding> kept = new ArrayList<>();
		List<Finding> suppressed = new ArrayList<>();
		for (Finding finding : all) {
			boolean matches = suppressions.stream().anyMatch(s -> finding.rule().code().equals(s.getCode())
					&& s.getElement() != null && EcoreUtil.isAncestor(s.getElement(), finding.element()));
			(matches ? suppressed : kept).add(finding);
		}
		return new Result(kept, suppressed);
	}
}
