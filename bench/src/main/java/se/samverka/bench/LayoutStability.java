/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.model.DiagramNode;
import se.samverka.model.Model;
import se.samverka.validation.ModelValidator;

/**
 * How far the governance chart of a synthetic municipality moves after a small change of its
 * text, laid out after its last layout: the share of the boxes the change does not concern (nor
 * their rows) that move less than 10 px. The same measure as LayoutStabilityTest on Botkyrka.
 */
final class LayoutStability {
	/** A small change of a municipality's text, and the names of the boxes it concerns. */
	enum Change {
		MEMBER_ADDED("member added", "\t\tmedlem Kommunpolis\n", "\t\tmedlem Kommunpolis\n\t\tmedlem Chef\n", "Arbetsgruppen"),
		BODY_RENAMED("body renamed", "arbetsgrupp Arbetsgruppen {",
				"arbetsgrupp Arbetsgruppen \"Arbetsgruppen för trygghet och brottsförebyggande arbete\" {", "Arbetsgruppen"),
		AREA_GROUP_ADDED("area group added", "\tområdesgrupp OG1 {",
				"\tområdesgrupp OG0 \"Områdesgrupp för hela kommunen\" {\n\t\tmandat \"Samordnar.\"\n\t\tmedlem Utvecklare\n\t}\n\tområdesgrupp OG1 {",
				"OG0"),
		LINE_CHANGED("line changed", "\t\tsammanträder 6 gånger per år\n",
				"\t\tsammanträder 6 gånger per år\n\t\trapporterar till Styrgruppen\n", "OG1");

		final String title;
		final String before;
		final String after;
		final String concerned;

		Change(String title, String before, String after, String concerned) {
			this.title = title;
			this.before = before;
			this.after = after;
			this.concerned = concerned;
		}
	}

	private LayoutStability() {
	}

	/** The boxes that stayed and the boxes measured, over the given municipalities' charts. */
	record Result(int stayed, int measured) {
		double percent() {
			return measured == 0 ? 0 : 100.0 * stayed / measured;
		}
	}

	static Result measure(Injector injector, List<Path> files, Change change, Path work) throws IOException {
		int stayed = 0;
		int measured = 0;
		Files.createDirectories(work);
		for (Path file : files) {
			String text = Files.readString(file);
			if (!text.contains(change.before)) {
				throw new IllegalStateException(file + " no longer reads " + change.before);
			}
			ElkLayoutEngine engine = new ElkLayoutEngine();
			Diagram first = chart(injector, file);
			engine.layout(first);
			Path edited = work.resolve(file.getFileName());
			// the first occurrence only: one body changes
			Files.writeString(edited, text.replaceFirst(java.util.regex.Pattern.quote(change.before),
					java.util.regex.Matcher.quoteReplacement(change.after)));
			Diagram second = chart(injector, edited);
			engine.layout(second, first);
			Map<String, DiagramNode> previous = new HashMap<>();
			first.nodes().forEach(node -> previous.put(node.id(), node));
			for (DiagramNode node : second.nodes()) {
				DiagramNode old = previous.get(node.id());
				if (old == null || isConcerned(node, Set.of(change.concerned))) {
					continue;
				}
				measured++;
				if (Math.hypot(node.x() - old.x(), node.y() - old.y()) < 10) {
					stayed++;
				}
			}
		}
		return new Result(stayed, measured);
	}

	/** A box the change concerns (by its model name), or one of its rows. */
	private static boolean isConcerned(DiagramNode node, Set<String> names) {
		DiagramNode box = node.isRow() ? node.parent() : node;
		return names.stream().anyMatch(name -> box.id().endsWith(":" + name));
	}

	private static Diagram chart(Injector injector, Path file) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(set);
		Model model = (Model) resource.getContents().get(0);
		return DiagramView.GOVERNANCE.generate(model.getAgreements().get(0),
				new ModelValidator().validate(model).findings());
	}
}
