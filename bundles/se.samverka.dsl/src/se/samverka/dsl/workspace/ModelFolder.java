/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

import se.samverka.dsl.validation.LastValidation;
import se.samverka.dsl.validation.SeverityChoices;
import se.samverka.validation.Severities;

/**
 * Loads .samverkan files the way a user sees them: together with every other .samverkan file of
 * the same folder, so that a sub-agreement finds its framework agreement and an agreement finds
 * the organisations, roles and areas declared beside it. References are resolved across all of
 * them before anything is validated.
 */
public class ModelFolder {
	public static final String EXTENSION = "samverkan";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IResourceServiceProvider.Registry languages;

	private XtextResourceSet resourceSet;
	private final Map<Path, Resource> requested = new LinkedHashMap<>();
	private Supplier<Severities> workspaceSeverities = Severities::none;
	private Severities commandLineSeverities = Severities.none();

	/**
	 * The severities chosen outside the models' folders, before {@link #load}: the workspace's
	 * defaults (under each folder's settings file) and the command line's (over it).
	 */
	public void chooseSeverities(Supplier<Severities> workspace, Severities commandLine) {
		this.workspaceSeverities = workspace;
		this.commandLineSeverities = commandLine;
	}

	/**
	 * Loads the given files and their sibling .samverkan files. Files that cannot be read are
	 * reported by {@link MissingFileException}; nothing is loaded in that case.
	 */
	public void load(List<Path> files) throws MissingFileException, IOException {
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new MissingFileException(file, Files.exists(file));
			}
			if (!Files.isReadable(file)) {
				throw new MissingFileException(file, true);
			}
		}
		for (Path file : files) {
			requireUtf8(file);
		}
		resourceSet = resourceSets.get();
		SeverityChoices.attach(resourceSet, workspaceSeverities, commandLineSeverities);
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		Set<Path> all = new LinkedHashSet<>();
		for (Path file : files) {
			Path absolute = file.toAbsolutePath().normalize();
			all.add(absolute);
			all.addAll(siblings(absolute));
		}
		Map<Path, Resource> byPath = ParallelParsing.parse(all, resourceSet, resourceSets::get);
		for (Path file : files) {
			requested.put(file, byPath.get(file.toAbsolutePath().normalize()));
		}
		indexExports(byPath.values());
		EcoreUtil.resolveAll(resourceSet);
		// every reference is resolved: the index goes, so that a later edit of a model cannot meet stale names
		resourceSet.eAdapters().removeIf(ResourceDescriptionsData.ResourceSetAdapter.class::isInstance);
	}

	/**
	 * Indexes the names every loaded file exports, so that a reference to another file looks its
	 * name up once instead of asking each file of the folder in turn (which made linking grow with
	 * the square of the number of files). Xtext's language server and builder index the same way.
	 */
	private void indexExports(Collection<Resource> resources) {
		List<IResourceDescription> descriptions = new ArrayList<>();
		for (Resource resource : resources) {
			IResourceServiceProvider language = languages.getResourceServiceProvider(resource.getURI());
			if (language != null) {
				descriptions.add(language.getResourceDescriptionManager().getResourceDescription(resource));
			}
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
				new ResourceDescriptionsData(descriptions));
	}

	/** Refuses a file that is not UTF-8, saying where its first bad byte is, rather than misreading it. */
	private static void requireUtf8(Path file) throws IOException, MissingFileException {
		byte[] bytes = Files.readAllBytes(file);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
		if (result.isError()) {
			// in stops at the first bad byte; out holds the text before it
			String before = out.flip().toString();
			int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
			int column = before.length() - before.lastIndexOf('\n');
			throw new NotUtf8Exception(file, line, column);
		}
	}

	/** The resources of the files asked for, in the order asked, keyed by the path as given. */
	public Map<Path, Resource> requested() {
		return requested;
	}

	public ResourceSet resourceSet() {
		return resourceSet;
	}

	/** Every problem of one loaded file: syntax, references and all validation rules. */
	public List<Problem> validate(Path file, CancelIndicator cancel) {
		Resource resource = requested.get(file);
		List<Problem> problems = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
			problems.add(toProblem(file, issue));
		}
		return problems;
	}

	/** How many findings the file's model suppresses (undantag), as of its last validation. */
	public int suppressedCount(Path file) {
		return LastValidation.suppressedCount(requested.get(file));
	}

	private Problem toProblem(Path file, Issue issue) {
		Problem.Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Problem.Severity.ERROR;
		case WARNING -> Problem.Severity.WARNING;
		default -> Problem.Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		return new Problem(file, line, column, severity, IssueCodes.shortCode(issue.getCode()), issue.getMessage(),
				elementName(issue));
	}

	private String elementName(Issue issue) {
		if (issue.getUriToProblem() == null) {
			return "";
		}
		EObject element = resourceSet.getEObject(issue.getUriToProblem(), false);
		for (EObject current = element; current != null; current = current.eContainer()) {
			QualifiedName name = names.getFullyQualifiedName(current);
			if (name != null) {
				return name.toString();
			}
		}
		return "";
	}

	/** A regular file whose name ends in .samverkan. */
	public static boolean isModelFile(Path file) {
		Path name = file.getFileName();
		return name != null && name.toString().endsWith("." + EXTENSION) && Files.isRegularFile(file);
	}

	private static List<Path> siblings(Path file) throws IOException {
		Path folder = file.getParent();
		if (folder == null) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(ModelFolder::isModelFile).map(p -> p.toAbsolutePath().normalize()).sorted().toList();
		}
	}

	/** A file that is not UTF-8: where its first byte that is no UTF-8 lies. */
	public static class NotUtf8Exception extends MissingFileException {
		private static final long serialVersionUID = 1L;
		private final int line;
		private final int column;

		public NotUtf8Exception(Path file, int line, int column) {
			super(file, true);
			this.line = line;
			this.column = column;
		}

		public int line() {
			return line;
		}

		public int column() {
			return column;
		}
	}

	/** A file given by the user that does not exist or cannot be read. */
	public static class MissingFileException extends Exception {
		private static final long serialVersionUID = 1L;
		private final Path file;
		private final boolean exists;

		public MissingFileException(Path file, boolean exists) {
			super(file.toString());
			this.file = file;
			this.exists = exists;
		}

		public Path file() {
			return file;
		}

		/** True when the path exists but is not a readable file (a folder, or no permission). */
		public boolean exists() {
			return exists;
		}
	}
}
