/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import com.google.inject.Injector;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.validation.Severities;

/** Loads the files a command was given, or says in one line why it cannot. */
final class ModelLoading {
	private final Injector injector = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration();

	Injector injector() {
		return injector;
	}

	/**
	 * Like {@link #load}, for commands that need a whole model (readiness, diagrams): a file
	 * with syntax errors is refused with a pointer to {@code samverka validate}.
	 */
	ModelFolder loadParsed(List<Path> files, PrintWriter err) {
		ModelFolder folder = load(files, err);
		if (folder == null) {
			return null;
		}
		for (var entry : folder.requested().entrySet()) {
			if (!entry.getValue().getErrors().isEmpty()) {
				err.println(CliTexts.get("syntaxErrors", entry.getKey()));
				return null;
			}
		}
		return folder;
	}

	/** The loaded models, or null after printing why they could not be loaded. */
	ModelFolder load(List<Path> files, PrintWriter err) {
		return load(files, Severities::none, Severities.none(), err);
	}

	/** Like {@link #load(List, PrintWriter)}, with the severities chosen outside the models' folders. */
	ModelFolder load(List<Path> files, Supplier<Severities> workspace, Severities commandLine, PrintWriter err) {
		for (Path file : files) {
			if (Files.isRegularFile(file) && !ModelFolder.isModelFile(file)) {
				// only .samverkan files are read: EMF would read any other as XMI and fail in its own words
				err.println(CliTexts.get("notAModelFile", file));
				return null;
			}
		}
		ModelFolder folder = injector.getInstance(ModelFolder.class);
		folder.chooseSeverities(workspace, commandLine);
		try {
			folder.load(files);
			return folder;
		} catch (ModelFolder.NotUtf8Exception e) {
			err.println(CliTexts.get("notUtf8", e.file(), e.line(), e.column()));
		} catch (ModelFolder.MissingFileException e) {
			err.println(CliTexts.get(e.exists() ? "notAFile" : "noSuchFile", e.file()));
		} catch (StackOverflowError e) {
			err.println(CliTexts.get("tooDeep"));
		} catch (IOException | RuntimeException e) {
			// EMF wraps what went wrong while loading, a too deep file's StackOverflowError included
			err.println(tooDeep(e) ? CliTexts.get("tooDeep") : CliTexts.get("cannotRead", String.valueOf(e.getMessage())));
		}
		return null;
	}

	private static boolean tooDeep(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StackOverflowError) {
				return true;
			}
		}
		return false;
	}
}
