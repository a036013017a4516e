package se.samverka.validation;

import java.util.ArrayList;
import java.util.List;

import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.Suppression;
import se.samverka.validation.rules.CommunicationRules;
import se.samverka.validation.rules.FollowUpRules;
import se.samverka.validation.rules.GovernanceRules;
import se.samverka.validation.rules.LawRules;
import se.samverka.validation.rules.MeasureRules;
import se.samverka.validation.rules.SituationPictureRules;
import se.samverka.validation.rules.StructureRules;

/**
 * Runs every rule of the catalogue on a model however it was loaded (DSL, XMI, an import) and
 * sets aside the findings the model suppresses with a reason.
 */
public final class ModelValidator {
	private final StructureRules structure = new StructureRules();
	private final GovernanceRules governance = new GovernanceRules();
	private final SituationPictureRules situationPicture = new SituationPictureRules();
	private final MeasureRules measures = new MeasureRules();
	private final LawRules law = new LawRules();
	private final CommunicationRules communication = new CommunicationRules();
	private final FollowUpRules followUp = new FollowUpRules();

	/** What the rules found, and which of those the model deliberately suppresses. */
	public record Result(List<Finding> findings, List<Finding> suppressed) {
	}

	public Result validate(Model model) {
		Findings findings = new Findings();
		for (Organisation organisation : model.getOrganisations()) {
			structure.organisationNumberIsValid(organisation, findings);
		}
		for (Person person : model.getPeople()) {
			structure.contactDetailsAreWellFormed(person, findings);
		}
		for (Agreement agreement : model.getAgreements()) {
			validate(agreement, findings);
		}
		return suppress(model, findings.all());
	}

	private void validate(Agreement agreement, Findings findings) {
		structure.referencesResolveAndNamesAreUnique(agreement, findings);
		structure.signatoryPartiesAndFramework(agreement, findings);
		structure.validityPeriodIsOrdered(agreement, findings);
		structure.appendicesHaveContent(agreement, findings);

		governance.steeringGroupMeetsYearly(agreement, findings);
		governance.workingGroupReportsToSteeringGroup(agreement, findings);
		governance.chairRotatesBetweenParties(agreement, findings);
		governance.memberRolesBelongToTheAgreementsOrganisations(agreement, findings);
		governance.noReportingCycles(agreement, findings);
		governance.oneNetworkGroupPerAreaGroup(agreement, findings);
		governance.councilMemberCountAddsUp(agreement, findings);
		governance.bodiesHaveMandateAndFrequency(agreement, findings);
		governance.eachPartyHasACoordinator(agreement, findings);

		situationPicture.statedTrendAgreesWithNumbers(agreement, findings);
		situationPicture.pictureIsDatedAndRecent(agreement, findings);
		situationPicture.areasAreDeclaredInTheMunicipality(agreement, findings);
		situationPicture.sourcesAreNamed(agreement, findings);

		measures.priorityAreasCiteFindings(agreement, findings);
		measures.measuresAndPriorityAreasMeet(agreement, findings);
		measures.measuresAreComplete(agreement, findings);
		measures.goalsAreMeasurable(agreement, findings);
		measures.responsibleBelongsToTheAgreement(agreement, findings);
		measures.measuresAreFollowedUp(agreement, findings);
		measures.measuresNameTheirCause(agreement, findings);
		measures.goalsHaveKindAndMovement(agreement, findings);
		measures.measuresSayWhatAndWhen(agreement, findings);

		law.pictureCoversTheMunicipalityInThreeParts(agreement, findings);
		law.actionPlansRecordTheirDecision(agreement, findings);
		law.municipalCoordinationIsNamed(agreement, findings);
		law.citizenPromisesAreRecent(agreement, findings);
		law.signedByEveryParty(agreement, findings);

		communication.planIsComplete(agreement, findings);
		communication.everyPartyHasASpokesperson(agreement, findings);
		communication.planIsEvaluatedWithinValidity(agreement, findings);

		followUp.planCoversTheFourSubjects(agreement, findings);
		followUp.responsibleIsABodyOrRole(agreement, findings);
	}

	private static Result suppress(Model model, List<Finding> all) {
		List<Suppression> suppressions = new ArrayList<>();
		model.getAgreements().forEach(a -> suppressions.addAll(a.getSuppressions()));
		List<Finding> kept = new ArrayList<>();
		List<Finding> suppressed = new ArrayList<>();
		for (Finding finding : all) {
			boolean matches = suppressions.stream().anyMatch(
					s -> finding.rule().name().equals(s.getCode()) && s.getElement() == finding.element());
			(matches ? suppressed : kept).add(finding);
		}
		return new Result(kept, suppressed);
	}
}
