/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.model.NodeKinds;
import se.samverka.diagram.pipeline.DiagramFormat;
import se.samverka.diagram.render.SvgWriter;

/** The one pipeline: every format renders Botkyrka's laid-out governance, and the filter is applied before layout. */
class DiagramPipelineTest {

	@Test
	void everyFormatRendersTheLaidOutDiagram() throws Exception {
		Diagram diagram = ExampleDiagrams.laidOut("botkyrka", "underavtal.samverkan", DiagramView.GOVERNANCE,
				DiagramFilter.NONE);
		assertTrue(diagram.nodes().stream().allMatch(node -> node.width() > 0 && node.height() > 0), "laid out");
		for (DiagramFormat format : DiagramFormat.values()) {
			byte[] bytes = format.render(diagram);
			if (format == DiagramFormat.PNG) {
				assertTrue(ImageIO.read(new ByteArrayInputStream(bytes)).getWidth() > 500);
			} else {
				assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("Närpolisområde Botkyrka"), format.id());
			}
		}
		assertEquals(SvgWriter.write(diagram), new String(DiagramFormat.SVG.render(diagram), StandardCharsets.UTF_8));
	}

	@Test
	void theFilterIsAppliedBeforeTheLayout() {
		Diagram diagram = ExampleDiagrams.laidOut("botkyrka", "underavtal.samverkan", DiagramView.GOVERNANCE,
				new DiagramFilter(true, false, false));
		for (DiagramNode node : diagram.nodes()) {
			assertTrue(!NodeKinds.ROLE.equals(node.kind()) && !NodeKinds.COORDINATOR.equals(node.kind()), node.id());
		}
		assertTrue(diagram.nodes().stream().anyMatch(node -> NodeKinds.STEERING_GROUP.equals(node.kind())));
	}
}
