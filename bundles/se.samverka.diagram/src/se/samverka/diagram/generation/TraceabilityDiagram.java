/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.generation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.model.EdgeKinds;
import se.samverka.diagram.model.NodeKinds;
import se.samverka.model.Agreement;
import se.samverka.model.FollowUpEntry;
import se.samverka.model.FollowUpSubject;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.PriorityArea;
import se.samverka.model.labels.ElementLabels;
import se.samverka.model.labels.MeetingTexts;
import se.samverka.model.labels.Relation;
import se.samverka.model.labels.ValueNames;
import se.samverka.validation.Agreements;
import se.samverka.validation.Finding;

/**
 * View 2, the chain, read from left to right: findings of the situation picture → priority areas →
 * measures (with who is responsible) → goals → follow-up entries; and for the promises of a
 * promise document the chain of {@link PromiseChain}. A priority area without a finding or a
 * measure, and a measure without follow-up, are gaps.
 */
public final class TraceabilityDiagram {
	private TraceabilityDiagram() {
	}

	public static Diagram of(Agreement agreement, List<Finding> findings) {
		DiagramBuilder builder = new DiagramBuilder(DiagramTexts.get("title.traceability", GovernanceDiagram.nameOf(agreement)));
		builder.diagram().setLeftToRight(true);
		DiagramNode root = builder.diagram().root();
		List<Measure> measures = Agreements.measures(agreement);
		for (PriorityArea area : agreement.getPriorityAreas()) {
			DiagramNode node = builder.node(area, root, NodeKinds.PRIORITY_AREA, ElementLabels.of(area));
			for (EObject finding : area.getJustifiedBy()) {
				builder.node(finding, root, NodeKinds.FINDING, ChainTexts.finding(finding));
				builder.connect(finding, area, EdgeKinds.JUSTIFIES, Relation.JUSTIFIES.label());
			}
			if (area.getJustifiedBy().isEmpty() || measures.stream().noneMatch(m -> m.getPriorityAreas().contains(area))) {
				node.markGap();
			}
		}
		List<FollowUpEntry> measureEntries = agreement.getFollowUpPlan() == null ? List.of()
				: agreement.getFollowUpPlan().getEntries().stream()
						.filter(e -> e.getSubject() == FollowUpSubject.MEASURES).toList();
		for (Measure measure : measures) {
			DiagramNode node = builder.node(measure, root, NodeKinds.MEASURE, ElementLabels.of(measure));
			for (PriorityArea area : measure.getPriorityAreas()) {
				builder.connect(area, measure, EdgeKinds.ADDRESSED_BY, Relation.ADDRESSED_BY.label());
			}
			for (Goal goal : measure.getGoals()) {
				DiagramNode goalNode = builder.node(goal, root, NodeKinds.GOAL, ChainTexts.goal(goal));
				String target = ChainTexts.target(goal);
				if (target != null) {
					goalNode.details().add(target);
				}
				builder.connect(measure, goal, EdgeKinds.AIMS_AT, Relation.AIMS_AT.label());
			}
			// who is responsible is written in the box: a line from each party to each measure only crosses the chain
			if (!measure.getResponsible().isEmpty()) {
				node.details().add(DiagramTexts.get("responsible", ChainTexts.titles(measure.getResponsible())));
			}
			boolean followedUp = false;
			for (FollowUpEntry entry : measureEntries) {
				if (entry.getMeasures().isEmpty() || entry.getMeasures().contains(measure)) {
					boolean drawn = builder.nodeOf(entry) != null;
					DiagramNode entryNode = builder.node(entry, root, NodeKinds.FOLLOW_UP,
							DiagramTexts.get("followUp.of", ValueNames.of(entry.getSubject())));
					if (!drawn && entry.getFrequency() != null) {
						entryNode.details().add(MeetingTexts.often(entry.getFrequency()));
					}
					builder.connect(measure, entry, EdgeKinds.FOLLOWED_UP_BY, Relation.FOLLOWED_UP_BY.label());
					followedUp = true;
				}
			}
			if (!followedUp) {
				node.markGap();
			}
		}
		PromiseChain.add(builder, agreement);
		builder.attach(findings);
		return builder.diagram();
	}
}
