/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.content;

import static se.samverka.reports.content.DocumentContent.joined;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import se.samverka.diagram.generation.DiagramView;
import se.samverka.model.Activity;
import se.samverka.model.Agreement;
import se.samverka.model.CommunicationGoal;
import se.samverka.model.CommunicationLevel;
import se.samverka.model.CommunicationPlan;
import se.samverka.model.CoreValue;
import se.samverka.model.Person;
import se.samverka.model.Spokesperson;
import se.samverka.model.SwotItem;
import se.samverka.model.SwotKind;
import se.samverka.model.TargetGroup;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.MeetingTexts;
import se.samverka.reports.Texts;
import se.samverka.validation.Finding;

/**
 * The communication plan on its own, in the order of the Botkyrka plan (seed 004, appendix 4):
 * introduction and purpose, core values, goals, levels, target groups, principles, channels and
 * activities, way of working, spokespersons, SWOT, evaluation and updating, and the communication
 * diagram. It is an internal document, so spokespersons' phone numbers are included.
 */
public final class CommunicationPlanContent {
	private final Agreement agreement;
	private final CommunicationPlan plan;
	private final DocumentContent content;

	private CommunicationPlanContent(Agreement agreement) {
		this.agreement = agreement;
		this.plan = agreement.getCommunicationPlan();
		this.content = new DocumentContent(ElementLabels.of(plan) + " – " + ElementLabels.of(agreement));
	}

	/** Thrown when the agreement has no communication plan. */
	public static final class NoPlan extends Exception {
		private static final long serialVersionUID = 1L;
	}

	public static DocumentContent of(Agreement agreement, List<Finding> findings) throws IOException, NoPlan {
		return of(agreement, findings, false);
	}

	/** The plan, as a review copy with the findings on its diagram if asked for. */
	public static DocumentContent of(Agreement agreement, List<Finding> findings, boolean reviewCopy)
			throws IOException, NoPlan {
		if (agreement.getCommunicationPlan() == null) {
			throw new NoPlan();
		}
		CommunicationPlanContent builder = new CommunicationPlanContent(agreement);
		if (reviewCopy) {
			builder.content.markReviewCopy();
		}
		builder.build();
		DiagramPictures.add(builder.content, agreement, findings, DiagramView.COMMUNICATION);
		return builder.content;
	}

	private void build() {
		content.add(new Block.Heading(0, ElementLabels.of(plan)));
		content.add(new Block.Paragraph(ElementLabels.of(agreement), true));
		texts("comm.introduction", plan.getIntroduction(), plan.getBackground());
		texts("comm.purpose", plan.getPurpose());
		texts("comm.mainMessage", plan.getMainMessage());
		if (!plan.getCoreValues().isEmpty()) {
			content.section(Texts.get("comm.coreValues"));
			for (CoreValue value : plan.getCoreValues()) {
				content.bullet(joined(": ", value.getWord(), value.getExplanation()));
			}
		}
		list("comm.requirements", plan.getRequirements());
		if (!plan.getGoals().isEmpty()) {
			content.section(Texts.get("comm.goals"));
			content.paragraph(Texts.get("comm.goals.intro"));
			plan.getGoals().forEach(goal -> content.bullet(goal.getText() + targetGroups(goal.getTargetGroups())));
		}
		levels();
		targetGroups();
		list("comm.principles", plan.getPrinciples());
		if (!plan.getChannels().isEmpty()) {
			content.section(Texts.get("comm.channels"));
			plan.getChannels().forEach(channel -> content.bullet(ElementLabels.of(channel)));
		}
		activities();
		texts("comm.workingMethod", plan.getWorkingMethod());
		spokespersons();
		swot();
		if (plan.getEvaluation() != null || plan.getUpdated() != null) {
			content.section(Texts.get("comm.evaluation"));
			if (plan.getEvaluation() != null) {
				content.text(plan.getEvaluation().getText());
			}
			if (plan.getUpdated() != null) {
				content.text(plan.getUpdated().getText() != null ? plan.getUpdated().getText()
						: Texts.get("comm.updated", MeetingTexts.often(plan.getUpdated())));
			}
		}
		content.appendix(Texts.get("appendix.diagrams"));
	}

	private void texts(String headingKey, String... texts) {
		if (java.util.Arrays.stream(texts).anyMatch(t -> t != null && !t.isBlank())) {
			content.section(Texts.get(headingKey));
			for (String text : texts) {
				content.text(text);
			}
		}
	}

	private void list(String headingKey, List<String> items) {
		if (!items.isEmpty()) {
			content.section(Texts.get(headingKey));
			items.forEach(content::bullet);
		}
	}

	private void levels() {
		if (plan.getLevels().isEmpty()) {
			return;
		}
		content.section(Texts.get("comm.levels"));
		for (CommunicationLevel level : plan.getLevels()) {
			content.subheading(Texts.get("comm.level", level.getNumber(), ElementLabels.of(level)));
			content.text(level.getDescription());
			if (!level.getBodies().isEmpty()) {
				content.paragraph(Texts.get("comm.level.bodies",
						level.getBodies().stream().map(ElementLabels::of).collect(Collectors.joining(", "))));
			}
			if (!level.getTargetGroups().isEmpty()) {
				content.paragraph(Texts.get("comm.level.targetGroups",
						level.getTargetGroups().stream().map(ElementLabels::of).collect(Collectors.joining(", "))));
			}
			level.getGoals().stream().map(CommunicationGoal::getText).forEach(content::bullet);
			content.text(level.getCoordination());
		}
	}

	private void targetGroups() {
		if (plan.getTargetGroups().isEmpty()) {
			return;
		}
		content.section(Texts.get("comm.targetGroups"));
		List<List<String>> rows = new ArrayList<>();
		for (TargetGroup group : plan.getTargetGroups()) {
			rows.add(List.of(ElementLabels.of(group), Texts.get("comm.priority." + group.getPriority().name()),
					joined("\n", group.getDescription(), String.join("\n", group.getShouldKnow()), group.getNote())));
		}
		content.table(List.of(Texts.get("comm.targetGroup"), Texts.get("comm.priority"), Texts.get("comm.targetGroup.about")),
				rows);
	}

	private void activities() {
		if (plan.getActivities().isEmpty()) {
			return;
		}
		content.section(Texts.get("comm.activities"));
		List<List<String>> rows = new ArrayList<>();
		for (Activity activity : plan.getActivities()) {
			rows.add(List.of(joined("\n", ElementLabels.of(activity), activity.getDescription(), String.join("\n", activity.getOccasions())),
					activity.getFrequency() == null ? "" : MeetingTexts.often(activity.getFrequency()),
					activity.getReaches().stream().map(ElementLabels::of).collect(Collectors.joining(", ")),
					activity.getChannels().stream().map(ElementLabels::of).collect(Collectors.joining(", ")),
					activity.getResponsible().stream().map(AgreementContent::actor).collect(Collectors.joining(", "))));
		}
		content.table(List.of(Texts.get("comm.activity"), Texts.get("comm.frequency"), Texts.get("comm.targetGroups"),
				Texts.get("comm.channels"), Texts.get("followUp.responsible")), rows);
	}

	private void spokespersons() {
		if (plan.getSpokespersons().isEmpty()) {
			return;
		}
		content.section(Texts.get("comm.spokespersons"));
		List<List<String>> rows = new ArrayList<>();
		for (Spokesperson spokesperson : plan.getSpokespersons()) {
			String who = joined("\n", spokesperson.getRole() == null ? null : ElementLabels.of(spokesperson.getRole()),
					spokesperson.getPeople().stream().map(Person::getFullName).collect(Collectors.joining(", ")));
			rows.add(List.of(spokesperson.getParty() == null ? "" : ElementLabels.of(spokesperson.getParty()),
					String.valueOf(spokesperson.getTopic() == null ? "" : spokesperson.getTopic()), who,
					String.valueOf(spokesperson.getPhone() == null ? "" : spokesperson.getPhone())));
		}
		content.table(List.of(Texts.get("signature.party"), Texts.get("comm.topic"), Texts.get("comm.spokesperson"),
				Texts.get("comm.phone")), rows);
	}

	private void swot() {
		if (plan.getSwot().isEmpty()) {
			return;
		}
		content.section(Texts.get("comm.swot"));
		for (SwotKind kind : SwotKind.values()) {
			List<SwotItem> items = plan.getSwot().stream().filter(item -> item.getKind() == kind).toList();
			if (!items.isEmpty()) {
				content.subheading(Texts.get("comm.swot." + kind.name()));
				items.forEach(item -> content.bullet(item.getText()));
			}
		}
	}

	private static String targetGroups(List<TargetGroup> groups) {
		return groups.isEmpty() ? "" : " (" + groups.stream().map(ElementLabels::of).collect(Collectors.joining(", ")) + ")";
	}
}
