/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.diagram.ui.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.diagram.pipeline.DiagramPipeline;
import se.samverka.diagram.pipeline.DiagramRequest;
import se.samverka.diagram.render.SprottyModelWriter;
import se.samverka.dsl.validation.LastValidation;
import se.samverka.dsl.validation.RuleSeverities;
import se.samverka.editor.EditorPlugin;
import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.validation.Finding;
import se.samverka.validation.ModelValidator;

/**
 * Makes the diagram of an open document from the language server's current state of it (so
 * unsaved edits show) and the findings the server found in it, through the same pipeline as
 * {@code samverka diagram}.
 */
public final class DiagramOfDocument {

	/** Why there is no diagram. */
	public enum Missing {
		NOT_PARSED, NO_AGREEMENT,
		/** The server has the new text but is still parsing it: ask again shortly. */
		BEING_PARSED
	}

	/**
	 * Either a diagram or the reason there is none. A diagram is out of date when the text has
	 * syntax errors: it is then the last one drawn from a text without, if there was one.
	 */
	public record Result(ShownDiagram diagram, Missing missing, boolean outOfDate) {
		public Result(ShownDiagram diagram, Missing missing) {
			this(diagram, missing, false);
		}
	}

	// the form of file URIs the server and the editor use, so ranges compare with the editor's URI
	private static final UriExtensions URIS = new UriExtensions();

	/** How many last layouts are kept (per file, view and filter), the least recently shown dropped first. */
	private static final int KEPT_LAYOUTS = 16;

	/** The last layout of each file's view, so that the boxes stay where they were while the user types. */
	private static final Map<String, Diagram> LAST_LAYOUTS = java.util.Collections
			.synchronizedMap(new java.util.LinkedHashMap<>(KEPT_LAYOUTS, 0.75f, true) {
				private static final long serialVersionUID = 1L;

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, Diagram> eldest) {
					return size() > KEPT_LAYOUTS;
				}
			});

	/** The last diagram of each file's view drawn from a text without syntax errors, shown while the text has some. */
	private static final Map<String, ShownDiagram> LAST_PARSED = java.util.Collections
			.synchronizedMap(new java.util.LinkedHashMap<>(KEPT_LAYOUTS, 0.75f, true) {
				private static final long serialVersionUID = 1L;

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, ShownDiagram> eldest) {
					return size() > KEPT_LAYOUTS;
				}
			});

	private DiagramOfDocument() {
	}

	public static CompletableFuture<Result> of(String uri, DiagramSettings settings) {
		return EditorPlugin.get().server().services().read(uri, (document, resource) -> make(uri, document, resource, settings));
	}

	private static Result make(String uri, Document document, XtextResource resource, DiagramSettings settings) {
		if (resource == null) {
			return new Result(null, Missing.NOT_PARSED);
		}
		if (document != null && resource.getParseResult() != null
				&& !document.getContents().equals(resource.getParseResult().getRootNode().getText())) {
			return new Result(null, Missing.BEING_PARSED);
		}
		String key = uri + '\u0000' + settings.view() + '\u0000' + settings.filter();
		boolean syntaxErrors = resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors();
		ShownDiagram lastParsed = syntaxErrors ? LAST_PARSED.get(key) : null;
		if (lastParsed != null) {
			// while a word is half typed the diagram stays as it was, marked out of date
			return new Result(lastParsed, null, true);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return new Result(null, Missing.NOT_PARSED);
		}
		if (model.getAgreements().isEmpty()) {
			return new Result(null, Missing.NO_AGREEMENT);
		}
		Agreement agreement = model.getAgreements().get(0);
		List<Finding> findings = findings(resource, model);
		Diagram diagram = DiagramPipeline.laidOut(
				new DiagramRequest(agreement, settings.view(), settings.filter(), findings, LAST_LAYOUTS.get(key)));
		LAST_LAYOUTS.put(key, diagram);
		ILocationInFileProvider locations = resource.getResourceServiceProvider().get(ILocationInFileProvider.class);
		Map<String, ElementRange> ranges = new HashMap<>();
		for (DiagramNode node : diagram.nodes()) {
			ElementRange range = rangeOf(node.element(), locations);
			if (range != null) {
				ranges.put(node.id(), range);
			}
		}
		ShownDiagram shown = new ShownDiagram(uri, diagram, SprottyModelWriter.write(diagram), Map.copyOf(ranges));
		if (!syntaxErrors) {
			LAST_PARSED.put(key, shown);
		}
		// a file opened with syntax errors has no earlier diagram: what could be read is drawn, out of date
		return new Result(shown, null, syntaxErrors);
	}

	private static List<Finding> findings(XtextResource resource, Model model) {
		List<Finding> findings = LastValidation.findings(resource);
		if (findings == null) {
			// only a file the server has not validated yet (its build runs before any read of it)
			findings = new ModelValidator().validate(model).findings();
		}
		// the marks follow the severities the user chose, as the editor's markers do
		return RuleSeverities.shown(resource, findings);
	}

	/**
	 * The document's diagram as it is printed on A4 landscape: whole when its text reads at 7 pt,
	 * otherwise a governance chart's overview and one page per area group; empty when there is
	 * no agreement to draw.
	 */
	public static CompletableFuture<List<Diagram>> printed(String uri, DiagramSettings settings) {
		return EditorPlugin.get().server().services().read(uri, (document, resource) -> {
			if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)
					|| model.getAgreements().isEmpty()) {
				return List.of();
			}
			return DiagramPipeline.printed(new DiagramRequest(model.getAgreements().get(0), settings.view(),
					settings.filter(), findings(resource, model), null));
		});
	}

	private static ElementRange rangeOf(EObject element, ILocationInFileProvider locations) {
		ICompositeNode node = element == null || element.eResource() == null ? null
				: NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return null;
		}
		ITextRegion name = locations.getSignificantTextRegion(element);
		String uri = URIS.toUriString(element.eResource().getURI());
		return new ElementRange(uri, node.getOffset(), node.getLength(),
				name != null ? name.getOffset() : node.getOffset(), name != null ? name.getLength() : 0);
	}
}
