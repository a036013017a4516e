/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.samverka.model.labels.PeriodTexts;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.model.EdgeKinds;
import se.samverka.diagram.model.NodeKinds;
import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Finding;
import se.samverka.model.FollowUpStatus;
import se.samverka.model.Goal;
import se.samverka.model.LocalProblem;
import se.samverka.model.Model;
import se.samverka.model.Outcome;
import se.samverka.model.PromiseActivity;
import se.samverka.model.derived.FollowUps;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.Relation;
import se.samverka.model.labels.ValueNames;

/**
 * The chain of a promise document, left to right: what residents said and the situation picture
 * showed → the problems → the promises that answer them → their goals and activities → the
 * outcome of each for each period, coloured by its traffic light. A problem the document answers
 * without a promise, and a promise that answers nothing, are gaps.
 */
final class PromiseChain {
	private final DiagramBuilder builder;
	private final DiagramNode root;

	private PromiseChain(DiagramBuilder builder) {
		this.builder = builder;
		this.root = builder.diagram().root();
	}

	static void add(DiagramBuilder builder, Agreement agreement) {
		new PromiseChain(builder).chain(agreement);
	}

	private void chain(Agreement agreement) {
		for (CitizenPromise promise : agreement.getPromises()) {
			promise(promise);
		}
		for (Finding problem : agreement.getAnswers()) {
			if (builder.nodeOf(problem) == null) {
				finding(problem).markGap();
			}
		}
		for (Outcome outcome : outcomes(agreement)) {
			outcome(outcome, agreement);
		}
	}

	private void promise(CitizenPromise promise) {
		String text = promise.getText() != null ? promise.getText() : ElementLabels.of(promise);
		DiagramNode node = builder.node(promise, root, NodeKinds.PROMISE, text);
		if (!promise.getOwners().isEmpty()) {
			node.details().add(DiagramTexts.get("promise.owners", ChainTexts.titles(promise.getOwners())));
		}
		if (!promise.getPlaces().isEmpty()) {
			node.details().add(DiagramTexts.get("promise.places", ChainTexts.titles(promise.getPlaces())));
		}
		if (promise.getPriorityArea() != null) {
			builder.connect(promise.getPriorityArea(), promise, EdgeKinds.ADDRESSED_BY, Relation.ADDRESSED_BY.label());
		}
		for (Finding answered : promise.getAnswers()) {
			finding(answered);
			builder.connect(answered, promise, EdgeKinds.ANSWERS, DiagramTexts.get("relation.answeredBy"));
		}
		if (promise.getAnswers().isEmpty() && promise.getPriorityArea() == null) {
			node.markGap();
		}
		for (Goal goal : promise.getGoals()) {
			DiagramNode goalNode = builder.node(goal, root, NodeKinds.GOAL, ChainTexts.goal(goal));
			String target = ChainTexts.target(goal);
			if (target != null) {
				goalNode.details().add(target);
			}
			builder.connect(promise, goal, EdgeKinds.AIMS_AT, Relation.AIMS_AT.label());
		}
		for (PromiseActivity activity : promise.getActivities()) {
			String label = activity.getText() != null ? activity.getText() : ElementLabels.of(activity);
			DiagramNode activityNode = builder.node(activity, root, NodeKinds.ACTIVITY, label);
			if (!activity.getOwners().isEmpty() && !activity.getOwners().equals(promise.getOwners())) {
				activityNode.details().add(DiagramTexts.get("responsible", ChainTexts.titles(activity.getOwners())));
			}
			if (activity.getWhen() != null) {
				activityNode.details().add(DiagramTexts.get("activity.when", activity.getWhen()));
			}
			builder.connect(promise, activity, EdgeKinds.CARRIED_OUT_BY, DiagramTexts.get("relation.carriedOutBy"));
		}
	}

	/** A finding's box, with the findings a problem is based on before it. */
	private DiagramNode finding(Finding finding) {
		DiagramNode existing = builder.nodeOf(finding);
		if (existing != null) {
			return existing;
		}
		String kind = finding instanceof LocalProblem ? NodeKinds.PROBLEM : NodeKinds.FINDING;
		DiagramNode node = builder.node(finding, root, kind, ChainTexts.finding(finding));
		if (finding instanceof LocalProblem problem) {
			for (Finding basis : problem.getBasedOn()) {
				finding(basis);
				builder.connect(basis, problem, EdgeKinds.JUSTIFIES, Relation.JUSTIFIES.label());
			}
		}
		return node;
	}

	private void outcome(Outcome outcome, Agreement agreement) {
		EObject subject = drawnFrom(outcome);
		if (builder.nodeOf(subject) == null) {
			return;
		}
		String period = period(outcome, agreement);
		DiagramNode node = builder.node(outcome, root, NodeKinds.OUTCOME,
				period == null ? DiagramTexts.get("outcome") : DiagramTexts.get("outcome.period", period));
		FollowUps.trafficLight(outcome).ifPresent(light -> node.setTrafficLight(light.name().toLowerCase(Locale.ROOT)));
		String status = outcome.isSetProgress() ? ValueNames.of(outcome.getProgress())
				: outcome.isSetStatus() ? trafficLight(outcome.getStatus()) : null;
		if (status != null) {
			node.details().add(status);
		}
		if (outcome.getValue() != null) {
			String qualifier = outcome.isSetQualifier() ? ValueNames.of(outcome.getQualifier()) + " " : "";
			String unit = subject instanceof Goal goal && goal.getUnit() != null ? " " + goal.getUnit() : "";
			node.details().add(DiagramTexts.get("outcome.value", qualifier + ChainTexts.number(outcome.getValue()) + unit));
		}
		if (outcome.getDate() != null) {
			node.details().add(DiagramTexts.get("outcome.date", outcome.getDate().toString()));
		}
		builder.connect(subject, outcome, EdgeKinds.OUTCOME, DiagramTexts.get("relation.outcome"));
	}

	/** A traffic light in words, for a follow-up that gives no status in words. */
	private static String trafficLight(FollowUpStatus light) {
		return switch (light) {
		case GREEN -> DiagramTexts.get("trafficLight.green");
		case YELLOW -> DiagramTexts.get("trafficLight.yellow");
		case RED -> DiagramTexts.get("trafficLight.red");
		};
	}

	/**
	 * The box an outcome hangs from: its subject, or for a promise with one goal and an outcome with a
	 * value, that goal, since the value is measured against it.
	 */
	private static EObject drawnFrom(Outcome outcome) {
		if (outcome.getSubject() instanceof CitizenPromise promise && promise.getGoals().size() == 1
				&& outcome.getValue() != null) {
			return promise.getGoals().get(0);
		}
		return outcome.getSubject();
	}

	/** The period an outcome is for: as written on it, else the period of the document it follows up, else null. */
	private static String period(Outcome outcome, Agreement agreement) {
		if (outcome.getPeriod() != null) {
			return outcome.getPeriod().toString();
		}
		if (EcoreUtil.isAncestor(agreement, outcome) && agreement.getPeriodFrom() != null) {
			return PeriodTexts.of(agreement);
		}
		return null;
	}

	/**
	 * The outcomes of the document's promises, goals and activities: its own follow-up first, then
	 * those a later follow-up in the same set of files reports.
	 */
	private static List<Outcome> outcomes(Agreement agreement) {
		List<Outcome> outcomes = new ArrayList<>();
		if (agreement.getFollowUpPlan() != null) {
			outcomes.addAll(agreement.getFollowUpPlan().getOutcomes());
		}
		Resource resource = agreement.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return outcomes;
		}
		for (Resource other : resource.getResourceSet().getResources()) {
			for (EObject content : other.getContents()) {
				if (content instanceof Model model) {
					for (Agreement document : model.getAgreements()) {
						if (document != agreement && document.getFollowUpPlan() != null) {
							document.getFollowUpPlan().getOutcomes().stream()
									.filter(o -> o.getSubject() != null && EcoreUtil.isAncestor(agreement, o.getSubject()))
									.forEach(outcomes::add);
						}
					}
				}
			}
		}
		return outcomes;
	}
}
