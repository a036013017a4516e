/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;

import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Finding;
import se.samverka.model.Goal;
import se.samverka.model.Outcome;
import se.samverka.model.PromiseActivity;
import se.samverka.model.Trackable;
import se.samverka.model.derived.Titles;
import se.samverka.model.labels.ElementLabels;

/**
 * A citizen promise in the national model's columns: the promise is the measure (its text in
 * "Åtgärd", who promises in "Ansvarig", the problems it answers in "Orsak"), its goals fill the goal
 * columns, and each activity gets a row of its own with its text, owners and time.
 */
final class PromiseRows {
	private PromiseRows() {
	}

	/** The row of a promise's goal, or of the promise itself when goal is null. */
	static Map<Column, String> promise(Agreement agreement, CitizenPromise promise, Goal goal) {
		Map<Column, String> row = common(promise);
		row.put(Column.GOAL_ID, goal == null ? "" : ActionPlanTable.goalId(promise.getGoals(), goal));
		row.put(Column.MEASURE, ActionPlanTable.text(promise.getText()));
		row.put(Column.GOAL, goal == null ? "" : ActionPlanTable.text(goal.getText()));
		row.put(Column.BASELINE, goal == null ? "" : ActionPlanTable.number(goal.getBaseline()));
		row.put(Column.TARGET, goal == null ? "" : ActionPlanTable.number(goal.getTarget()));
		row.put(Column.YEAR, goal == null || goal.getYear() == 0 ? "" : String.valueOf(goal.getYear()));
		row.put(Column.RESPONSIBLE, ActionPlanTable.names(promise.getOwners()));
		row.put(Column.WHEN, "");
		row.put(Column.STATUS, latestStatus(agreement, ActionPlanTable.statusSubject(promise, goal)));
		return row;
	}

	/** The row of one of the promise's activities. */
	static Map<Column, String> activity(Agreement agreement, CitizenPromise promise, PromiseActivity activity) {
		Map<Column, String> row = common(promise);
		row.put(Column.GOAL_ID, activity.getName());
		row.put(Column.MEASURE, ActionPlanTable.text(activity.getText()));
		for (Column goalColumn : new Column[] { Column.GOAL, Column.BASELINE, Column.TARGET, Column.YEAR }) {
			row.put(goalColumn, "");
		}
		row.put(Column.RESPONSIBLE, ActionPlanTable.names(activity.getOwners()));
		row.put(Column.WHEN, activity.getWhen() != null ? activity.getWhen()
				: activity.getPeriod() != null ? activity.getPeriod().toString() : "");
		row.put(Column.STATUS, latestStatus(agreement, activity));
		return row;
	}

	/** The cells every row of a promise shares. */
	static Map<Column, String> common(CitizenPromise promise) {
		Map<Column, String> row = new EnumMap<>(Column.class);
		row.put(Column.MEASURE_ID, promise.getName());
		row.put(Column.PRIORITY_AREA, promise.getPriorityArea() == null ? "" : ElementLabels.of(promise.getPriorityArea()));
		row.put(Column.CAUSE, promise.getAnswers().stream().map(PromiseRows::finding)
				.collect(Collectors.joining(ActionPlanTable.LIST_SEPARATOR)));
		row.put(Column.PURPOSE, "");
		row.put(Column.COMMITMENT, "");
		row.put(Column.FUNDING, "");
		return row;
	}

	/** A problem by its title or words (a problem's or observation's text), its name only when it has neither. */
	static String finding(Finding finding) {
		String title = Titles.of(finding);
		if (title != null) {
			return title;
		}
		for (String feature : List.of("text", "subject", "question", "category")) {
			EStructuralFeature words = finding.eClass().getEStructuralFeature(feature);
			if (words != null && finding.eGet(words) instanceof String text && !text.isBlank()) {
				return text;
			}
		}
		return ElementLabels.of(finding);
	}

	private static String latestStatus(Agreement agreement, Trackable subject) {
		Outcome latest = ActionPlanTable.latestOutcome(agreement, subject);
		return latest == null ? "" : Texts.get("status." + latest.getStatus().name());
	}
}
