/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.cycle;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.samverka.model.ActionPlan;
import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Continuity;
import se.samverka.model.DocumentStatus;
import se.samverka.model.FollowUpPlan;
import se.samverka.model.Goal;
import se.samverka.model.Model;
import se.samverka.model.NamedElement;
import se.samverka.model.PromiseActivity;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.Signature;
import se.samverka.model.Suppression;

/**
 * Next year's promise document as a model, made from this year's by its {@link NextYearPlan}:
 * <ul>
 * <li>the same kind, framework, parties, participants, municipality and police area, background
 * and overarching goals; {@code föregående} this year's document; status {@code utkast}; the next
 * period; no decision or signature date and no validity dates;</li>
 * <li>each continuing promise copied with its owners, partners, places, goals (targets kept, their
 * periods moved) and activities, marked {@code fortsätter} this year's promise (each activity
 * {@code fortsätter} its own); an ended promise is not copied, which is how the language says
 * that a promise was dropped;</li>
 * <li>no situation picture: the promises and the document go on answering the problems of this
 * year's picture by reference, until a new picture is written;</li>
 * <li>the follow-up plan with its planned follow-ups but no outcomes;</li>
 * <li>the signatures by party and function, without names or dates.</li>
 * </ul>
 * Everything copied keeps its references into other documents and files; references between
 * copied elements point to the copies.
 */
final class NextYearModel {
	private NextYearModel() {
	}

	/** A model holding only the new document, not yet in any resource. */
	static Model of(NextYearPlan plan) {
		Agreement current = plan.current();
		Agreement next = SamverkaFactory.eINSTANCE.createAgreement();
		next.setName(plan.name());
		next.setTitle(plan.title());
		next.setKind(current.getKind());
		next.setTerm(current.getTerm());
		next.setFramework(current.getFramework());
		next.setBackground(current.getBackground());
		next.setScope(current.getScope());
		next.getParties().addAll(current.getParties());
		next.setPartiesTerm(current.getPartiesTerm());
		next.getParticipants().addAll(current.getParticipants());
		next.setMunicipality(current.getMunicipality());
		next.setPoliceArea(current.getPoliceArea());
		next.setPredecessor(current);
		next.setStatus(DocumentStatus.DRAFT);
		next.setPeriodFrom(plan.periodFrom());
		next.setPeriodTo(plan.periodTo());
		next.setYearlyRevision(current.isYearlyRevision());
		next.setNetworkGroupPerAreaGroup(current.isNetworkGroupPerAreaGroup());
		next.getAnswers().addAll(current.getAnswers());

		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		next.getAppendices().addAll(copier.copyAll(current.getAppendices()));
		next.getGoals().addAll(copier.copyAll(current.getGoals()));
		next.getBodies().addAll(copier.copyAll(current.getBodies()));
		next.setCoordination(copy(copier, current.getCoordination()));
		next.getPriorityAreas().addAll(copier.copyAll(current.getPriorityAreas()));
		next.getActionPlans().addAll(copier.copyAll(current.getActionPlans()));
		next.setCommunicationPlan(copy(copier, current.getCommunicationPlan()));
		if (current.getFollowUpPlan() != null) {
			FollowUpPlan followUp = SamverkaFactory.eINSTANCE.createFollowUpPlan();
			followUp.setName(plan.elementName(current.getFollowUpPlan().getName()));
			followUp.getEntries().addAll(copier.copyAll(current.getFollowUpPlan().getEntries()));
			next.setFollowUpPlan(followUp);
		}
		next.getPromises().addAll(copier.copyAll(plan.continuing()));
		next.getClauses().addAll(copier.copyAll(current.getClauses()));
		next.setSigning(copy(copier, current.getSigning()));
		List<Suppression> onDocument = new ArrayList<>();
		for (Suppression suppression : current.getSuppressions()) {
			// a suppression on what was not copied (an outcome, last year's picture) stays with last year
			if (suppression.getElement() == current) {
				onDocument.add(copy(copier, suppression));
			} else if (copier.containsKey(suppression.getElement())) {
				next.getSuppressions().add(copy(copier, suppression));
			}
		}
		copier.copyReferences();
		for (Suppression suppression : onDocument) {
			// one on this year's document holds for next year's
			suppression.setElement(next);
			next.getSuppressions().add(suppression);
		}

		for (CitizenPromise old : plan.continuing()) {
			carryOn(old, (CitizenPromise) copier.get(old), plan);
		}
		for (ActionPlan actionPlan : next.getActionPlans()) {
			actionPlan.setDecidedOn(null);
		}
		if (next.getSigning() != null) {
			for (Signature signature : next.getSigning().getSignatures()) {
				// who signs next year is known when it is signed
				signature.setSignatory(null);
				signature.setSignatoryTitle(null);
				signature.setDate(null);
			}
		}
		renameCopies(copier, plan);
		Model model = SamverkaFactory.eINSTANCE.createModel();
		model.getAgreements().add(next);
		return model;
	}

	private static void carryOn(CitizenPromise old, CitizenPromise copy, NextYearPlan plan) {
		copy.setContinuity(Continuity.CONTINUES);
		copy.setPrevious(old);
		copy.setDate(null);
		for (Goal goal : copy.getGoals()) {
			goal.setPeriod(plan.shift().apply(goal.getPeriod()));
			if (goal.getYear() != 0) {
				goal.setYear(goal.getYear() + plan.shift().years());
			}
		}
		for (int i = 0; i < copy.getActivities().size(); i++) {
			PromiseActivity activity = copy.getActivities().get(i);
			activity.setContinuity(Continuity.CONTINUES);
			activity.setPrevious(old.getActivities().get(i));
			activity.setPeriod(plan.shift().apply(activity.getPeriod()));
		}
	}

	/** Names with a year in them move with the period: "Narkotikainsatser2020" becomes "Narkotikainsatser2022". */
	private static void renameCopies(EcoreUtil.Copier copier, NextYearPlan plan) {
		// the copier holds every copied object, nested ones included, each once
		for (EObject copy : copier.values()) {
			if (copy instanceof NamedElement named && named.getName() != null && !named.getName().isEmpty()) {
				named.setName(plan.elementName(named.getName()));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static <T extends EObject> T copy(EcoreUtil.Copier copier, T original) {
		return original == null ? null : (T) copier.copy(original);
	}
}
