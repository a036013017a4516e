/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

import se.samverka.model.labels.PeriodTexts;
import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.FigureKind;
import se.samverka.model.Finding;
import se.samverka.model.FollowUpStatus;
import se.samverka.model.Goal;
import se.samverka.model.Outcome;
import se.samverka.model.PromiseActivity;
import se.samverka.model.Signature;
import se.samverka.model.Trackable;
import se.samverka.model.derived.FollowUps;
import se.samverka.model.derived.Titles;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.ValueNames;
import se.samverka.model.time.PartialDate;
import se.samverka.reports.content.DocumentContent;
import se.samverka.model.labels.SwedishNumbers;

/**
 * The citizen promises of a document on the public site: a page that reads like the published
 * promise (each promise numbered, with who promises, where, what it answers, its goals and
 * activities, and its follow-up), and a follow-up page with the published outcomes period by
 * period. Promises are headed by their number and shown by their text, never by their model name;
 * a status is written in words, its traffic light colour only repeats it.
 */
final class PromisePages {
	static final String PROMISES = "medborgarloften.html";
	static final String FOLLOW_UP = "uppfoljning.html";

	private final Agreement agreement;
	private final List<Outcome> outcomes;

	PromisePages(Agreement agreement) {
		this.agreement = agreement;
		this.outcomes = outcomes(agreement);
	}

	boolean hasFollowUp() {
		return !outcomes.isEmpty();
	}

	/** The start page's part: the promises in short, each linking to its place on the promise page. */
	void startSection(XhtmlWriter html) {
		html.element("h2", SiteTexts.get("start.promises"), "id", "loften");
		html.element("p", SiteTexts.get("start.promises.intro", parties()));
		html.start("ol");
		for (CitizenPromise promise : agreement.getPromises()) {
			html.start("li").element("a", String.valueOf(promise.getText()), "href", PROMISES + "#" + anchor(promise)).end();
		}
		html.end();
		html.start("p").element("a", SiteTexts.get("start.promises.link"), "href", PROMISES).end();
		if (hasFollowUp()) {
			html.start("p").element("a", SiteTexts.get("start.followUp.link"), "href", FOLLOW_UP).end();
		}
	}

	/** The document's dates and status, as the published promise states them. */
	void documentFacts(XhtmlWriter html) {
		List<String> facts = new ArrayList<>();
		if (agreement.getPeriodFrom() != null) {
			facts.add(SiteTexts.get("document.period", documentPeriod()));
		}
		if (agreement.isSetStatus()) {
			facts.add(SiteTexts.get("document.status", ValueNames.of(agreement.getStatus())));
		}
		if (agreement.getDecided() != null) {
			facts.add(SiteTexts.get("document.decided", agreement.getDecided().toString()));
		}
		if (agreement.getSigned() != null) {
			facts.add(SiteTexts.get("document.signed", agreement.getSigned().toString()));
		}
		if (!facts.isEmpty()) {
			html.element("p", String.join(". ", facts) + ".", "class", "facts");
		}
	}

	/** The promise page: the problems answered, each promise in full, and the signatures. */
	void promisePage(XhtmlWriter html) {
		documentFacts(html);
		if (!agreement.getAnswers().isEmpty()) {
			html.element("h2", SiteTexts.get("promises.answers"));
			html.start("ul");
			agreement.getAnswers().forEach(finding -> html.element("li", finding(finding)));
			html.end();
		}
		int number = 1;
		for (CitizenPromise promise : agreement.getPromises()) {
			promise(html, promise, number++);
		}
		signatures(html);
	}

	private void promise(XhtmlWriter html, CitizenPromise promise, int number) {
		html.start("section", "id", anchor(promise), "class", "promise");
		html.element("h2", SiteTexts.get("promise.heading", String.valueOf(number)));
		html.element("p", String.valueOf(promise.getText()), "class", "promise-text");
		html.start("dl");
		fact(html, "promise.owners", names(promise.getOwners()));
		fact(html, "promise.partners", names(promise.getPartners()));
		fact(html, "promise.channels", String.join(", ", promise.getChannels()));
		fact(html, "promise.places", names(promise.getPlaces()));
		fact(html, "promise.answers", promise.getAnswers().stream().map(PromisePages::finding).collect(Collectors.joining("; ")));
		fact(html, "promise.priorityArea", promise.getPriorityArea() == null ? "" : ElementLabels.of(promise.getPriorityArea()));
		fact(html, "promise.continues", promise.isSetContinuity() ? SiteTexts.get("continuity." + promise.getContinuity().name()) : "");
		html.end();
		if (!promise.getGoals().isEmpty()) {
			html.element("h3", SiteTexts.get("promise.goals"));
			html.start("ul");
			promise.getGoals().forEach(goal -> html.element("li", goal(goal)));
			html.end();
		}
		if (!promise.getActivities().isEmpty()) {
			html.element("h3", SiteTexts.get("promise.activities"));
			html.start("ul");
			promise.getActivities().forEach(activity -> html.element("li", activity(activity)));
			html.end();
		}
		html.element("h3", SiteTexts.get("promise.followUp"));
		List<Outcome> about = outcomes.stream().filter(o -> promiseOf(o.getSubject()) == promise).toList();
		if (about.isEmpty()) {
			html.element("p", SiteTexts.get("promise.noFollowUp"));
		} else {
			html.start("table");
			html.element("caption", SiteTexts.get("table.caption", String.valueOf(number)), "class", "visually-hidden");
			html.start("thead").start("tr");
			for (String key : List.of("table.period", "table.subject", "table.outcome", "table.status", "table.done")) {
				html.element("th", SiteTexts.get(key), "scope", "col");
			}
			html.end().end().start("tbody");
			for (Outcome outcome : about) {
				html.start("tr");
				html.element("th", period(outcome), "scope", "row");
				html.element("td", subject(outcome.getSubject()));
				outcomeCells(html, outcome);
				html.end();
			}
			html.end().end();
		}
		html.end();
	}

	/** The follow-up page: for each period, every promise's published outcomes, and which promises have none. */
	void followUpPage(XhtmlWriter html) {
		documentFacts(html);
		html.element("p", SiteTexts.get("followUp.intro"));
		if (outcomes.isEmpty()) {
			html.element("p", SiteTexts.get("followUp.none"));
			return;
		}
		Map<String, List<Outcome>> byPeriod = new LinkedHashMap<>();
		outcomes.forEach(outcome -> byPeriod.computeIfAbsent(period(outcome), p -> new ArrayList<>()).add(outcome));
		for (Map.Entry<String, List<Outcome>> period : byPeriod.entrySet()) {
			html.element("h2", SiteTexts.get("followUp.period", period.getKey()));
			html.start("table");
			html.element("caption", SiteTexts.get("table.caption.period", period.getKey()), "class", "visually-hidden");
			html.start("thead").start("tr");
			for (String key : List.of("table.promise", "table.subject", "table.outcome", "table.status", "table.done")) {
				html.element("th", SiteTexts.get(key), "scope", "col");
			}
			html.end().end().start("tbody");
			for (Outcome outcome : period.getValue()) {
				CitizenPromise promise = promiseOf(outcome.getSubject());
				html.start("tr").start("th", "scope", "row");
				html.element("a", SiteTexts.get("promise.heading", String.valueOf(number(promise))), "href",
						PROMISES + "#" + anchor(promise));
				html.end();
				html.element("td", promise == outcome.getSubject() ? String.valueOf(promise.getText()) : subject(outcome.getSubject()));
				outcomeCells(html, outcome);
				html.end();
			}
			html.end().end();
			List<String> missing = new ArrayList<>();
			for (CitizenPromise promise : agreement.getPromises()) {
				if (period.getValue().stream().noneMatch(o -> promiseOf(o.getSubject()) == promise)) {
					missing.add(SiteTexts.get("promise.heading", String.valueOf(number(promise))));
				}
			}
			if (!missing.isEmpty()) {
				html.element("p", SiteTexts.get("followUp.missing", String.join(", ", missing)));
			}
		}
	}

	private void outcomeCells(XhtmlWriter html, Outcome outcome) {
		html.element("td", value(outcome), "class", "number");
		html.start("td", "class", "status");
		status(html, outcome);
		html.end();
		html.start("td");
		List<String> done = new ArrayList<>();
		if (outcome.getComment() != null) {
			done.add(outcome.getComment());
		}
		done.addAll(outcome.getDone());
		for (String text : done) {
			html.element("p", text);
		}
		if (outcome.getSource() != null) {
			html.start("p", "class", "source").text(SiteTexts.get("source"));
			String title = ElementLabels.of(outcome.getSource());
			String address = outcome.getSource().getAddress();
			if (address != null && address.matches("https?://\\S+")) {
				html.element("a", title, "href", address);
			} else {
				html.text(title);
			}
			html.end();
		}
		html.end();
	}

	/** The status in words ("genomfört (grönt)") after a marker in its traffic light's colour. */
	private static void status(XhtmlWriter html, Outcome outcome) {
		FollowUpStatus light = FollowUps.trafficLight(outcome).orElse(null);
		if (light == null) {
			return;
		}
		html.start("span", "class", "light light-" + light.name().toLowerCase(java.util.Locale.ROOT), "aria-hidden", "true")
				.end();
		String lightWord = SiteTexts.get("light." + light.name());
		html.text(outcome.isSetProgress() ? SiteTexts.get("status.withLight", ValueNames.of(outcome.getProgress()), lightWord)
				: lightWord);
	}

	private static String value(Outcome outcome) {
		if (outcome.getValue() == null) {
			return "";
		}
		String number = SwedishNumbers.format(outcome.getValue());
		String unit = unit(outcome.getSubject());
		return DocumentContent.joined(" ", outcome.isSetQualifier() ? ValueNames.of(outcome.getQualifier()) : null, number, unit);
	}

	/** The unit a value counts in: its goal's, or the only goal's of its promise. */
	private static String unit(Trackable subject) {
		Goal goal = subject instanceof Goal g ? g
				: subject instanceof CitizenPromise promise && promise.getGoals().size() == 1 ? promise.getGoals().get(0) : null;
		return goal == null ? null : unit(goal);
	}

	private static String unit(Goal goal) {
		if (goal.getUnit() != null) {
			return goal.getUnit();
		}
		if (!goal.isSetUnitKind()) {
			return null;
		}
		return goal.getUnitKind() == FigureKind.COUNT ? null : SiteTexts.get("unit." + goal.getUnitKind().name());
	}

	/** "Fotpatrullering: minst 200 tillfällen, mäts som …, utgångsläge 93 (2014)". */
	static String goal(Goal goal) {
		List<String> figures = new ArrayList<>();
		if (goal.getTarget() != null) {
			figures.add(DocumentContent.joined(" ", goal.isSetComparison() ? ValueNames.of(goal.getComparison()) : null,
					SwedishNumbers.format(goal.getTarget()), unit(goal)));
		} else if (goal.isSetComparison()) {
			figures.add(ValueNames.of(goal.getComparison()));
		}
		if (goal.getYear() > 0) {
			figures.add(SiteTexts.get("goal.year", String.valueOf(goal.getYear())));
		}
		if (goal.getPeriod() != null) {
			figures.add(SiteTexts.get("goal.period", goal.getPeriod().toString()));
		}
		if (goal.getIndicator() != null) {
			figures.add(SiteTexts.get("goal.indicator", goal.getIndicator().toLowerCase(java.util.Locale.ROOT)));
		}
		if (goal.getBaseline() != null) {
			figures.add(goal.getBaselineYear() > 0
					? SiteTexts.get("goal.baselineYear", SwedishNumbers.format(goal.getBaseline()), String.valueOf(goal.getBaselineYear()))
					: SiteTexts.get("goal.baseline", SwedishNumbers.format(goal.getBaseline())));
		}
		String text = goal.getText() == null ? "" : goal.getText();
		return figures.isEmpty() ? text : text.isEmpty() ? DocumentContent.capitalised(String.join(", ", figures))
				: text + ": " + String.join(", ", figures);
	}

	private static String activity(PromiseActivity activity) {
		List<String> facts = new ArrayList<>();
		if (!activity.getOwners().isEmpty()) {
			facts.add(SiteTexts.get("activity.owners", names(activity.getOwners())));
		}
		if (activity.getWhen() != null) {
			facts.add(activity.getWhen());
		} else if (activity.getPeriod() != null) {
			facts.add(activity.getPeriod().toString());
		}
		if (!activity.getPlaces().isEmpty()) {
			facts.add(SiteTexts.get("activity.places", names(activity.getPlaces())));
		}
		String text = String.valueOf(activity.getText());
		return facts.isEmpty() ? text : text + " (" + String.join("; ", facts) + ")";
	}

	private void signatures(XhtmlWriter html) {
		if (agreement.getSigning() == null || agreement.getSigning().getSignatures().isEmpty()) {
			return;
		}
		html.element("h2", SiteTexts.get("promises.signatures"));
		html.start("ul");
		for (Signature signature : agreement.getSigning().getSignatures()) {
			html.element("li", DocumentContent.joined(", ", signature.getSignatory(),
					signature.getSignatoryTitle() != null ? signature.getSignatoryTitle()
							: signature.getRole() == null ? null : ElementLabels.of(signature.getRole()),
					signature.getParty() == null ? null : ElementLabels.of(signature.getParty()),
					signature.getDate() == null ? null : signature.getDate().toString()));
		}
		html.end();
	}

	/**
	 * A problem or finding as the public reads it: its title, else what it says (a problem's or
	 * observation's text, a development's subject), never its model name when it has words.
	 */
	static String finding(Finding finding) {
		String title = Titles.of(finding);
		if (title != null) {
			return title;
		}
		for (String feature : List.of("text", "subject", "question", "category")) {
			EStructuralFeature words = finding.eClass().getEStructuralFeature(feature);
			if (words != null && finding.eGet(words) instanceof String text && !text.isBlank()) {
				return DocumentContent.capitalised(text);
			}
		}
		return ElementLabels.of(finding);
	}

	private static void fact(XhtmlWriter html, String key, String value) {
		if (value != null && !value.isBlank()) {
			html.element("dt", SiteTexts.get(key)).element("dd", value);
		}
	}

	private String subject(Trackable subject) {
		if (subject instanceof CitizenPromise) {
			return SiteTexts.get("subject.promise");
		}
		if (subject instanceof Goal goal) {
			return goal(goal);
		}
		return subject instanceof PromiseActivity activity ? String.valueOf(activity.getText()) : "";
	}

	/** The outcome's period as published; one that states none covers the document's period. */
	private String period(Outcome outcome) {
		if (outcome.getPeriod() != null) {
			return outcome.getPeriod().toString();
		}
		return outcome.getDate() != null ? outcome.getDate().toString() : documentPeriod();
	}

	private String documentPeriod() {
		if (agreement.getPeriodFrom() == null) {
			return SiteTexts.get("period.document");
		}
		return PeriodTexts.of(agreement);
	}

	private String parties() {
		return agreement.getParties().stream().map(ElementLabels::of).collect(Collectors.joining(" och "));
	}

	private int number(CitizenPromise promise) {
		return agreement.getPromises().indexOf(promise) + 1;
	}

	static String anchor(CitizenPromise promise) {
		return "lofte-" + (((Agreement) promise.eContainer()).getPromises().indexOf(promise) + 1);
	}

	/** The promise of this document an outcome's subject belongs to, or null. */
	private CitizenPromise promiseOf(Trackable subject) {
		for (EObject each = subject; each != null; each = each.eContainer()) {
			if (each instanceof CitizenPromise promise && promise.eContainer() == agreement) {
				return promise;
			}
		}
		return null;
	}

	/**
	 * The published outcomes of the document's promises, their goals and activities, wherever in the
	 * loaded models they are followed up, in the order of their periods.
	 */
	private static List<Outcome> outcomes(Agreement agreement) {
		List<Outcome> found = new ArrayList<>();
		Resource resource = agreement.eResource();
		Iterable<Resource> resources = resource == null ? List.of()
				: resource.getResourceSet() == null ? List.of(resource) : resource.getResourceSet().getResources();
		for (Resource each : resources) {
			each.getAllContents().forEachRemaining(object -> {
				if (object instanceof Outcome outcome && belongsTo(outcome.getSubject(), agreement)) {
					found.add(outcome);
				}
			});
		}
		if (resource == null && agreement.getFollowUpPlan() != null) {
			agreement.getFollowUpPlan().getOutcomes().stream().filter(o -> belongsTo(o.getSubject(), agreement))
					.forEach(found::add);
		}
		// stable: outcomes of one period keep the order the follow-up gives them
		found.sort(Comparator.comparing(PromisePages::start, Comparator.nullsFirst(Comparator.naturalOrder())));
		return found;
	}

	private static java.time.LocalDate start(Outcome outcome) {
		PartialDate period = outcome.getPeriod();
		return period != null && period.hasYear() ? period.start() : outcome.getDate();
	}

	private static boolean belongsTo(Trackable subject, Agreement agreement) {
		for (EObject each = subject; each != null; each = each.eContainer()) {
			if (each instanceof CitizenPromise promise) {
				return promise.eContainer() == agreement;
			}
		}
		return false;
	}

	private static String names(List<? extends se.samverka.model.NamedElement> elements) {
		return elements.stream().map(ElementLabels::of).collect(Collectors.joining(", "));
	}
}
