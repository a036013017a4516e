/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.pipeline;

import java.util.List;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.Diagram;
import se.samverka.model.Agreement;
import se.samverka.validation.Finding;

/**
 * What a diagram is made of: the agreement, the view, what the reader leaves out, and the findings
 * already computed for the model (none for the public). The findings are given, never computed
 * here, so a caller that has them (the language server) does not validate twice. The previous
 * layout of the same view, if there is one, keeps the boxes where the reader last saw them.
 */
public record DiagramRequest(Agreement agreement, DiagramView view, DiagramFilter filter, List<Finding> findings,
		Diagram previousLayout) {

	public DiagramRequest {
		filter = filter == null ? DiagramFilter.NONE : filter;
		findings = findings == null ? List.of() : findings;
	}

	/** A request laid out afresh, with no previous layout to keep. */
	public DiagramRequest(Agreement agreement, DiagramView view, DiagramFilter filter, List<Finding> findings) {
		this(agreement, view, filter, findings, null);
	}

	/** The same request, laid out so the boxes stay where they were in the previous layout. */
	public DiagramRequest after(Diagram previous) {
		return new DiagramRequest(agreement, view, filter, findings, previous);
	}
}
