/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.samverka.model.Actor;
import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.FollowUpPlan;
import se.samverka.model.FollowUpStatus;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.NamedElement;
import se.samverka.model.Outcome;
import se.samverka.model.PromiseActivity;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.Trackable;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.time.PartialDate;

/**
 * An edited action plan spreadsheet applied to the agreement's measures, citizen promises, their
 * goals and activities, and their outcomes per follow-up period. Every row is
 * mapped first; only when the whole file maps are the changes made, so a file that cannot be mapped
 * changes nothing. Each change is reported; a new follow-up status becomes a dated outcome in the
 * follow-up plan, so the history of statuses is kept.
 */
public final class ActionPlanUpdate {
	private final Agreement agreement;
	private final LocalDate today;
	private final List<Runnable> edits = new ArrayList<>();
	private final List<String> changes = new ArrayList<>();
	private final Map<String, Integer> firstRowOfMeasure = new HashMap<>();
	private final Map<String, Map<Column, String>> firstCells = new HashMap<>();
	private final Map<OutcomeColumn, PartialDate> periods = new HashMap<>();
	private final Map<Trackable, Map<OutcomeColumn, Object[]>> outcomeCells = new HashMap<>();
	/** The cells a measure's rows share. */
	private static final List<Column> SHARED = List.of(Column.PRIORITY_AREA, Column.CAUSE, Column.MEASURE, Column.PURPOSE,
			Column.RESPONSIBLE, Column.COMMITMENT, Column.FUNDING, Column.WHEN);

	private ActionPlanUpdate(Agreement agreement, LocalDate today) {
		this.agreement = agreement;
		this.today = today;
	}

	/**
	 * Applies the sheet's rows (the header is row 1, so the first data row is row 2) and returns the
	 * changes made, in the user's language; nothing is changed if any row cannot be mapped.
	 */
	public static List<String> apply(Agreement agreement, ActionPlanSheet sheet, LocalDate today) throws TableException {
		if (sheet.rows().isEmpty()) {
			throw new TableException(2, null, Texts.get("error.noRows"));
		}
		ActionPlanUpdate update = new ActionPlanUpdate(agreement, today);
		update.periods(sheet);
		for (int i = 0; i < sheet.rows().size(); i++) {
			update.map(i + 2, sheet.rows().get(i), sheet);
		}
		update.edits.forEach(Runnable::run);
		return update.changes;
	}

	/** Every outcome column's period must be the document's own or a date with a year. */
	private void periods(ActionPlanSheet sheet) throws TableException {
		for (OutcomeColumn column : sheet.outcomeColumns()) {
			try {
				periods.put(column, FollowUpPeriods.resolve(column.period(), agreement));
			} catch (IllegalArgumentException notAPeriod) {
				throw new TableException(1, sheet.index(column), column.header(),
						Texts.get("error.period", column.period(), FollowUpPeriods.document(agreement)));
			}
		}
	}

	private void map(int row, TableRow tableRow, ActionPlanSheet sheet) throws TableException {
		Map<Column, String> cells = tableRow.cells();
		String measureId = cell(cells, Column.MEASURE_ID);
		if (measureId.isEmpty()) {
			throw new TableException(row, Column.MEASURE_ID, Texts.get("error.noMeasureId"));
		}
		Measure measure = agreement.getActionPlans().stream().flatMap(p -> p.getMeasures().stream())
				.filter(m -> measureId.equals(m.getName())).findFirst().orElse(null);
		if (measure == null) {
			CitizenPromise promise = agreement.getPromises().stream().filter(p -> measureId.equals(p.getName())).findFirst()
					.orElseThrow(() -> new TableException(row, Column.MEASURE_ID, Texts.get("error.unknownMeasure", measureId)));
			promise(row, tableRow, sheet, promise);
			return;
		}
		Integer first = firstRowOfMeasure.putIfAbsent(measureId, row);
		if (first == null) {
			firstCells.put(measureId, cells);
			measure(row, cells, measure);
		} else {
			sameAsFirst(row, cells, first, measureId, SHARED);
		}
		String goalId = cell(cells, Column.GOAL_ID);
		if (goalId.isEmpty()) {
			goalCellsEmpty(row, cells);
			status(row, cells, measure, measure.getName());
			outcomes(row, tableRow, sheet, measure, measure.getName());
			return;
		}
		Goal goal = measure.getGoals().stream().filter(g -> goalId.equals(ActionPlanTable.goalId(measure.getGoals(), g)))
				.findFirst().orElseThrow(() -> new TableException(row, Column.GOAL_ID, Texts.get("error.unknownGoal", goalId)));
		goal(row, cells, goal, measure.getName() + "." + goalId);
		Trackable subject = ActionPlanTable.statusSubject(measure, goal);
		String label = subject == goal ? measure.getName() + "." + goalId : measure.getName();
		status(row, cells, subject, label);
		outcomes(row, tableRow, sheet, subject, label);
	}

	/**
	 * A promise's row: of the promise itself, of one of its goals or of one of its activities. The
	 * promise's and activities' texts, the activities' times and the goals' cells are read; who
	 * promises, where and what it answers are changed in the model.
	 */
	private void promise(int row, TableRow tableRow, ActionPlanSheet sheet, CitizenPromise promise) throws TableException {
		Map<Column, String> cells = tableRow.cells();
		String name = promise.getName();
		String goalId = cell(cells, Column.GOAL_ID);
		PromiseActivity activity = goalId.isEmpty() ? null
				: promise.getActivities().stream().filter(a -> goalId.equals(a.getName())).findFirst().orElse(null);
		Goal goal = goalId.isEmpty() || activity != null ? null
				: promise.getGoals().stream().filter(g -> goalId.equals(ActionPlanTable.goalId(promise.getGoals(), g)))
						.findFirst().orElseThrow(() -> new TableException(row, Column.GOAL_ID,
								Texts.get("error.unknownGoalOrActivity", goalId)));
		Map<Column, String> expected = activity != null ? PromiseRows.activity(agreement, promise, activity)
				: PromiseRows.promise(agreement, promise, goal);
		for (Column column : List.of(Column.PRIORITY_AREA, Column.CAUSE, Column.PURPOSE, Column.RESPONSIBLE,
				Column.COMMITMENT, Column.FUNDING)) {
			if (!cell(cells, column).equals(expected.get(column).strip())) {
				throw new TableException(row, column, Texts.get("error.notImportedForPromise"));
			}
		}
		if (activity != null) {
			goalCellsEmpty(row, cells);
			String label = name + "." + activity.getName();
			text(cells, Column.MEASURE, activity.getText(), value -> edit(() -> activity.setText(value),
					Texts.get("change.activity", label, Column.MEASURE.header(), orEmpty(activity.getText()), value)));
			text(cells, Column.WHEN, expected.get(Column.WHEN), value -> edit(() -> activity.setWhen(value),
					Texts.get("change.activity", label, Column.WHEN.header(), expected.get(Column.WHEN), value)));
			status(row, cells, activity, label);
			outcomes(row, tableRow, sheet, activity, label);
			return;
		}
		if (!cell(cells, Column.WHEN).isEmpty()) {
			throw new TableException(row, Column.WHEN, Texts.get("error.notImportedForPromise"));
		}
		Integer first = firstRowOfMeasure.putIfAbsent(name, row);
		if (first == null) {
			firstCells.put(name, cells);
			text(cells, Column.MEASURE, promise.getText(), value -> edit(() -> promise.setText(value),
					Texts.get("change.promise", name, Column.MEASURE.header(), orEmpty(promise.getText()), value)));
		} else {
			sameAsFirst(row, cells, first, name, List.of(Column.MEASURE));
		}
		if (goal == null) {
			goalCellsEmpty(row, cells);
			status(row, cells, promise, name);
			outcomes(row, tableRow, sheet, promise, name);
			return;
		}
		goal(row, cells, goal, name + "." + goalId);
		Trackable subject = ActionPlanTable.statusSubject(promise, goal);
		String label = subject == goal ? name + "." + goalId : name;
		status(row, cells, subject, label);
		outcomes(row, tableRow, sheet, subject, label);
	}

	private static void goalCellsEmpty(int row, Map<Column, String> cells) throws TableException {
		for (Column column : List.of(Column.GOAL, Column.BASELINE, Column.TARGET, Column.YEAR)) {
			if (!cell(cells, column).isEmpty()) {
				throw new TableException(row, column, Texts.get("error.goalCellWithoutGoal"));
			}
		}
	}

	/**
	 * The row's outcome cells for each period: the period's outcome of the subject updated, or made
	 * when the follow-up plan has none yet. Rows that share a subject (a measure's or promise's goals
	 * without names) must agree.
	 */
	private void outcomes(int row, TableRow tableRow, ActionPlanSheet sheet, Trackable subject, String label)
			throws TableException {
		for (String period : sheet.outcomeColumns().stream().map(OutcomeColumn::period).distinct().toList()) {
			OutcomeColumn valueColumn = new OutcomeColumn(false, period);
			OutcomeColumn statusColumn = new OutcomeColumn(true, period);
			boolean hasValue = sheet.outcomeColumns().contains(valueColumn);
			boolean hasStatus = sheet.outcomeColumns().contains(statusColumn);
			if (repeated(row, tableRow, sheet, subject, valueColumn, hasValue)
					| repeated(row, tableRow, sheet, subject, statusColumn, hasStatus)) {
				continue;
			}
			Outcome existing = FollowUpPeriods.find(agreement, subject, period);
			OutcomeCells.Value value = OutcomeCells.value(existing);
			OutcomeCells.Status status = OutcomeCells.status(existing);
			OutcomeCells.Value newValue = value;
			OutcomeCells.Status newStatus = status;
			if (hasValue) {
				try {
					newValue = OutcomeCells.parseValue(tableRow.outcome(valueColumn));
				} catch (IllegalArgumentException notANumber) {
					throw new TableException(row, sheet.index(valueColumn), valueColumn.header(),
							Texts.get("error.outcome", tableRow.outcome(valueColumn).strip()));
				}
			}
			if (hasStatus) {
				try {
					newStatus = OutcomeCells.parseStatus(tableRow.outcome(statusColumn));
				} catch (IllegalArgumentException notAStatus) {
					throw new TableException(row, sheet.index(statusColumn), statusColumn.header(),
							Texts.get("error.outcomeStatus", notAStatus.getMessage(), String.join(", ", OutcomeCells.statusWords())));
				}
			}
			if (newValue.equals(value) && newStatus.equals(status)) {
				continue;
			}
			OutcomeCells.Value chosenValue = newValue;
			OutcomeCells.Status chosenStatus = newStatus;
			PartialDate periodDate = periods.get(hasValue ? valueColumn : statusColumn);
			boolean removes = value.qualifier() != null && chosenValue.qualifier() == null
					|| value.value() != null && chosenValue.value() == null
					|| status.progress() != null && chosenStatus.progress() == null
					|| status.light() != null && chosenStatus.light() == null;
			Runnable change = () -> {
				Outcome outcome = existing;
				if (outcome == null) {
					outcome = SamverkaFactory.eINSTANCE.createOutcome();
					outcome.setSubject(subject);
					outcome.setPeriod(periodDate);
					followUpPlan().getOutcomes().add(outcome);
				} else if (removes) {
					// the saved text is made by Xtext's serializer, which writes a value the parsed text had
					// even after it was unset; a copy has no parsed text, so it is written as it now is
					outcome = EcoreUtil.copy(existing);
					List<Outcome> all = followUpPlan().getOutcomes();
					all.set(all.indexOf(existing), outcome);
				}
				set(outcome, chosenValue, chosenStatus);
			};
			if (!newValue.equals(value)) {
				edit(change, Texts.get("change.outcome", label, period, value.text(), newValue.text()));
				change = () -> { };
			}
			if (!newStatus.equals(status)) {
				edit(change, Texts.get("change.outcomeStatus", label, period, status.text(), newStatus.text()));
			}
		}
	}

	/** Whether an earlier row already gave this subject's cell; refused if it gave another value. */
	private boolean repeated(int row, TableRow tableRow, ActionPlanSheet sheet, Trackable subject, OutcomeColumn column,
			boolean present) throws TableException {
		if (!present) {
			return false;
		}
		String cell = tableRow.outcome(column).strip();
		Map<OutcomeColumn, Object[]> given = outcomeCells.computeIfAbsent(subject, s -> new HashMap<>());
		Object[] earlier = given.putIfAbsent(column, new Object[] { row, cell });
		if (earlier == null) {
			return false;
		}
		if (!earlier[1].equals(cell)) {
			throw new TableException(row, sheet.index(column), column.header(), Texts.get("error.inconsistent", earlier[0]));
		}
		return true;
	}

	private static void set(Outcome outcome, OutcomeCells.Value value, OutcomeCells.Status status) {
		outcome.setValue(value.value());
		if (value.qualifier() == null) {
			outcome.unsetQualifier();
		} else {
			outcome.setQualifier(value.qualifier());
		}
		if (status.progress() == null) {
			outcome.unsetProgress();
		} else {
			outcome.setProgress(status.progress());
		}
		if (status.light() == null) {
			outcome.unsetStatus();
		} else {
			outcome.setStatus(status.light());
		}
	}

	private void measure(int row, Map<Column, String> cells, Measure measure) throws TableException {
		String name = measure.getName();
		text(cells, Column.MEASURE, ElementLabels.of(measure), value -> edit(() -> measure.setTitle(value),
				Texts.get("change.measure", name, Column.MEASURE.header(), ElementLabels.of(measure), value)));
		text(cells, Column.PURPOSE, measure.getPurpose(), value -> edit(() -> measure.setPurpose(value),
				Texts.get("change.measure", name, Column.PURPOSE.header(), orEmpty(measure.getPurpose()), value)));
		text(cells, Column.WHEN, measure.getWhen(), value -> edit(() -> measure.setWhen(value),
				Texts.get("change.measure", name, Column.WHEN.header(), orEmpty(measure.getWhen()), value)));
		references(row, cells, Column.PRIORITY_AREA, measure.getPriorityAreas(), agreement.getPriorityAreas(), ElementLabels::of,
				"error.unknownPriorityArea", measure);
		references(row, cells, Column.CAUSE, measure.getCauses(),
				agreement.getPriorityAreas().stream().flatMap(a -> a.getCauses().stream()).toList(), ActionPlanTable::cause,
				"error.unknownCause", measure);
		references(row, cells, Column.RESPONSIBLE, measure.getResponsible(), actors(), ActionPlanTable::actor,
				"error.unknownActor", measure);
		List<String> commitments = lines(cell(cells, Column.COMMITMENT));
		if (commitments.size() != measure.getCommitments().size()) {
			throw new TableException(row, Column.COMMITMENT,
					Texts.get("error.count", commitments.size(), measure.getCommitments().size()));
		}
		for (int i = 0; i < commitments.size(); i++) {
			var commitment = measure.getCommitments().get(i);
			String value = commitments.get(i);
			if (!value.equals(orEmpty(commitment.getText()))) {
				edit(() -> commitment.setText(value), Texts.get("change.measure", name, Column.COMMITMENT.header(),
						orEmpty(commitment.getText()), value));
			}
		}
		if (!cell(cells, Column.FUNDING).equals(ActionPlanTable.funding(measure).strip())) {
			throw new TableException(row, Column.FUNDING, Texts.get("error.notImported"));
		}
	}

	/** A measure's later rows repeat its first row's cells. */
	private void sameAsFirst(int row, Map<Column, String> cells, int first, String measureId, List<Column> columns)
			throws TableException {
		for (Column column : columns) {
			if (!cell(cells, column).equals(cell(firstCells.get(measureId), column))) {
				throw new TableException(row, column, Texts.get("error.inconsistent", first));
			}
		}
	}

	private void goal(int row, Map<Column, String> cells, Goal goal, String name) throws TableException {
		text(cells, Column.GOAL, goal.getText(), value -> edit(() -> goal.setText(value),
				Texts.get("change.goal", name, Column.GOAL.header(), orEmpty(goal.getText()), value)));
		BigDecimal baseline = number(row, cells, Column.BASELINE);
		if (!Objects.equals(strip(baseline), strip(goal.getBaseline()))) {
			edit(() -> goal.setBaseline(baseline), Texts.get("change.goal", name, Column.BASELINE.header(),
					ActionPlanTable.number(goal.getBaseline()), ActionPlanTable.number(baseline)));
		}
		BigDecimal target = number(row, cells, Column.TARGET);
		if (!Objects.equals(strip(target), strip(goal.getTarget()))) {
			edit(() -> goal.setTarget(target), Texts.get("change.goal", name, Column.TARGET.header(),
					ActionPlanTable.number(goal.getTarget()), ActionPlanTable.number(target)));
		}
		String yearCell = cell(cells, Column.YEAR);
		int year;
		try {
			year = yearCell.isEmpty() ? 0 : Integer.parseInt(yearCell.replaceFirst("\\.0+$", ""));
		} catch (NumberFormatException notAYear) {
			throw new TableException(row, Column.YEAR, Texts.get("error.year", yearCell));
		}
		if (year != 0 && (year < 1900 || year > 2200)) {
			throw new TableException(row, Column.YEAR, Texts.get("error.year", yearCell));
		}
		if (year != goal.getYear()) {
			edit(() -> goal.setYear(year), Texts.get("change.goal", name, Column.YEAR.header(),
					goal.getYear() == 0 ? "" : String.valueOf(goal.getYear()), yearCell));
		}
	}

	private void status(int row, Map<Column, String> cells, Trackable subject, String label) throws TableException {
		String cell = cell(cells, Column.STATUS);
		if (cell.isEmpty()) {
			return;
		}
		FollowUpStatus status = null;
		for (FollowUpStatus each : FollowUpStatus.values()) {
			if (cell.equalsIgnoreCase(Texts.get(Locale.ROOT, "status." + each.name()))
					|| cell.equalsIgnoreCase(Texts.get(Locale.ENGLISH, "status." + each.name()))) {
				status = each;
			}
		}
		if (status == null) {
			throw new TableException(row, Column.STATUS, Texts.get("error.status", cell));
		}
		Outcome latest = ActionPlanTable.latestOutcome(agreement, subject);
		if (latest != null && latest.getStatus() == status) {
			return;
		}
		FollowUpStatus chosen = status;
		edit(() -> {
			Outcome outcome = SamverkaFactory.eINSTANCE.createOutcome();
			outcome.setSubject(subject);
			outcome.setDate(today);
			outcome.setStatus(chosen);
			followUpPlan().getOutcomes().add(outcome);
		}, Texts.get("change.status", label, Texts.get("status." + status.name()), today));
	}

	private FollowUpPlan followUpPlan() {
		if (agreement.getFollowUpPlan() == null) {
			FollowUpPlan plan = SamverkaFactory.eINSTANCE.createFollowUpPlan();
			plan.setName("Uppföljningsplan");
			agreement.setFollowUpPlan(plan);
		}
		return agreement.getFollowUpPlan();
	}

	private static void text(Map<Column, String> cells, Column column, String current, Consumer<String> change) {
		String value = cell(cells, column);
		if (!value.equals(orEmpty(current).strip())) {
			change.accept(value);
		}
	}

	private <T extends EObject> void references(int row, Map<Column, String> cells, Column column, List<T> current,
			List<? extends T> candidates, Function<T, String> label, String unknownKey, Measure measure) throws TableException {
		List<T> chosen = new ArrayList<>();
		for (String name : lines(cell(cells, column))) {
			T found = candidates.stream().filter(c -> name.equalsIgnoreCase(label.apply(c))
					|| c instanceof NamedElement named && name.equals(named.getName())).findFirst()
					.orElseThrow(() -> new TableException(row, column, Texts.get(unknownKey, name)));
			chosen.add(found);
		}
		if (!chosen.equals(current)) {
			String before = String.join(", ", current.stream().map(label).toList());
			String after = String.join(", ", chosen.stream().map(label).toList());
			edit(() -> {
				current.clear();
				current.addAll(chosen);
			}, Texts.get("change.measure", measure.getName(), column.header(), before, after));
		}
	}

	/** Every organisation, role, body and person of the loaded files, which a measure can name as responsible. */
	private List<Actor> actors() {
		List<Actor> actors = new ArrayList<>();
		Resource resource = agreement.eResource();
		Iterable<Resource> resources = resource != null && resource.getResourceSet() != null
				? resource.getResourceSet().getResources() : resource == null ? List.of() : List.of(resource);
		for (Resource each : resources) {
			each.getAllContents().forEachRemaining(object -> {
				if (object instanceof Actor actor) {
					actors.add(actor);
				}
			});
		}
		return actors;
	}

	private BigDecimal number(int row, Map<Column, String> cells, Column column) throws TableException {
		String cell = cell(cells, column).replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
		if (cell.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(cell);
		} catch (NumberFormatException notANumber) {
			throw new TableException(row, column, Texts.get("error.number", cell(cells, column)));
		}
	}

	private void edit(Runnable edit, String description) {
		edits.add(edit);
		changes.add(description);
	}

	private static BigDecimal strip(BigDecimal number) {
		return number == null ? null : number.stripTrailingZeros();
	}

	private static List<String> lines(String cell) {
		return cell.isEmpty() ? List.of() : List.of(cell.split("\\R")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String cell(Map<Column, String> cells, Column column) {
		String value = cells.get(column);
		return value == null ? "" : value.replace("\r\n", "\n").strip();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
