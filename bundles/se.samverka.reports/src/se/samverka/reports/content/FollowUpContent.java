/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.content;

import se.samverka.model.labels.SwedishNumbers;
import static se.samverka.reports.content.DocumentContent.capitalised;
import static se.samverka.reports.content.DocumentContent.joined;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.FollowUpStatus;
import se.samverka.model.Goal;
import se.samverka.model.Outcome;
import se.samverka.model.PromiseActivity;
import se.samverka.model.derived.FollowUps;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.ValueNames;
import se.samverka.reports.Texts;
import se.samverka.reports.content.PromiseOutcomes.Reported;

/**
 * The yearly follow-up of a citizen promise, "Uppföljning av medborgarlöftet ÅR": for each promise
 * and goal the target, the outcome, the status (in words and with its traffic light's colour
 * beside them), what was done and the source; and where the promise or the ones it carries on have
 * outcomes for earlier periods, how the outcome changed.
 */
public final class FollowUpContent {
	/** Light fills behind the status words, dark enough to tell apart, light enough to read black text on. */
	private static final Map<FollowUpStatus, String> FILLS = Map.of(FollowUpStatus.GREEN, "C6EFCE",
			FollowUpStatus.YELLOW, "FFEB9C", FollowUpStatus.RED, "FFC7CE");

	/** The document has no outcomes of its promises to report. */
	public static final class NoOutcomes extends Exception {
		private static final long serialVersionUID = 1L;
	}

	/** The document has no outcomes for the period asked; {@link #periods()} are those it has. */
	public static final class NoSuchPeriod extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient List<String> periods;

		NoSuchPeriod(List<String> periods) {
			this.periods = periods;
		}

		public List<String> periods() {
			return periods;
		}
	}

	private final Agreement document;
	private final String period;
	private final DocumentContent content;

	private FollowUpContent(Agreement document, String period) {
		this.document = document;
		this.period = period;
		this.content = new DocumentContent(Texts.get("followUpReport.title", period));
	}

	/**
	 * The follow-up of the period named (as the user writes it: "2018", "2018-2019"), or of the
	 * latest period with outcomes when none is named.
	 */
	public static DocumentContent of(Agreement document, String asked) throws NoOutcomes, NoSuchPeriod {
		List<String> periods = PromiseOutcomes.periods(document);
		if (periods.isEmpty()) {
			throw new NoOutcomes();
		}
		String period = asked == null || asked.isBlank() ? periods.getLast() : PromiseOutcomes.period(document, asked);
		if (period == null) {
			throw new NoSuchPeriod(periods);
		}
		FollowUpContent builder = new FollowUpContent(document, period);
		builder.build();
		return builder.content;
	}

	private void build() {
		content.add(new Block.Heading(0, content.title()));
		List<String> facts = new ArrayList<>();
		facts.add(Texts.get("followUpReport.of", ElementLabels.of(document)));
		facts.add(PromiseContent.facts(document));
		String dates = PromiseOutcomes.all(document).stream().filter(r -> r.period().equals(period))
				.map(r -> r.outcome().getDate()).filter(java.util.Objects::nonNull).map(String::valueOf).distinct()
				.collect(Collectors.joining(", "));
		if (!dates.isEmpty()) {
			facts.add(Texts.get("followUpReport.date", dates));
		}
		content.paragraph(String.join("\n", facts));
		summary();
		content.section(Texts.get("followUpReport.promises"));
		int number = 0;
		for (CitizenPromise promise : document.getPromises()) {
			promise(++number, promise);
		}
	}

	/** How many promises came how far, by status, each row in its traffic light's colour. */
	private void summary() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, String> fills = new LinkedHashMap<>();
		for (CitizenPromise promise : document.getPromises()) {
			List<Reported> outcomes = PromiseOutcomes.of(promise, period);
			Outcome main = outcomes.stream().map(Reported::outcome).filter(o -> o.isSetProgress() || o.isSetStatus())
					.findFirst().orElse(outcomes.isEmpty() ? null : outcomes.get(0).outcome());
			String status = main == null ? Texts.get("followUpReport.notReported") : status(main);
			counts.merge(status, 1, Integer::sum);
			if (main != null) {
				fills.putIfAbsent(status, fill(main));
			}
		}
		content.section(Texts.get("followUpReport.summary"));
		content.paragraph(Texts.get("followUpReport.summaryText", document.getPromises().size(), period));
		List<List<String>> rows = new ArrayList<>();
		List<List<String>> rowFills = new ArrayList<>();
		counts.forEach((status, count) -> {
			rows.add(List.of(status, String.valueOf(count)));
			rowFills.add(Arrays.asList(fills.get(status), null));
		});
		content.table(List.of(Texts.get("followUpReport.status"), Texts.get("followUpReport.count")), rows, rowFills);
	}

	private void promise(int number, CitizenPromise promise) {
		content.subheading(number + ". " + promise.getText());
		List<String> about = new ArrayList<>();
		if (!promise.getOwners().isEmpty()) {
			about.add(Texts.get("promise.owners", PromiseContent.labels(promise.getOwners())));
		}
		if (!promise.getPlaces().isEmpty()) {
			about.add(Texts.get("promise.places", PromiseContent.areas(promise.getPlaces())));
		}
		if (!about.isEmpty()) {
			content.paragraph(String.join("\n", about));
		}
		List<Reported> outcomes = PromiseOutcomes.of(promise, period);
		List<List<String>> rows = new ArrayList<>();
		List<List<String>> fills = new ArrayList<>();
		Set<Goal> reported = new LinkedHashSet<>();
		for (Reported outcome : outcomes) {
			reported.add(outcome.goal());
			rows.add(List.of(target(outcome), value(outcome), status(outcome.outcome())));
			fills.add(Arrays.asList(null, null, fill(outcome.outcome())));
		}
		for (Goal goal : promise.getGoals()) {
			if (!reported.contains(goal)) {
				rows.add(List.of(goalTarget(goal), "", Texts.get("followUpReport.notReported")));
				fills.add(Arrays.asList(null, null, null));
			}
		}
		if (rows.isEmpty()) {
			content.paragraph(Texts.get("followUpReport.noOutcome", period));
		} else {
			content.tableOfFilledColumns(List.of(Texts.get("followUpReport.target"), Texts.get("followUpReport.outcome"),
					Texts.get("followUpReport.status")), rows, fills);
		}
		// the follow-up's own verdict first, then what was done
		outcomes.stream().map(r -> r.outcome().getComment()).filter(java.util.Objects::nonNull).forEach(content::text);
		List<String> done = outcomes.stream().flatMap(r -> r.outcome().getDone().stream()).toList();
		if (!done.isEmpty()) {
			content.paragraph(Texts.get("followUpReport.done"));
			done.forEach(content::bullet);
		}
		String sources = outcomes.stream().map(r -> r.outcome().getSource()).filter(java.util.Objects::nonNull)
				.map(ElementLabels::of).distinct().collect(Collectors.joining("; "));
		if (!sources.isEmpty()) {
			content.paragraph(Texts.get("followUpReport.source", sources));
		}
		change(promise);
	}

	/** The outcomes of this and earlier periods side by side, with the change from one to the next. */
	private void change(CitizenPromise promise) {
		List<Reported> history = PromiseOutcomes.history(promise, period);
		if (history.stream().map(Reported::period).distinct().count() < 2) {
			return;
		}
		content.paragraph(Texts.get("followUpReport.earlier"));
		List<List<String>> rows = new ArrayList<>();
		List<List<String>> fills = new ArrayList<>();
		BigDecimal before = null;
		for (Reported reported : history) {
			BigDecimal value = reported.outcome().getValue();
			String change = value == null || before == null ? "" : difference(value.subtract(before));
			rows.add(List.of(reported.period(), target(reported), value(reported), status(reported.outcome()), change));
			fills.add(Arrays.asList(null, null, null, fill(reported.outcome()), null));
			if (value != null) {
				before = value;
			}
		}
		content.tableOfFilledColumns(List.of(Texts.get("followUpReport.period"), Texts.get("followUpReport.target"),
				Texts.get("followUpReport.outcome"), Texts.get("followUpReport.status"), Texts.get("followUpReport.change")),
				rows, fills);
	}

	private static String difference(BigDecimal difference) {
		int sign = difference.signum();
		return sign == 0 ? Texts.get("followUpReport.unchanged")
				: sign > 0 ? "+" + SwedishNumbers.format(difference) : SwedishNumbers.format(difference);
	}

	/** What the outcome is measured against: the goal's target, the promise's, or the activity. */
	private static String target(Reported reported) {
		Goal goal = reported.goal();
		if (goal != null) {
			return goalTarget(goal);
		}
		if (reported.outcome().getSubject() instanceof PromiseActivity activity) {
			return Texts.get("followUpReport.activity", activity.getText());
		}
		String target = GoalTexts.target(reported.promise());
		return target != null ? target : Texts.get("followUpReport.theWholePromise");
	}

	private static String goalTarget(Goal goal) {
		String target = GoalTexts.target(goal);
		String what = goal.getIndicator() != null ? goal.getIndicator() : goal.getText();
		return target == null ? String.valueOf(what) : joined(": ", what, target);
	}

	private static String value(Reported reported) {
		Outcome outcome = reported.outcome();
		String value = GoalTexts.value(outcome.getValue(), outcome.isSetQualifier() ? outcome.getQualifier() : null,
				reported.goal(), reported.promise().getUnit());
		return value == null ? "" : value;
	}

	/** "Grön – genomfört": the traffic light and the progress, in words; either alone when only one is known. */
	static String status(Outcome outcome) {
		String light = FollowUps.trafficLight(outcome).map(status -> Texts.get("trafficLight." + status.name())).orElse(null);
		String progress = outcome.isSetProgress() ? ValueNames.of(outcome.getProgress()) : null;
		String status = joined(" \u2013 ", light, progress);
		return status.isEmpty() ? Texts.get("followUpReport.noStatus") : capitalised(status);
	}

	private static String fill(Outcome outcome) {
		return FollowUps.trafficLight(outcome).map(FILLS::get).orElse(null);
	}
}
