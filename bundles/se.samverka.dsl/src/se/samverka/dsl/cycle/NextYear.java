/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.cycle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;

import com.google.inject.Inject;

import se.samverka.dsl.cycle.NextYearRefused.Reason;

import se.samverka.dsl.workspace.ModelFormatter;
import se.samverka.model.Agreement;
import se.samverka.model.AgreementKind;
import se.samverka.model.CitizenPromise;
import se.samverka.model.Model;

/**
 * Starts next year's promise document from this year's (see {@link NextYearModel} for what is
 * carried over): the text of a new file beside this year's, in the layout of
 * {@code samverka format}, made by the language's serializer and parsed back before it is handed
 * out. The command line's {@code next-year} and the workbench's "Nästa års medborgarlöfte…" both
 * use it; neither writes anything until the whole text is made.
 */
public class NextYear {
	private static final String EXTENSION = ".samverkan";

	@Inject
	private ISerializer serializer;

	@Inject
	private ModelFormatter formatter;

	@Inject
	private IResourceFactory resourceFactory;

	/** The new document: what was decided, where it goes and its text. */
	public record Draft(NextYearPlan plan, Path file, String text) {
	}

	/**
	 * The promise document of the file to start from: the one asked for, else the file's only
	 * promise document, else the only one that no other document follows yet.
	 */
	public static Agreement choose(Resource resource, String asked) throws NextYearRefused {
		String file = resource.getURI().lastSegment();
		List<Agreement> all = resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)
				? List.of() : model.getAgreements();
		List<Agreement> promiseDocuments = all.stream().filter(NextYear::isPromiseDocument).toList();
		if (asked != null && !asked.isBlank()) {
			Agreement named = all.stream().filter(a -> asked.equals(a.getName())).findFirst()
					.orElseThrow(() -> new NextYearRefused(lines(promiseDocuments), Reason.NO_SUCH_AGREEMENT, asked, file));
			if (!isPromiseDocument(named)) {
				throw new NextYearRefused(Reason.NOT_A_PROMISE_DOCUMENT, named.getName());
			}
			return named;
		}
		if (promiseDocuments.isEmpty()) {
			throw new NextYearRefused(Reason.NO_PROMISE_DOCUMENT, file);
		}
		if (promiseDocuments.size() == 1) {
			return promiseDocuments.get(0);
		}
		List<Agreement> latest = promiseDocuments.stream().filter(d -> !hasSuccessor(d)).toList();
		if (latest.size() == 1) {
			return latest.get(0);
		}
		throw new NextYearRefused(lines(latest.isEmpty() ? promiseDocuments : latest), Reason.SEVERAL_AGREEMENTS, file);
	}

	/**
	 * Next year's document from {@code current}, read from {@code source}, to be written to
	 * {@code output}, or when that is null to a file beside {@code source} named for the new period.
	 */
	public Draft draft(Agreement current, NextYearRequest request, Path source, Path output) throws NextYearRefused {
		// the period decides the file's name; the file decides which names are free (it will be replaced)
		NextYearPlan first = NextYearPlan.of(current, request, Set.of());
		Path target = (output != null ? output : fileBeside(source, first)).toAbsolutePath().normalize();
		Path sourceFile = source.toAbsolutePath().normalize();
		if (target.equals(sourceFile)) {
			throw new NextYearRefused(Reason.SAME_FILE, target);
		}
		if (!target.getParent().equals(sourceFile.getParent())) {
			// the new document names this year's and the organisations and areas beside it
			throw new NextYearRefused(Reason.OTHER_FOLDER, target, sourceFile.getParent());
		}
		URI targetUri = URI.createFileURI(target.toString());
		ResourceSet set = current.eResource().getResourceSet();
		Set<String> taken = new HashSet<>();
		for (Resource resource : set.getResources()) {
			if (!resource.getURI().equals(targetUri) && !resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof Model model) {
				model.getAgreements().forEach(a -> taken.add(a.getName()));
			}
		}
		NextYearPlan plan = NextYearPlan.of(current, request, taken);
		return new Draft(plan, target, text(plan, NextYearModel.of(plan), set, targetUri, source));
	}

	/** The new file beside this year's: its years moved ("…-2020-2021" → "…-2022-2023"), else the new year added. */
	public static Path fileBeside(Path source, NextYearPlan plan) {
		String name = source.getFileName().toString();
		String stem = name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
		String next = plan.shift().years() != 0 && YearShift.hasYear(stem) ? plan.shift().apply(stem)
				: stem + "-" + plan.periodFrom().start().getYear();
		return source.toAbsolutePath().normalize().resolveSibling(next + EXTENSION);
	}

	/**
	 * Serialises the model in the resource set of this year's document (so references into the
	 * folder's other files are written by name), then parses and formats the text as
	 * {@code samverka format} would. An older file at the target is taken out of the set first: it
	 * is the one being replaced.
	 */
	private String text(NextYearPlan plan, Model model, ResourceSet set, URI target, Path source) {
		Resource replaced = set.getResource(target, false);
		if (replaced != null) {
			replaced.unload();
			set.getResources().remove(replaced);
		}
		XtextResource resource = (XtextResource) resourceFactory.createResource(target);
		set.getResources().add(resource);
		try {
			resource.getContents().add(model);
			String serialized = serializer.serialize(model);
			resource.reparse(header(plan, source) + serialized);
			if (!resource.getErrors().isEmpty()) {
				// the serializer wrote what the grammar does not read: a fault of Samverka, not of the user
				throw new IllegalStateException("next year's document does not parse: "
						+ resource.getErrors().get(0).getMessage() + "\n" + serialized);
			}
			String formatted = formatter.format(resource);
			return formatted.endsWith("\n") ? formatted : formatted + "\n";
		} catch (IOException cannotHappen) {
			throw new IllegalStateException(cannotHappen);
		} finally {
			resource.unload();
			set.getResources().remove(resource);
		}
	}

	/** A comment for the reader of the new file: where it came from and what did not come along. */
	private static String header(NextYearPlan plan, Path source) {
		Agreement current = plan.current();
		List<String> lines = new ArrayList<>();
		lines.add(NextYearRefused.TEXTS.get("header.draft", current.getName(), oneLine(source.getFileName().toString())));
		lines.add(NextYearRefused.TEXTS.get("header.continuing", current.getName()));
		if (current.getSituationPicture() != null) {
			lines.add(NextYearRefused.TEXTS.get("header.picture", current.getName()));
		}
		if (!plan.ended().isEmpty()) {
			lines.add(NextYearRefused.TEXTS.get("header.ended",
					plan.ended().stream().map(CitizenPromise::getName).collect(Collectors.joining(", "))));
		}
		return lines.stream().map(line -> "// " + oneLine(line) + "\n").collect(Collectors.joining());
	}

	private static String oneLine(String text) {
		return text.replaceAll("[\\r\\n]+", " ");
	}

	private static boolean isPromiseDocument(Agreement agreement) {
		return agreement.getKind() == AgreementKind.CITIZEN_PROMISE;
	}

	private static boolean hasSuccessor(Agreement document) {
		ResourceSet set = document.eResource() == null ? null : document.eResource().getResourceSet();
		if (set == null) {
			return false;
		}
		for (Resource resource : set.getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model
					&& model.getAgreements().stream().anyMatch(a -> a.getPredecessor() == document)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> lines(List<Agreement> agreements) {
		return agreements.stream().map(a -> a.getTitle() == null ? a.getName()
				: String.format("%-24s %s", a.getName(), oneLine(a.getTitle()))).toList();
	}
}
