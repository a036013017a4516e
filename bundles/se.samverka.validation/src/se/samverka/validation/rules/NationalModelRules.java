/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.rules;

import static se.samverka.model.SamverkaPackage.Literals.*;

import java.time.LocalDate;

import se.samverka.model.ActionPlan;
import se.samverka.model.Agreement;
import se.samverka.model.AreaKind;
import se.samverka.model.CitizenPromise;
import se.samverka.model.time.PartialDate;
import se.samverka.model.Coordinator;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.SituationPicture;
import se.samverka.validation.Agreements;
import se.samverka.validation.Findings;
import se.samverka.validation.Rule;

/** The law (SFS 2023:196) and the national model: N1–N5. */
public final class NationalModelRules {

	/** N1: the picture covers the whole municipality and has mapping, other information and analysis. */
	public void n1PictureCoversTheMunicipalityInThreeParts(Agreement agreement, Findings findings) {
		SituationPicture picture = agreement.getSituationPicture();
		if (picture == null) {
			return;
		}
		boolean wholeMunicipality = picture.getCovers() != null
				&& (picture.getCovers() == agreement.getMunicipality()
						|| picture.getCovers().getKind() == AreaKind.MUNICIPALITY);
		if (!wholeMunicipality) {
			findings.reportCase(Rule.N1, "coverage", picture, SITUATION_PICTURE__COVERS);
		}
		StringBuilder missing = new StringBuilder();
		add(missing, picture.getMapping(), Findings.word("part.mapping"));
		add(missing, picture.getOtherInformation(), Findings.word("part.otherInformation"));
		add(missing, picture.getAnalysis(), Findings.word("part.analysis"));
		if (!missing.isEmpty()) {
			findings.report(Rule.N1, picture, SITUATION_PICTURE__ANALYSIS, missing);
		}
	}

	/** N2: an action plan records its decision: date and deciding body. */
	public void n2ActionPlansRecordTheirDecision(Agreement agreement, Findings findings) {
		for (ActionPlan plan : agreement.getActionPlans()) {
			if (plan.getDecidedOn() == null || plan.getDecidedBy() == null) {
				findings.report(Rule.N2, plan, ACTION_PLAN__DECIDED_ON);
			}
		}
	}

	/** N3: the municipality's coordination function is named, with contact details. */
	public void n3MunicipalCoordinationIsNamed(Agreement agreement, Findings findings) {
		if (!Agreements.governs(agreement)) {
			return;
		}
		boolean named = agreement.getCoordination() != null
				&& agreement.getCoordination().getCoordinators().stream().anyMatch(NationalModelRules::isMunicipalWithContact);
		if (!named) {
			findings.report(Rule.N3, agreement, AGREEMENT__COORDINATION);
		}
	}

	private static boolean isMunicipalWithContact(Coordinator coordinator) {
		Organisation party = coordinator.getParty();
		Person person = coordinator.getPerson();
		boolean municipal = party != null && (party.getKind() == OrganisationKind.MUNICIPALITY
				|| party.getKind() == OrganisationKind.CITY_DISTRICT_ADMINISTRATION
				|| party.getKind() == OrganisationKind.MUNICIPAL_ADMINISTRATION);
		return municipal && person != null && (person.getEmail() != null || !person.getPhones().isEmpty());
	}

	/**
	 * N4: a citizen promise is dated no more than 12 months before the model's as-of date. A
	 * promise without a date of its own is dated by its document: signed, else decided, else the
	 * start of its period (the last day a partial date covers).
	 */
	public void n4CitizenPromisesAreRecent(Agreement agreement, Findings findings) {
		LocalDate asOf = asOf(agreement);
		for (CitizenPromise promise : agreement.getPromises()) {
			LocalDate date = promiseDate(promise, agreement);
			if (date == null) {
				findings.reportCase(Rule.N4, "undated", promise, CITIZEN_PROMISE__DATE);
			} else if (asOf != null && date.isBefore(asOf.minusMonths(12))) {
				findings.report(Rule.N4, promise, CITIZEN_PROMISE__DATE, date, asOf);
			}
		}
	}

	static LocalDate promiseDate(CitizenPromise promise, Agreement agreement) {
		if (promise.getDate() != null) {
			return promise.getDate();
		}
		for (PartialDate date : new PartialDate[] { agreement.getSigned(), agreement.getDecided(), agreement.getPeriodFrom() }) {
			if (date != null && date.hasYear()) {
				return date.end();
			}
		}
		return null;
	}

	/** The model's as-of date: its situation picture's date, else the start of its validity. */
	static LocalDate asOf(Agreement agreement) {
		if (agreement.getSituationPicture() != null && agreement.getSituationPicture().getAsOf() != null) {
			return agreement.getSituationPicture().getAsOf();
		}
		return agreement.getValidity() == null ? null : agreement.getValidity().getFrom();
	}

	/** N5: the agreement is signed by every party. */
	public void n5SignedByEveryParty(Agreement agreement, Findings findings) {
		for (Organisation party : Agreements.parties(agreement)) {
			boolean signed = agreement.getSigning() != null
					&& agreement.getSigning().getSignatures().stream().anyMatch(s -> s.getParty() == party);
			if (!signed) {
				findings.report(Rule.N5, agreement, AGREEMENT__SIGNING, party.getName());
			}
		}
	}

	private static void add(StringBuilder missing, String text, String what) {
		if (text == null || text.isBlank()) {
			missing.append(missing.isEmpty() ? "" : ", ").append(what);
		}
	}
}
