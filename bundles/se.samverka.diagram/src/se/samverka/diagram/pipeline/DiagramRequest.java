/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.pipeline;

import java.util.List;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.model.Agreement;
import se.samverka.validation.Finding;

/**
 * What a diagram is made of: the agreement, the view, what the reader leaves out, and the findings
 * already computed for the model (none for the public). The findings are given, never computed
 * here, so a caller that has them (the language server) does not validate twice.
 */
public record DiagramRequest(Agreement agreement, DiagramView view, DiagramFilter filter, List<Finding> findings) {

	public DiagramRequest {
		filter = filter == null ? DiagramFilter.NONE : filter;
		findings = findings == null ? List.of() : findings;
	}
}
