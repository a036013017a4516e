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

import se.samverka.model.Actor;
import se.samverka.model.Agreement;
import se.samverka.model.FollowUpPlan;
import se.samverka.model.FollowUpStatus;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.NamedElement;
import se.samverka.model.Outcome;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.Trackable;
import se.samverka.model.labels.ElementLabels;

/**
 * An edited action plan spreadsheet applied to the agreement's measures and goals. Every row is
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

	private ActionPlanUpdate(Agreement agreement, LocalDate today) {
		this.agreement = agreement;
		this.today = today;
	}

	/**
	 * Applies the rows (the header is row 1, so the first data row is row 2) and returns the changes
	 * made, in the user's language; nothing is changed if any row cannot be mapped.
	 */
	public static List<String> apply(Agreement agreement, List<Map<Column, String>> rows, LocalDate today)
			throws TableException {
		if (rows.isEmpty()) {
			throw new TableException(2, null, Texts.get("error.noRows"));
		}
		ActionPlanUpdate update = new ActionPlanUpdate(agreement, today);
		for (int i = 0; i < rows.size(); i++) {
			update.map(i + 2, rows.get(i));
		}
		update.edits.forEach(Runnable::run);
		return update.changes;
	}

	private void map(int row, Map<Column, String> cells) throws TableException {
		String measureId = cell(cells, Column.MEASURE_ID);
		if (measureId.isEmpty()) {
			throw new TableException(row, Column.MEASURE_ID, Texts.get("error.noMeasureId"));
		}
		Measure measure = agreement.getActionPlans().stream().flatMap(p -> p.getMeasures().stream())
				.filter(m -> measureId.equals(m.getName())).findFirst()
				.orElseThrow(() -> new TableException(row, Column.MEASURE_ID, Texts.get("error.unknownMeasure", measureId)));
		Integer first = firstRowOfMeasure.putIfAbsent(measureId, row);
		if (first == null) {
			firstCells.put(measureId, cells);
			measure(row, cells, measure);
		} else {
			sameAsFirst(row, cells, first, measureId);
		}
		String goalId = cell(cells, Column.GOAL_ID);
		if (goalId.isEmpty()) {
			for (Column column : List.of(Column.GOAL, Column.BASELINE, Column.TARGET, Column.YEAR)) {
				if (!cell(cells, column).isEmpty()) {
					throw new TableException(row, column, Texts.get("error.goalCellWithoutGoal"));
				}
			}
			status(row, cells, measure, measure.getName());
			return;
		}
		Goal goal = measure.getGoals().stream().filter(g -> goalId.equals(ActionPlanTable.goalId(measure, g))).findFirst()
				.orElseThrow(() -> new TableException(row, Column.GOAL_ID, Texts.get("error.unknownGoal", goalId)));
		goal(row, cells, goal, measure.getName() + "." + goalId);
		Trackable subject = ActionPlanTable.statusSubject(measure, goal);
		status(row, cells, subject, subject == goal ? measure.getName() + "." + goalId : measure.getName());
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
	private void sameAsFirst(int row, Map<Column, String> cells, int first, String measureId) throws TableException {
		for (Column column : List.of(Column.PRIORITY_AREA, Column.CAUSE, Column.MEASURE, Column.PURPOSE,
				Column.RESPONSIBLE, Column.COMMITMENT, Column.FUNDING, Column.WHEN)) {
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
