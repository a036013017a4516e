/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.generation;

import java.util.List;

import se.samverka.diagram.model.Diagram;
import se.samverka.model.Agreement;
import se.samverka.validation.Finding;

/** The three views of an agreement, computed from the model with its validation findings. */
public enum DiagramView {
	GOVERNANCE, TRACEABILITY, COMMUNICATION;

	public Diagram generate(Agreement agreement, List<Finding> findings) {
		return switch (this) {
		case GOVERNANCE -> GovernanceDiagram.of(agreement, findings);
		case TRACEABILITY -> TraceabilityDiagram.of(agreement, findings);
		case COMMUNICATION -> CommunicationDiagram.of(agreement, findings);
		};
	}
}
