/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.content;

import se.samverka.model.labels.SwedishNumbers;
import static se.samverka.reports.content.DocumentContent.capitalised;
import static se.samverka.reports.content.DocumentContent.joined;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import se.samverka.diagram.generation.DiagramView;
import se.samverka.model.ActionPlan;
import se.samverka.model.Actor;
import se.samverka.model.Agreement;
import se.samverka.model.Appendix;
import se.samverka.model.Body;
import se.samverka.model.Chair;
import se.samverka.model.BodyKind;
import se.samverka.model.Clause;
import se.samverka.model.ClauseKind;
import se.samverka.model.Commitment;
import se.samverka.model.Coordinator;
import se.samverka.model.FollowUpEntry;
import se.samverka.model.Funding;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.Membership;
import se.samverka.model.NamedElement;
import se.samverka.model.Organisation;
import se.samverka.model.Signature;
import se.samverka.model.Statistic;
import se.samverka.model.Validity;
import se.samverka.model.YearValue;
import se.samverka.model.labels.ChairTexts;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.MeetingTexts;
import se.samverka.reports.Texts;
import se.samverka.validation.Finding;

/**
 * The agreement in the order of the Botkyrka sub-agreement (seed 004): a title page with the
 * parties and their organisation numbers, numbered sections from background to signatures with the
 * text the model holds, and appendices with the statistics, the action plan (the columns of seed
 * 004), the follow-up plan and the governance and traceability diagrams.
 */
public final class AgreementContent {
	private final Agreement agreement;
	private final DocumentContent content;

	private AgreementContent(Agreement agreement) {
		this.agreement = agreement;
		this.content = new DocumentContent(ElementLabels.of(agreement));
	}

	/** The agreement to sign and publish, its diagrams without findings. */
	public static DocumentContent of(Agreement agreement, List<Finding> findings) throws IOException {
		return of(agreement, findings, false);
	}

	/** The agreement, as a review copy with the findings on its diagrams if asked for. */
	public static DocumentContent of(Agreement agreement, List<Finding> findings, boolean reviewCopy)
			throws IOException {
		AgreementContent builder = new AgreementContent(agreement);
		if (reviewCopy) {
			builder.content.markReviewCopy();
		}
		builder.build(findings);
		return builder.content;
	}

	private void build(List<Finding> findings) throws IOException {
		titlePage();
		background();
		parties();
		appendices();
		term();
		bodies(BodyKind.STEERING_GROUP, "steeringGroup");
		bodies(BodyKind.WORKING_GROUP, "workingGroup");
		forums();
		coordinators();
		situationPicture();
		clauses(ClauseKind.APPENDIX_UPDATES, "updates");
		actionPlans();
		communication();
		followUp();
		for (ClauseKind kind : List.of(ClauseKind.CHANGES, ClauseKind.INFORMATION, ClauseKind.NOTICES,
				ClauseKind.RENEGOTIATION, ClauseKind.EARLY_TERMINATION, ClauseKind.DISPUTES, ClauseKind.OTHER)) {
			clauses(kind, "clause." + kind.name());
		}
		signatures();
		statisticsAppendix();
		actionPlanAppendix();
		followUpAppendix();
		content.appendix(Texts.get("appendix.diagrams"));
		DiagramPictures.add(content, agreement, findings, DiagramView.GOVERNANCE, DiagramView.TRACEABILITY);
	}

	private void titlePage() {
		content.add(new Block.Heading(0, content.title()));
		content.add(new Block.Paragraph(Texts.get("kind." + agreement.getKind().name()), true));
		for (Organisation party : agreement.getParties()) {
			content.add(new Block.Paragraph(joined("\n", ElementLabels.of(party), party.getOrganisationNumber() == null ? null
					: Texts.get("organisationNumber", party.getOrganisationNumber())), true));
		}
		Validity validity = agreement.getValidity();
		if (validity != null) {
			// the title page gives the term; its sentences are in the section "Avtalstid"
			content.add(new Block.Paragraph(Texts.get("term.period", validity.getFrom(), validity.getTo()), true));
		}
		content.add(new Block.PageBreak());
	}

	private void background() {
		if (agreement.getBackground() != null || agreement.getScope() != null) {
			section("background");
			content.text(agreement.getBackground());
			content.text(agreement.getScope());
		}
	}

	private void parties() {
		section("parties");
		for (Organisation party : agreement.getParties()) {
			content.bullet(ElementLabels.of(party) + (party.getOrganisationNumber() != null
					? ", " + Texts.get("organisationNumber", party.getOrganisationNumber()) : ""));
		}
		if (!agreement.getParticipants().isEmpty()) {
			content.paragraph(Texts.get("participants.list",
					agreement.getParticipants().stream().map(ElementLabels::of).collect(Collectors.joining(", "))));
		}
	}

	private void appendices() {
		if (agreement.getAppendices().isEmpty()) {
			return;
		}
		section("appendices");
		for (Appendix appendix : agreement.getAppendices()) {
			content.bullet(Texts.get("appendix", ElementLabels.of(appendix), appendix.getNumber()));
		}
	}

	private void term() {
		Validity validity = agreement.getValidity();
		if (validity == null) {
			return;
		}
		section("term");
		content.text(Texts.get("term.text", validity.getFrom(), validity.getTo()));
		if (validity.getExtensionYears() > 0) {
			content.text(Texts.get("term.extension", validity.getExtensionYears()));
		}
		if (validity.getConsultationMonthsBefore() > 0) {
			content.text(Texts.get("term.consultation", validity.getConsultationMonthsBefore()));
		}
		validity.getConditions().forEach(content::text);
	}

	private void bodies(BodyKind kind, String headingKey) {
		List<Body> bodies = agreement.getBodies().stream().filter(b -> b.getKind() == kind).toList();
		if (bodies.isEmpty()) {
			return;
		}
		section(headingKey);
		bodies.forEach(body -> body(body, false));
	}

	private void forums() {
		List<Body> forums = agreement.getBodies().stream()
				.filter(b -> b.getKind() != BodyKind.STEERING_GROUP && b.getKind() != BodyKind.WORKING_GROUP).toList();
		if (forums.isEmpty()) {
			return;
		}
		section("forums");
		forums.forEach(body -> body(body, true));
	}

	private void body(Body body, boolean withHeading) {
		if (withHeading) {
			content.subheading(ElementLabels.of(body));
		}
		content.text(body.getDescription());
		content.text(body.getMandate());
		List<String> members = members(body);
		if (!members.isEmpty()) {
			content.paragraph(Texts.get("consistsOf", ElementLabels.of(body)));
			members.forEach(content::bullet);
		}
		content.text(chairSentence(body));
		String meets = MeetingTexts.often(body.getMeets());
		if (meets != null) {
			content.text(Texts.get("meets", ElementLabels.of(body), meets));
		}
		if (body.getReportsTo() != null) {
			content.text(Texts.get("reportsTo", ElementLabels.of(body), ElementLabels.of(body.getReportsTo())));
		}
		body.getSubBodies().forEach(sub -> body(sub, true));
	}

	/** Who chairs the body, as a sentence: "Ordförandeskapet växlar mellan A och B, ett år i taget."; null without a chair. */
	private static String chairSentence(Body body) {
		Chair chair = body.getChair();
		if (chair != null && !chair.getRotatesBetween().isEmpty()) {
			List<String> parties = chair.getRotatesBetween().stream().map(ElementLabels::of).toList();
			String between = parties.size() == 1 ? parties.get(0)
					: Texts.get("list.and", String.join(", ", parties.subList(0, parties.size() - 1)), parties.getLast());
			return Texts.get("chair.rotates", between, chair.getTermYears());
		}
		String chairText = ChairTexts.of(body);
		return chairText == null ? null : Texts.get("chair", capitalised(chairText));
	}

	/** The members of a body as the agreement names them: a role, the coordinators, or the text. */
	public static List<String> members(Body body) {
		List<String> members = new ArrayList<>();
		for (Membership member : body.getMembers()) {
			if (member.getRole() != null) {
				members.add(ElementLabels.of(member.getRole()));
			} else if (!member.getCoordinators().isEmpty()) {
				// each coordinator is a member of its own, as the governance chart draws them
				member.getCoordinators().stream().map(ElementLabels::of).forEach(members::add);
			} else if (member.getText() != null) {
				members.add(member.getText());
			}
		}
		return members;
	}

	private void coordinators() {
		if (agreement.getCoordination() == null) {
			return;
		}
		section("coordinators");
		for (Coordinator coordinator : agreement.getCoordination().getCoordinators()) {
			String role = coordinator.getRole() != null ? ElementLabels.of(coordinator.getRole()) : ElementLabels.of(coordinator);
			String who = coordinator.getPerson() == null ? role
					: Texts.get("coordinator.who", role, ElementLabels.of(coordinator.getPerson()));
			content.bullet(coordinator.getParty() == null ? Texts.get("coordinator.unassigned", who)
					: Texts.get("coordinator", ElementLabels.of(coordinator.getParty()), who));
		}
		if (!agreement.getCoordination().getTasks().isEmpty()) {
			content.paragraph(Texts.get("tasks"));
			agreement.getCoordination().getTasks().forEach(content::bullet);
		}
		content.text(agreement.getCoordination().getCommitment());
	}

	private void situationPicture() {
		if (agreement.getSituationPicture() == null && agreement.getPriorityAreas().isEmpty()) {
			return;
		}
		section("situationPicture");
		if (agreement.getSituationPicture() != null) {
			content.text(agreement.getSituationPicture().getDescription());
			content.text(agreement.getSituationPicture().getMethod());
			content.text(agreement.getSituationPicture().getAnalysis());
		}
		if (!agreement.getPriorityAreas().isEmpty()) {
			content.paragraph(Texts.get("priorityAreas"));
			agreement.getPriorityAreas().forEach(area -> content.bullet(ElementLabels.of(area)));
		}
	}

	private void actionPlans() {
		if (!agreement.getActionPlans().isEmpty()) {
			section("actionPlans");
			content.text(Texts.get("actionPlans.text"));
		}
	}

	private void communication() {
		if (agreement.getCommunicationPlan() != null) {
			section("communication");
			content.subheading(ElementLabels.of(agreement.getCommunicationPlan()));
			agreement.getCommunicationPlan().getTargetGroups().forEach(group -> content.bullet(ElementLabels.of(group)));
		}
	}

	private void followUp() {
		if (agreement.getFollowUpPlan() == null) {
			return;
		}
		section("followUp");
		for (FollowUpEntry entry : agreement.getFollowUpPlan().getEntries()) {
			content.bullet(ElementLabels.of(entry) + (entry.getMethod() != null ? ": " + entry.getMethod() : ""));
		}
	}

	private void clauses(ClauseKind kind, String headingKey) {
		List<Clause> clauses = agreement.getClauses().stream().filter(c -> c.getKind() == kind).toList();
		if (clauses.isEmpty()) {
			return;
		}
		section(headingKey);
		for (Clause clause : clauses) {
			if (clause.getHeading() != null) {
				content.subheading(clause.getHeading());
			}
			content.text(clause.getText());
		}
	}

	private void signatures() {
		if (agreement.getSigning() == null) {
			return;
		}
		section("signatures");
		if (agreement.getSigning().getCopies() > 0) {
			content.text(Texts.get("signatures.copies", agreement.getSigning().getCopies()));
		}
		List<List<String>> rows = new ArrayList<>();
		for (Signature signature : agreement.getSigning().getSignatures()) {
			rows.add(List.of(signature.getParty() == null ? "" : ElementLabels.of(signature.getParty()),
					String.valueOf(signature.getSignatory()), String.valueOf(signature.getSignatoryTitle()),
					joined(", ", signature.getPlace(), signature.getDate() == null ? null : String.valueOf(signature.getDate()))));
		}
		content.table(List.of(Texts.get("signature.party"), Texts.get("signature.name"), Texts.get("signature.title"),
				Texts.get("signature.place")), rows);
	}

	private void statisticsAppendix() {
		if (agreement.getSituationPicture() == null || agreement.getSituationPicture().getStatistics().isEmpty()) {
			return;
		}
		content.appendix(Texts.get("appendix.statistics"));
		List<Statistic> statistics = agreement.getSituationPicture().getStatistics();
		TreeSet<Integer> years = new TreeSet<>();
		statistics.forEach(s -> s.getValues().forEach(v -> years.add(v.getYear())));
		List<String> header = new ArrayList<>(List.of(Texts.get("statistics.area"), Texts.get("statistics.category")));
		years.forEach(year -> header.add(String.valueOf(year)));
		List<List<String>> rows = new ArrayList<>();
		for (Statistic statistic : statistics) {
			List<String> cells = new ArrayList<>();
			cells.add(statistic.getArea() == null ? "" : ElementLabels.of(statistic.getArea()));
			cells.add(statistic.getCategory());
			for (int year : years) {
				cells.add(statistic.getValues().stream().filter(v -> v.getYear() == year).map(YearValue::getValue)
						.map(SwedishNumbers::format).findFirst().orElse(""));
			}
			rows.add(cells);
		}
		content.table(header, rows);
	}

	private void actionPlanAppendix() {
		if (agreement.getActionPlans().isEmpty()) {
			return;
		}
		content.appendix(Texts.get("appendix.actionPlan"));
		List<List<String>> rows = new ArrayList<>();
		for (ActionPlan plan : agreement.getActionPlans()) {
			for (Measure measure : plan.getMeasures()) {
				rows.add(List.of(measure.getPriorityAreas().stream().map(ElementLabels::of).collect(Collectors.joining(", ")),
						joined("\n", ElementLabels.of(measure), measure.getDescription()),
						joined("\n", measure.getPurpose(),
								measure.getGoals().stream().map(Goal::getText).collect(Collectors.joining("\n"))),
						measure.getResponsible().stream().map(AgreementContent::actor).collect(Collectors.joining(", ")),
						String.valueOf(measure.getWhen() == null ? "" : measure.getWhen()),
						measure.getCommitments().stream().map(Commitment::getText).collect(Collectors.joining("\n")),
						measure.getFunding().stream().map(AgreementContent::funding).collect(Collectors.joining("\n"))));
			}
		}
		content.table(List.of(Texts.get("action.priorityArea"), Texts.get("action.measure"),
				Texts.get("action.purposeGoal"), Texts.get("action.responsible"), Texts.get("action.when"),
				Texts.get("action.commitment"), Texts.get("action.funding")), rows);
	}

	private void followUpAppendix() {
		if (agreement.getFollowUpPlan() == null || agreement.getFollowUpPlan().getEntries().isEmpty()) {
			return;
		}
		content.appendix(Texts.get("appendix.followUp"));
		List<List<String>> rows = new ArrayList<>();
		for (FollowUpEntry entry : agreement.getFollowUpPlan().getEntries()) {
			String responsible = entry.getResponsibleText() != null ? entry.getResponsibleText()
					: entry.getResponsible().stream().map(AgreementContent::actor).collect(Collectors.joining(", "));
			rows.add(java.util.Arrays.asList(ElementLabels.of(entry), entry.getMethod(), responsible,
					MeetingTexts.meetings(entry.getFrequency()), entry.getReportsTo() == null ? null : ElementLabels.of(entry.getReportsTo())));
		}
		content.table(List.of(Texts.get("followUp.what"), Texts.get("followUp.method"),
				Texts.get("followUp.responsible"), Texts.get("followUp.frequency"), Texts.get("followUp.reportsTo")), rows);
	}

	private void section(String key) {
		content.section(Texts.get(key));
	}

	/** An organisation, role or person by its title or name. */
	public static String actor(Actor actor) {
		return actor instanceof NamedElement named ? ElementLabels.of(named) : String.valueOf(actor);
	}

	private static String funding(Funding funding) {
		return joined(" ", funding.getText(), funding.getAmount() == null ? null : Texts.get("funding.amount", SwedishNumbers.format(funding.getAmount())));
	}
}
