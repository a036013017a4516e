/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.pipeline.DiagramFormat;
import se.samverka.diagram.pipeline.DiagramPipeline;
import se.samverka.diagram.pipeline.DiagramRequest;
import se.samverka.diagram.model.Diagram;
import se.samverka.model.Agreement;
import se.samverka.model.Body;
import se.samverka.model.CommunicationPlan;
import se.samverka.model.CoreValue;
import se.samverka.model.Finding;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.Person;
import se.samverka.model.PriorityArea;
import se.samverka.model.Statistic;
import se.samverka.model.YearValue;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.MeetingTexts;
import se.samverka.reports.Texts;
import se.samverka.reports.content.DocumentContent;
import se.samverka.model.labels.SwedishNumbers;

/**
 * The agreement as a static web site for the public: a start page for the agreement, a page per
 * priority area and per measure, the citizen promises as published and their follow-up period by
 * period, the communication plan's public messages, and the governance and traceability diagrams as
 * SVG pictures, with the same navigation on every page.
 *
 * <p>It holds nothing internal: people appear by name only, their phone numbers and e-mail addresses
 * only if the model marks them public; validation findings are not shown. It needs no JavaScript and
 * forbids scripts in its pages, and every string from the model is escaped by {@link XhtmlWriter}.
 */
public final class PublicSite {
	private final Agreement agreement;
	private final PageNames names = new PageNames();
	private final Map<String, byte[]> files = new LinkedHashMap<>();
	/** Diagram file → how many CSS pixels one SVG unit takes on the page. */
	private final Map<String, Double> diagramScales = new LinkedHashMap<>();
	/** The size of a diagram's smallest text on the page, in CSS pixels: the size of the SVG's body text. */
	private static final double SMALLEST_TEXT = 11;
	private static final java.util.regex.Pattern SVG_SIZE = java.util.regex.Pattern
			.compile("<svg [^>]*width=\"([0-9.]+)\" height=\"([0-9.]+)\"");
	private final PromisePages promises;

	private PublicSite(Agreement agreement) {
		this.agreement = agreement;
		this.promises = new PromisePages(agreement);
	}

	/** File name → content: {@code index.html} is the start page; all names are plain, with no folders. */
	public static Map<String, byte[]> of(Agreement agreement) {
		PublicSite site = new PublicSite(agreement);
		site.build();
		return site.files;
	}

	private void build() {
		for (DiagramView view : List.of(DiagramView.GOVERNANCE, DiagramView.TRACEABILITY)) {
			// people's boxes and findings are left out: the public sees the bodies and the chain
			Diagram diagram = DiagramPipeline
					.laidOut(new DiagramRequest(agreement, view, new DiagramFilter(true, false, false), List.of()));
			if (!diagram.nodes().isEmpty()) {
				files.put(diagramFile(view), DiagramFormat.SVG.render(diagram));
				// large diagrams letter their lines smaller; the page enlarges them so that no text is under 11 px
				diagramScales.put(diagramFile(view), Math.max(1, SMALLEST_TEXT / ElkLayoutEngine.edgeLabelFont(diagram)));
			}
		}
		page("index.html", ElementLabels.of(agreement), this::startPage);
		for (PriorityArea area : agreement.getPriorityAreas()) {
			page(names.of("omrade", area), ElementLabels.of(area), html -> priorityArea(html, area));
		}
		for (Measure measure : measures()) {
			page(names.of("atgard", measure), ElementLabels.of(measure), html -> measure(html, measure));
		}
		if (!agreement.getPromises().isEmpty()) {
			page(PromisePages.PROMISES, SiteTexts.get("page.promises"), html -> {
				breadcrumb(html, SiteTexts.get("page.promises"));
				promises.promisePage(html);
			});
			page(PromisePages.FOLLOW_UP, SiteTexts.get("page.followUp"), html -> {
				breadcrumb(html, SiteTexts.get("page.followUp"));
				promises.followUpPage(html);
			});
		}
		if (agreement.getCommunicationPlan() != null) {
			page("kommunikation.html", SiteTexts.get("page.communication"), this::communication);
		}
		files.put(SiteStyle.FILE, SiteStyle.CSS.getBytes(StandardCharsets.UTF_8));
	}

	private void startPage(XhtmlWriter html) {
		html.element("p", Texts.get("kind." + agreement.getKind().name()));
		if (agreement.getValidity() != null) {
			html.element("p", Texts.get("term.text", agreement.getValidity().getFrom(), agreement.getValidity().getTo()));
		}
		promises.documentFacts(html);
		paragraphs(html, agreement.getBackground(), agreement.getScope());
		html.element("h2", Texts.get("parties"));
		list(html, agreement.getParties().stream().map(ElementLabels::of).toList());
		if (!agreement.getGoals().isEmpty()) {
			html.element("h2", Texts.get("site.goals"));
			list(html, agreement.getGoals().stream().map(goal -> DocumentContent.joined(" ", goal.getText(),
					goal.getTargetYear() > 0 ? "(" + goal.getTargetYear() + ")" : null)).toList());
		}
		if (!agreement.getPromises().isEmpty()) {
			promises.startSection(html);
		}
		if (!agreement.getPriorityAreas().isEmpty()) {
			html.element("h2", Texts.get("site.priorityAreas"), "id", "omraden");
			html.start("ul");
			for (PriorityArea area : agreement.getPriorityAreas()) {
				html.start("li").element("a", ElementLabels.of(area), "href", names.of("omrade", area)).end();
			}
			html.end();
		}
		governance(html);
		diagram(html, DiagramView.TRACEABILITY, "diagram.traceability");
		contacts(html);
	}

	private void governance(XhtmlWriter html) {
		if (agreement.getBodies().isEmpty()) {
			return;
		}
		html.element("h2", Texts.get("site.governance"), "id", "styrning");
		for (Body body : agreement.getBodies()) {
			body(html, body);
		}
		diagram(html, DiagramView.GOVERNANCE, "diagram.governance");
	}

	private void body(XhtmlWriter html, Body body) {
		html.element("h3", ElementLabels.of(body));
		paragraphs(html, body.getDescription(), body.getMandate());
		List<String> members = se.samverka.reports.content.AgreementContent.members(body);
		if (!members.isEmpty()) {
			html.element("p", Texts.get("consistsOf", ElementLabels.of(body)));
			list(html, members);
		}
		String meets = MeetingTexts.often(body.getMeets());
		if (meets != null) {
			html.element("p", Texts.get("meets", ElementLabels.of(body), meets));
		}
		body.getSubBodies().forEach(sub -> body(html, sub));
	}

	private void contacts(XhtmlWriter html) {
		List<Person> people = publicPeople();
		if (people.isEmpty()) {
			return;
		}
		html.element("h2", Texts.get("site.contacts"));
		html.start("ul");
		for (Person person : people) {
			html.start("li").text(DocumentContent.joined(", ", ElementLabels.of(person), person.getTitle(),
					person.getOrganisation() == null ? null : ElementLabels.of(person.getOrganisation())));
			for (String phone : person.getPhones()) {
				html.text(", ").element("a", phone, "href", "tel:" + phone.replaceAll("[^0-9+]", ""));
			}
			if (person.getEmail() != null) {
				html.text(", ").element("a", person.getEmail(), "href", "mailto:" + person.getEmail());
			}
			html.end();
		}
		html.end();
	}

	/** The people the model marks public, among those the agreement names. */
	private List<Person> publicPeople() {
		List<Person> people = new ArrayList<>();
		if (agreement.getCoordination() != null) {
			agreement.getCoordination().getCoordinators().stream().map(c -> c.getPerson()).forEach(people::add);
		}
		if (agreement.getCommunicationPlan() != null) {
			agreement.getCommunicationPlan().getSpokespersons().forEach(s -> people.addAll(s.getPeople()));
		}
		measures().forEach(m -> people.add(m.getOwner()));
		return people.stream().filter(p -> p != null && p.isPublic()).distinct().toList();
	}

	private void priorityArea(XhtmlWriter html, PriorityArea area) {
		breadcrumb(html, ElementLabels.of(area));
		paragraphs(html, area.getDescription());
		if (!area.getCauses().isEmpty()) {
			html.element("h2", Texts.get("site.causes"));
			list(html, area.getCauses().stream().map(cause -> cause.getText() != null ? cause.getText() : ElementLabels.of(cause)).toList());
		}
		List<Statistic> statistics = area.getJustifiedBy().stream().filter(Statistic.class::isInstance)
				.map(Statistic.class::cast).toList();
		List<Finding> others = area.getJustifiedBy().stream().filter(f -> !(f instanceof Statistic)).toList();
		if (!area.getJustifiedBy().isEmpty()) {
			html.element("h2", Texts.get("site.justifiedBy"));
			list(html, others.stream().map(f -> DocumentContent.joined(": ", ElementLabels.of(f), descriptionOf(f))).toList());
			statistics(html, statistics);
		}
		List<Measure> measures = measures().stream().filter(m -> m.getPriorityAreas().contains(area)).toList();
		if (!measures.isEmpty()) {
			html.element("h2", Texts.get("site.measures"));
			html.start("ul");
			for (Measure measure : measures) {
				html.start("li").element("a", ElementLabels.of(measure), "href", names.of("atgard", measure)).end();
			}
			html.end();
		}
	}

	private static String descriptionOf(Finding finding) {
		return finding instanceof se.samverka.model.Titled titled ? titled.getDescription() : null;
	}

	private void statistics(XhtmlWriter html, List<Statistic> statistics) {
		if (statistics.isEmpty()) {
			return;
		}
		TreeSet<Integer> years = new TreeSet<>();
		statistics.forEach(s -> s.getValues().forEach(v -> years.add(v.getYear())));
		html.start("table").start("thead").start("tr");
		html.element("th", Texts.get("statistics.area")).element("th", Texts.get("statistics.category"));
		years.forEach(year -> html.element("th", String.valueOf(year)));
		html.end().end().start("tbody");
		for (Statistic statistic : statistics) {
			html.start("tr");
			html.element("td", statistic.getArea() == null ? "" : ElementLabels.of(statistic.getArea()));
			html.element("td", String.valueOf(statistic.getCategory()));
			for (int year : years) {
				html.element("td", statistic.getValues().stream().filter(v -> v.getYear() == year).map(YearValue::getValue)
						.map(SwedishNumbers::format).findFirst().orElse(""), "class", "number");
			}
			html.end();
		}
		html.end().end();
	}

	private void measure(XhtmlWriter html, Measure measure) {
		breadcrumb(html, ElementLabels.of(measure));
		paragraphs(html, measure.getDescription(), measure.getPurpose());
		if (!measure.getPriorityAreas().isEmpty()) {
			html.element("h2", Texts.get("site.priorityAreas"));
			html.start("ul");
			for (PriorityArea area : measure.getPriorityAreas()) {
				html.start("li").element("a", ElementLabels.of(area), "href", names.of("omrade", area)).end();
			}
			html.end();
		}
		if (!measure.getGoals().isEmpty()) {
			html.element("h2", Texts.get("site.goals"));
			list(html, measure.getGoals().stream().map(PublicSite::goal).toList());
		}
		List<String> facts = new ArrayList<>();
		if (!measure.getResponsible().isEmpty()) {
			facts.add(Texts.get("action.responsible") + ": " + measure.getResponsible().stream()
					.map(se.samverka.reports.content.AgreementContent::actor).collect(Collectors.joining(", ")));
		}
		if (measure.getWhen() != null) {
			facts.add(Texts.get("action.when") + ": " + measure.getWhen());
		}
		measure.getCommitments().forEach(c -> facts.add(DocumentContent.joined(": ",
				c.getParty() == null ? null : ElementLabels.of(c.getParty()), c.getText())));
		if (!facts.isEmpty()) {
			html.element("h2", Texts.get("site.howAndWho"));
			list(html, facts);
		}
	}

	private static String goal(Goal goal) {
		String figures = goal.getTarget() == null ? null
				: Texts.get("site.goal.target", goal.getBaseline() == null ? "–" : SwedishNumbers.format(goal.getBaseline()),
						SwedishNumbers.format(goal.getTarget()), goal.getUnit() == null ? "" : goal.getUnit(),
						goal.getYear() > 0 ? String.valueOf(goal.getYear()) : "");
		return DocumentContent.joined(" ", goal.getText(), figures);
	}

	private void communication(XhtmlWriter html) {
		breadcrumb(html, SiteTexts.get("page.communication"));
		CommunicationPlan plan = agreement.getCommunicationPlan();
		if (plan.getMainMessage() != null) {
			html.element("h2", Texts.get("comm.mainMessage"));
			html.element("p", plan.getMainMessage());
		}
		if (!plan.getCoreValues().isEmpty()) {
			html.element("h2", Texts.get("comm.coreValues"));
			html.start("dl");
			for (CoreValue value : plan.getCoreValues()) {
				html.element("dt", String.valueOf(value.getWord())).element("dd", String.valueOf(value.getExplanation()));
			}
			html.end();
		}
		if (!plan.getGoals().isEmpty()) {
			html.element("h2", Texts.get("comm.goals"));
			html.element("p", Texts.get("comm.goals.intro"));
			list(html, plan.getGoals().stream().map(g -> String.valueOf(g.getText())).toList());
		}
	}

	private void page(String file, String title, Consumer<XhtmlWriter> body) {
		XhtmlWriter html = new XhtmlWriter();
		html.start("html", "lang", Texts.language());
		html.start("head");
		html.empty("meta", "charset", "utf-8");
		html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
		// defence in depth: even a string that escaped the escaping could not run
		html.empty("meta", "http-equiv", "Content-Security-Policy", "content", "script-src 'none'; object-src 'none'");
		html.element("title", title + (file.equals("index.html") ? "" : " – " + ElementLabels.of(agreement)));
		html.empty("link", "rel", "stylesheet", "href", SiteStyle.FILE);
		html.end();
		html.start("body");
		html.start("header");
		html.start("p").element("a", ElementLabels.of(agreement), "href", "index.html").end();
		navigation(html);
		html.end();
		html.start("main");
		html.element("h1", title);
		body.accept(html);
		html.end();
		html.start("footer").text(Texts.get("site.footer",
				agreement.getParties().stream().map(ElementLabels::of).collect(Collectors.joining(", ")))).end();
		html.end().end();
		files.put(file, html.toString().getBytes(StandardCharsets.UTF_8));
	}

	private void navigation(XhtmlWriter html) {
		html.start("nav", "aria-label", Texts.get("site.navigation")).start("ul");
		html.start("li").element("a", Texts.get("site.start"), "href", "index.html").end();
		for (PriorityArea area : agreement.getPriorityAreas()) {
			html.start("li").element("a", ElementLabels.of(area), "href", names.of("omrade", area)).end();
		}
		if (!agreement.getPromises().isEmpty()) {
			html.start("li").element("a", SiteTexts.get("page.promises"), "href", PromisePages.PROMISES).end();
			html.start("li").element("a", SiteTexts.get("page.followUp"), "href", PromisePages.FOLLOW_UP).end();
		}
		if (agreement.getCommunicationPlan() != null) {
			html.start("li").element("a", SiteTexts.get("page.communication"), "href", "kommunikation.html").end();
		}
		html.end().end();
	}

	private void breadcrumb(XhtmlWriter html, String here) {
		html.start("p", "class", "breadcrumb").element("a", Texts.get("site.start"), "href", "index.html")
				.text(" › " + here).end();
	}

	private void diagram(XhtmlWriter html, DiagramView view, String captionKey) {
		String file = diagramFile(view);
		if (files.containsKey(file)) {
			// shown at its own size or larger, never shrunk to the column: a wide diagram scrolls sideways in a
			// region the keyboard can reach, and a link opens the picture alone
			html.start("figure", "class", "diagram");
			html.start("div", "class", "diagram-scroll", "tabindex", "0", "role", "region", "aria-label",
					SiteTexts.get("diagram.region", Texts.get(captionKey)));
			java.util.regex.Matcher size = SVG_SIZE.matcher(new String(files.get(file), StandardCharsets.UTF_8));
			if (size.find()) {
				double scale = diagramScales.get(file);
				html.empty("img", "src", file, "alt", Texts.get(captionKey), "width",
						String.valueOf(Math.round(Double.parseDouble(size.group(1)) * scale)), "height",
						String.valueOf(Math.round(Double.parseDouble(size.group(2)) * scale)));
			} else {
				html.empty("img", "src", file, "alt", Texts.get(captionKey));
			}
			html.end();
			html.start("figcaption").text(Texts.get(captionKey) + " ")
					.element("a", SiteTexts.get("diagram.open"), "href", file).end();
			html.end();
		}
	}

	private static String diagramFile(DiagramView view) {
		return view == DiagramView.GOVERNANCE ? "styrning.svg" : "sparbarhet.svg";
	}

	private List<Measure> measures() {
		return agreement.getActionPlans().stream().flatMap(plan -> plan.getMeasures().stream()).toList();
	}

	private static void paragraphs(XhtmlWriter html, String... texts) {
		for (String text : texts) {
			if (text != null && !text.isBlank()) {
				for (String paragraph : text.split("\n\n")) {
					html.element("p", paragraph);
				}
			}
		}
	}

	private static void list(XhtmlWriter html, List<String> items) {
		if (!items.isEmpty()) {
			html.start("ul");
			items.forEach(item -> html.element("li", item));
			html.end();
		}
	}
}
