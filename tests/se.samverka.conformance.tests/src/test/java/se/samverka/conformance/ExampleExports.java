/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.formats.Document;
import se.samverka.formats.ExportFormat;
import se.samverka.formats.ExportRequest;
import se.samverka.formats.Formats;
import se.samverka.formats.NotExported;
import se.samverka.model.Agreement;
import se.samverka.model.Model;

/**
 * Every example's agreements exported as `samverka export` exports them (the same {@link Formats}),
 * into target/: each .samverkan file of each folder under examples/, loaded with its folder, each
 * agreement in it, and for a document format each document that the agreement has.
 */
final class ExampleExports {
	/** One exported file or folder, and what it is, for the test's name and message. */
	record Export(Path path, String description) {
	}

	private ExampleExports() {
	}

	static Path examples() {
		return Path.of(System.getProperty("samverka.examples", "../../examples")).toAbsolutePath().normalize();
	}

	static Path output(String folder) throws IOException {
		return Files.createDirectories(Path.of(System.getProperty("samverka.output", "target")).resolve(folder));
	}

	/** Writes every example in the format into the folder, one file (or folder) per agreement and document. */
	static List<Export> write(String formatId, Path folder) throws Exception {
		ExportFormat format = Formats.export(formatId).orElseThrow(() -> new AssertionError("no format " + formatId));
		var injector = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration();
		List<Export> written = new ArrayList<>();
		for (Path example : folders(examples())) {
			List<Path> files = modelFiles(example);
			ModelFolder models = injector.getInstance(ModelFolder.class);
			models.load(files);
			for (Path file : files) {
				Resource resource = models.requested().get(file);
				assertFalse(resource.getContents().isEmpty(), file + " holds a model");
				for (Agreement agreement : ((Model) resource.getContents().get(0)).getAgreements()) {
					written.addAll(write(format, ExportRequest.of(resource).withAgreement(agreement.getName()),
							folder.resolve(example.getFileName().toString()), file, agreement));
				}
			}
		}
		assertFalse(written.isEmpty(), "the examples give something to check in " + formatId);
		return written;
	}

	private static List<Export> write(ExportFormat format, ExportRequest request, Path folder, Path file,
			Agreement agreement) throws Exception {
		String base = file.getFileName().toString().replace(".samverkan", "") + "-" + agreement.getName();
		if (!format.options().contains(se.samverka.formats.FormatOption.DOCUMENT)) {
			Path target = folder.resolve(base + (format.isFolder() ? "" : "." + format.extensions().get(0)));
			Files.createDirectories(folder);
			format.write(request, target, true);
			return List.of(new Export(target, examples().relativize(file) + " " + agreement.getName()));
		}
		List<Export> documents = new ArrayList<>();
		for (Document document : Document.values()) {
			Path target = folder.resolve(base + "-" + document.name().toLowerCase() + "." + format.extensions().get(0));
			Files.createDirectories(folder);
			try {
				format.write(request.withDocument(document), target, true);
				documents.add(new Export(target, examples().relativize(file) + " " + agreement.getName() + " " + document));
			} catch (NotExported notForThisAgreement) {
				// a document the agreement does not have (a communication plan, a promise …)
			}
		}
		assertFalse(documents.isEmpty(), file + ": " + agreement.getName() + " gives at least one document");
		return documents;
	}

	private static List<Path> folders(Path examples) throws IOException {
		try (Stream<Path> entries = Files.list(examples)) {
			return entries.filter(Files::isDirectory).sorted().toList();
		}
	}

	private static List<Path> modelFiles(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(ModelFolder::isModelFile).sorted().toList();
		}
	}
}
