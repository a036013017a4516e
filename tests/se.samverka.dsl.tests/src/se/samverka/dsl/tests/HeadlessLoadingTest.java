/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

import se.samverka.dsl.workspace.IssueCodes;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;

/**
 * The command line loads a folder faster than the editor does (files parsed in parallel, the
 * names of every file indexed once): it must find exactly what Xtext's plain loading finds, one
 * file after the other in one resource set, at the same file, line and column, on every example.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SamverkaInjectorProvider.class)
class HeadlessLoadingTest {
	@Inject
	private Injector injector;

	@Inject
	private IResourceValidator validator;

	@Test
	void everyExampleHasTheSameFindingsAsPlainLoading() throws Exception {
		List<Path> folders = exampleFolders();
		assertFalse(folders.isEmpty());
		for (Path folder : folders) {
			List<Path> files = modelFiles(folder);
			assertEquals(plainFindings(files), headlessFindings(files), folder.toString());
		}
	}

	private List<String> headlessFindings(List<Path> files) throws Exception {
		ModelFolder models = injector.getInstance(ModelFolder.class);
		models.load(files);
		List<String> findings = new ArrayList<>();
		for (Path file : files) {
			for (Problem problem : models.validate(file, CancelIndicator.NullImpl)) {
				findings.add(file.getFileName() + ":" + problem.line() + ":" + problem.column() + " " + problem.severity()
						+ " " + problem.code() + " " + problem.message());
			}
		}
		return findings;
	}

	private List<String> plainFindings(List<Path> files) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		List<Resource> resources = new ArrayList<>();
		for (Path file : files) {
			resources.add(resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true));
		}
		EcoreUtil.resolveAll(resourceSet);
		List<String> findings = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			for (Issue issue : validator.validate(resources.get(i), CheckMode.ALL, CancelIndicator.NullImpl)) {
				Problem.Severity severity = switch (issue.getSeverity()) {
				case ERROR -> Problem.Severity.ERROR;
				case WARNING -> Problem.Severity.WARNING;
				default -> Problem.Severity.INFO;
				};
				int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
				int column = issue.getColumn() == null ? 1 : issue.getColumn();
				findings.add(files.get(i).getFileName() + ":" + line + ":" + column + " " + severity + " "
						+ IssueCodes.shortCode(issue.getCode()) + " "
						+ issue.getMessage());
			}
		}
		return findings;
	}

	private static List<Path> exampleFolders() throws IOException {
		try (Stream<Path> paths = Files.walk(Examples.root())) {
			return paths.filter(ModelFolder::isModelFile).map(Path::getParent).distinct().sorted().toList();
		}
	}

	private static List<Path> modelFiles(Path folder) throws IOException {
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.filter(ModelFolder::isModelFile).sorted().toList();
		}
	}
}
