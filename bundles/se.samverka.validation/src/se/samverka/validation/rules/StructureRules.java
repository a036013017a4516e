/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation.rules;

import static se.samverka.model.SamverkaPackage.Literals.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.Appendix;
import se.samverka.model.CitizenPromise;
import se.samverka.model.NamedElement;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.Signature;
import se.samverka.model.Validity;
import se.samverka.model.labels.ElementReferences;
import se.samverka.model.time.PartialDate;
import se.samverka.validation.Agreements;
import se.samverka.validation.Findings;
import se.samverka.validation.Rule;

/** Structure and references: S1–S7. */
public final class StructureRules {
	private static final Pattern ORGANISATION_NUMBER = Pattern.compile("\\d{6}-\\d{4}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
	private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9][0-9 \\-]*");

	/** S1 for models not read from text (XMI, imports): references resolve, names are unique. */
	public void s1ReferencesResolveAndNamesAreUnique(Agreement agreement, Findings findings) {
		List<EObject> elements = new java.util.ArrayList<>(List.of(agreement));
		agreement.eAllContents().forEachRemaining(elements::add);
		for (EObject element : elements) {
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer()) {
					continue;
				}
				Object value = element.eGet(reference, false);
				Iterable<?> targets = reference.isMany() ? (Iterable<?>) value : java.util.Collections.singleton(value);
				for (Object target : targets) {
					if (target instanceof EObject object && object.eIsProxy()) {
						findings.report(Rule.S1, element, reference, reference.getName());
					}
				}
			}
		}
		Map<String, NamedElement> seen = new HashMap<>();
		for (EObject element : (Iterable<EObject>) () -> agreement.eAllContents()) {
			if (element instanceof NamedElement named && named.getName() != null
					&& seen.putIfAbsent(element.eClass().getName() + ":" + named.getName(), named) != null) {
				findings.reportCase(Rule.S1, "duplicate", element, NAMED_ELEMENT__NAME);
			}
		}
	}

	/** S2: at least two signatory parties; a sub-agreement names its framework agreement (not for citizen promises: {@code Rule.S2.kinds()}). */
	public void s2SignatoryPartiesAndFramework(Agreement agreement, Findings findings) {
		if (agreement.getParties().size() < 2) {
			findings.report(Rule.S2, agreement, AGREEMENT__PARTIES, agreement.getParties().size());
		}
		if (agreement.getKind() == AgreementKind.SUB_AGREEMENT && agreement.getFramework() == null) {
			findings.reportCase(Rule.S2, "framework", agreement, AGREEMENT__FRAMEWORK);
		}
	}

	/** S3: from before to; the extension consultation deadline inside the validity period. */
	public void s3ValidityPeriodIsOrdered(Agreement agreement, Findings findings) {
		Validity validity = agreement.getValidity();
		if (validity == null || validity.getFrom() == null || validity.getTo() == null) {
			return;
		}
		if (!validity.getFrom().isBefore(validity.getTo())) {
			findings.report(Rule.S3, validity, VALIDITY__TO, validity.getFrom(), validity.getTo());
			return;
		}
		if (validity.getConsultationMonthsBefore() > 0) {
			LocalDate deadline = validity.getTo().minusMonths(validity.getConsultationMonthsBefore());
			if (deadline.isBefore(validity.getFrom())) {
				findings.reportCase(Rule.S3, "consultation", validity, VALIDITY__CONSULTATION_MONTHS_BEFORE, validity.getFrom(), deadline);
			}
		}
	}

	/** S4: NNNNNN-NNNN with a correct Luhn check digit. */
	public void s4OrganisationNumberIsValid(Organisation organisation, Findings findings) {
		String number = organisation.getOrganisationNumber();
		if (number != null && !(ORGANISATION_NUMBER.matcher(number).matches() && luhn(number.replace("-", "")))) {
			findings.report(Rule.S4, organisation, ORGANISATION__ORGANISATION_NUMBER, number);
		}
	}

	/** S5: e-mail addresses and Swedish phone numbers are well formed. */
	public void s5ContactDetailsAreWellFormed(Person person, Findings findings) {
		if (person.getEmail() != null && !EMAIL.matcher(person.getEmail()).matches()) {
			findings.report(Rule.S5, person, PERSON__EMAIL, person.getEmail());
		}
		for (String phone : person.getPhones()) {
			if (!isSwedishPhone(phone)) {
				findings.reportCase(Rule.S5, "phone", person, PERSON__PHONES, phone);
			}
		}
	}

	/** S6: every appendix has content in the model. */
	public void s6AppendicesHaveContent(Agreement agreement, Findings findings) {
		for (Appendix appendix : agreement.getAppendices()) {
			boolean present = switch (appendix.getContent()) {
			case CONTACTS -> agreement.getCoordination() != null
					&& agreement.getCoordination().getCoordinators().stream().anyMatch(c -> c.getPerson() != null);
			case SITUATION_PICTURE -> agreement.getSituationPicture() != null;
			case ACTION_PLANS -> !agreement.getActionPlans().isEmpty();
			case COMMUNICATION_PLAN -> agreement.getCommunicationPlan() != null;
			case FOLLOW_UP_PLAN -> agreement.getFollowUpPlan() != null;
			case OTHER -> true;
			};
			if (!present) {
				findings.report(Rule.S6, appendix, APPENDIX__CONTENT, appendix.getNumber());
			}
		}
	}

	/**
	 * S7: a document that belongs to an agreement ({@code under}) is dated within it. Its period
	 * lies within the agreement's period or validity; its decision, its signatures and its
	 * promises' dates are not after the agreement ends, nor before the agreement itself was made
	 * (its first date: decided, signed or begun). Partial dates count when wholly outside.
	 */
	public void s7DatedWithinTheAgreementItBelongsTo(Agreement agreement, Findings findings) {
		Agreement framework = agreement.getFramework();
		if (framework == null || framework.eIsProxy()) {
			return;
		}
		LocalDate begins = frameworkBegins(framework);
		LocalDate ends = frameworkEnds(framework);
		if (begins == null && ends == null) {
			return;
		}
		Object[] span = { ElementReferences.of(framework), begins == null ? "…" : begins, ends == null ? "…" : ends };
		PartialDate first = agreement.getPeriodFrom() != null ? agreement.getPeriodFrom()
				: agreement.getValidity() == null ? null : day(agreement.getValidity().getFrom());
		PartialDate last = agreement.getPeriodTo() != null ? agreement.getPeriodTo()
				: agreement.getPeriodFrom() != null ? agreement.getPeriodFrom()
						: agreement.getValidity() == null ? null : day(agreement.getValidity().getTo());
		boolean startsBefore = first != null && first.hasYear() && begins != null && first.end().isBefore(begins);
		boolean endsAfter = last != null && last.hasYear() && ends != null && last.start().isAfter(ends);
		if (startsBefore || endsAfter) {
			String period = first == last || last == null ? String.valueOf(first) : first + "–" + last;
			findings.reportCase(Rule.S7, "period", agreement,
					agreement.getPeriodFrom() != null ? AGREEMENT__PERIOD_FROM : AGREEMENT__VALIDITY,
					concat(period, span));
		}
		LocalDate made = frameworkMade(framework, begins);
		check(agreement.getDecided(), agreement, AGREEMENT__DECIDED, made, ends, span, findings);
		check(agreement.getSigned(), agreement, AGREEMENT__SIGNED, made, ends, span, findings);
		if (agreement.getSigning() != null) {
			for (Signature signature : agreement.getSigning().getSignatures()) {
				check(day(signature.getDate()), signature, SIGNATURE__DATE, made, ends, span, findings);
			}
		}
		for (CitizenPromise promise : agreement.getPromises()) {
			check(day(promise.getDate()), promise, CITIZEN_PROMISE__DATE, made, ends, span, findings);
		}
	}

	private static void check(PartialDate date, EObject element, EStructuralFeature feature, LocalDate made,
			LocalDate ends, Object[] span, Findings findings) {
		if (date == null || !date.hasYear()) {
			return;
		}
		if ((made != null && date.end().isBefore(made)) || (ends != null && date.start().isAfter(ends))) {
			findings.report(Rule.S7, element, feature, concat(date.toString(), span));
		}
	}

	/** The first day of the agreement's validity or period. */
	private static LocalDate frameworkBegins(Agreement framework) {
		if (framework.getValidity() != null && framework.getValidity().getFrom() != null) {
			return framework.getValidity().getFrom();
		}
		return framework.getPeriodFrom() != null && framework.getPeriodFrom().hasYear() ? framework.getPeriodFrom().start()
				: null;
	}

	/** The last day of the agreement's validity or period. */
	private static LocalDate frameworkEnds(Agreement framework) {
		if (framework.getValidity() != null && framework.getValidity().getTo() != null) {
			return framework.getValidity().getTo();
		}
		PartialDate last = Agreements.lastPeriod(framework);
		return last == null ? null : last.end();
	}

	/** The first day the agreement is known to exist: decided, signed or begun, whichever is first. */
	private static LocalDate frameworkMade(Agreement framework, LocalDate begins) {
		LocalDate made = begins;
		for (PartialDate date : new PartialDate[] { framework.getDecided(), framework.getSigned() }) {
			if (date != null && date.hasYear() && (made == null || date.start().isBefore(made))) {
				made = date.start();
			}
		}
		if (framework.getSigning() != null) {
			for (Signature signature : framework.getSigning().getSignatures()) {
				if (signature.getDate() != null && (made == null || signature.getDate().isBefore(made))) {
					made = signature.getDate();
				}
			}
		}
		return made;
	}

	private static PartialDate day(LocalDate date) {
		return date == null ? null : PartialDate.parse(date.toString());
	}

	private static Object[] concat(Object first, Object[] rest) {
		Object[] all = new Object[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	static boolean isSwedishPhone(String phone) {
		if (!PHONE_CHARACTERS.matcher(phone).matches()) {
			return false;
		}
		String digits = phone.replaceAll("[^0-9]", "");
		boolean national = phone.startsWith("0") && digits.length() >= 8 && digits.length() <= 10;
		boolean international = phone.startsWith("+46") && digits.length() >= 10 && digits.length() <= 12;
		return national || international;
	}
}
