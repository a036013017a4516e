/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import se.samverka.model.ActionPlan;
import se.samverka.model.labels.SwedishNumbers;
import se.samverka.model.Actor;
import se.samverka.model.Agreement;
import se.samverka.model.Cause;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Commitment;
import se.samverka.model.Funding;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.NamedElement;
import se.samverka.model.Outcome;
import se.samverka.model.PromiseActivity;
import se.samverka.model.Trackable;
import se.samverka.model.labels.ElementLabels;

/**
 * The agreement's action plans and citizen promises as rows of the national model's columns: one
 * row per goal of each measure or promise (one without goals gets one row), its cells repeated on
 * each of its rows, and a row per activity of a promise. Cells are plain text; numbers are written
 * with a decimal point.
 */
public final class ActionPlanTable {
	/** Several references in one cell go on lines of their own: titles and causes hold commas. */
	static final String LIST_SEPARATOR = "\n";

	private ActionPlanTable() {
	}

	public static List<String> header() {
		return Arrays.stream(Column.values()).map(Column::header).toList();
	}

	/**
	 * The agreement's sheet: the measures' rows, then the promises' (a row per goal, one for a
	 * promise without goals, and a row per activity), and an outcome and a status column per period
	 * the follow-up covers.
	 */
	public static ActionPlanSheet sheet(Agreement agreement) {
		List<OutcomeColumn> outcomeColumns = new ArrayList<>();
		for (String period : FollowUpPeriods.present(agreement)) {
			outcomeColumns.add(new OutcomeColumn(false, period));
			outcomeColumns.add(new OutcomeColumn(true, period));
		}
		List<TableRow> rows = new ArrayList<>();
		for (ActionPlan plan : agreement.getActionPlans()) {
			for (Measure measure : plan.getMeasures()) {
				if (measure.getGoals().isEmpty()) {
					rows.add(withOutcomes(agreement, row(agreement, measure, null), measure, outcomeColumns));
				}
				for (Goal goal : measure.getGoals()) {
					rows.add(withOutcomes(agreement, row(agreement, measure, goal), statusSubject(measure, goal), outcomeColumns));
				}
			}
		}
		for (CitizenPromise promise : agreement.getPromises()) {
			if (promise.getGoals().isEmpty()) {
				rows.add(withOutcomes(agreement, PromiseRows.promise(agreement, promise, null), promise, outcomeColumns));
			}
			for (Goal goal : promise.getGoals()) {
				rows.add(withOutcomes(agreement, PromiseRows.promise(agreement, promise, goal), statusSubject(promise, goal),
						outcomeColumns));
			}
			for (PromiseActivity activity : promise.getActivities()) {
				rows.add(withOutcomes(agreement, PromiseRows.activity(agreement, promise, activity), activity, outcomeColumns));
			}
		}
		return new ActionPlanSheet(outcomeColumns, rows);
	}

	private static TableRow withOutcomes(Agreement agreement, Map<Column, String> cells, Trackable subject,
			List<OutcomeColumn> columns) {
		Map<OutcomeColumn, String> outcomes = new LinkedHashMap<>();
		for (OutcomeColumn column : columns) {
			Outcome outcome = FollowUpPeriods.find(agreement, subject, column.period());
			outcomes.put(column, column.status() ? OutcomeCells.status(outcome).text() : OutcomeCells.value(outcome).text());
		}
		return new TableRow(cells, outcomes);
	}

	static Map<Column, String> row(Agreement agreement, Measure measure, Goal goal) {
		Map<Column, String> row = new EnumMap<>(Column.class);
		row.put(Column.MEASURE_ID, measure.getName());
		row.put(Column.GOAL_ID, goal == null ? "" : goalId(measure.getGoals(), goal));
		row.put(Column.PRIORITY_AREA, names(measure.getPriorityAreas()));
		row.put(Column.CAUSE, measure.getCauses().stream().map(ActionPlanTable::cause).collect(Collectors.joining(LIST_SEPARATOR)));
		row.put(Column.MEASURE, ElementLabels.of(measure));
		row.put(Column.PURPOSE, text(measure.getPurpose()));
		row.put(Column.GOAL, goal == null ? "" : text(goal.getText()));
		row.put(Column.BASELINE, goal == null ? "" : number(goal.getBaseline()));
		row.put(Column.TARGET, goal == null ? "" : number(goal.getTarget()));
		row.put(Column.YEAR, goal == null || goal.getYear() == 0 ? "" : String.valueOf(goal.getYear()));
		row.put(Column.RESPONSIBLE, measure.getResponsible().stream().map(ActionPlanTable::actor)
				.collect(Collectors.joining(LIST_SEPARATOR)));
		row.put(Column.COMMITMENT, measure.getCommitments().stream().map(Commitment::getText).map(ActionPlanTable::text)
				.collect(Collectors.joining("\n")));
		row.put(Column.FUNDING, funding(measure));
		row.put(Column.WHEN, text(measure.getWhen()));
		Outcome latest = latestOutcome(agreement, statusSubject(measure, goal));
		row.put(Column.STATUS, latest == null || !latest.isSetStatus() ? "" : Texts.get("status." + latest.getStatus().name()));
		return row;
	}

	/** A goal's name, or for a goal without one its place among the measure's or promise's goals ("#2"). */
	static String goalId(List<Goal> goals, Goal goal) {
		return goal.getName() != null ? goal.getName() : "#" + (goals.indexOf(goal) + 1);
	}

	/**
	 * What a row's follow-up status is about: its goal, or the measure when the goal has no name (an
	 * outcome names its subject, and an unnamed goal cannot be named).
	 */
	static Trackable statusSubject(Trackable owner, Goal goal) {
		return goal != null && goal.getName() != null ? goal : owner;
	}

	/** The follow-up plan's newest outcome with a status for the goal or measure. */
	static Outcome latestOutcome(Agreement agreement, Trackable subject) {
		if (agreement.getFollowUpPlan() == null) {
			return null;
		}
		return agreement.getFollowUpPlan().getOutcomes().stream()
				.filter(o -> o.getSubject() == subject && o.isSetStatus() && o.getDate() != null)
				.max(Comparator.comparing(Outcome::getDate)).orElse(null);
	}

	static String funding(Measure measure) {
		return measure.getFunding().stream().map(ActionPlanTable::funding).collect(Collectors.joining("\n"));
	}

	private static String funding(Funding funding) {
		return Arrays.asList(funding.getText(), funding.getAmount() == null ? null : Texts.get("funding.amount", SwedishNumbers.format(funding.getAmount())))
				.stream().filter(Objects::nonNull).collect(Collectors.joining(" "));
	}

	static String names(List<? extends NamedElement> elements) {
		return elements.stream().map(ElementLabels::of).collect(Collectors.joining(LIST_SEPARATOR));
	}

	static String cause(Cause cause) {
		return cause.getText() != null ? cause.getText() : ElementLabels.of(cause);
	}

	static String actor(Actor actor) {
		return actor instanceof NamedElement named ? ElementLabels.of(named) : String.valueOf(actor);
	}

	static String number(BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString();
	}

	static String text(String text) {
		return text == null ? "" : text;
	}
}
