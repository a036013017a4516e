/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.generation;

import java.util.Comparator;
import java.util.List;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.model.EdgeKinds;
import se.samverka.diagram.model.NodeKinds;
import se.samverka.model.Activity;
import se.samverka.model.Agreement;
import se.samverka.model.Channel;
import se.samverka.model.CommunicationLevel;
import se.samverka.model.CommunicationPlan;
import se.samverka.model.Person;
import se.samverka.model.Spokesperson;
import se.samverka.model.TargetGroup;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.Relation;
import se.samverka.model.labels.ValueNames;
import se.samverka.validation.Finding;

/**
 * View 3, communication: levels and target groups, channels, spokespersons for their parties,
 * and which activity reaches whom through which channel.
 */
public final class CommunicationDiagram {
	private CommunicationDiagram() {
	}

	public static Diagram of(Agreement agreement, List<Finding> findings) {
		DiagramBuilder builder = new DiagramBuilder(DiagramTexts.get("title.communication", GovernanceDiagram.nameOf(agreement)));
		CommunicationPlan plan = agreement.getCommunicationPlan();
		if (plan == null) {
			return builder.diagram();
		}
		DiagramNode root = builder.diagram().root();
		for (TargetGroup group : plan.getTargetGroups()) {
			DiagramNode node = builder.node(group, root, NodeKinds.TARGET_GROUP, ElementLabels.of(group));
			node.details().add(ValueNames.of(group.getPriority()));
		}
		// the levels in their order, 1 above 2 above 3, however the plan lists them
		List<CommunicationLevel> levels = plan.getLevels().stream()
				.sorted(Comparator.comparingInt(CommunicationLevel::getNumber)).toList();
		for (CommunicationLevel level : levels) {
			builder.node(level, root, NodeKinds.LEVEL, level.getNumber() + ". " + ElementLabels.of(level))
					.setOrder(level.getNumber());
			for (TargetGroup group : level.getTargetGroups()) {
				builder.connect(level, group, EdgeKinds.ADDRESSES, Relation.ADDRESSES.label());
			}
		}
		for (Channel channel : plan.getChannels()) {
			builder.node(channel, root, NodeKinds.CHANNEL, ElementLabels.of(channel));
		}
		for (Activity activity : plan.getActivities()) {
			builder.node(activity, root, NodeKinds.ACTIVITY, ElementLabels.of(activity));
			activity.getReaches().forEach(group -> builder.connect(activity, group, EdgeKinds.REACHES, Relation.REACHES.label()));
			activity.getChannels().forEach(channel -> builder.connect(activity, channel, EdgeKinds.THROUGH, Relation.THROUGH.label()));
		}
		for (Spokesperson spokesperson : plan.getSpokespersons()) {
			String label = spokesperson.getTopic() != null ? DiagramTexts.get("spokesperson.topic", spokesperson.getTopic())
					: DiagramTexts.get("spokesperson");
			DiagramNode node = builder.node(spokesperson, root, NodeKinds.SPOKESPERSON, label);
			spokesperson.getPeople().stream().map(Person::getFullName).forEach(node.details()::add);
			if (spokesperson.getRole() != null) {
				node.details().add(ElementLabels.of(spokesperson.getRole()));
			}
			if (spokesperson.getParty() != null) {
				builder.node(spokesperson.getParty(), root, NodeKinds.PARTY, ElementLabels.of(spokesperson.getParty()));
				builder.connect(spokesperson, spokesperson.getParty(), EdgeKinds.SPEAKS_FOR, Relation.SPEAKS_FOR.label());
			}
		}
		builder.attach(findings);
		return builder.diagram();
	}
}
