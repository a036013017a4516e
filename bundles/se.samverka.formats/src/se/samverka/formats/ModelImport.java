/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Injector;

import se.samverka.dsl.workspace.AtomicFiles;
import se.samverka.exchange.ModelTexts;
import se.samverka.exchange.ModelUpdate;
import se.samverka.exchange.SafeOutput;
import se.samverka.model.Model;

/**
 * What an import does to files, the same for {@code samverka import} and the import wizard: every
 * text is made and checked first, and nothing is written until all of it is; the callers write
 * (after their own checks, such as an editor with unsaved text) with {@link #write}.
 */
public final class ModelImport {
	private ModelImport() {
	}

	/** The changes an update made, line by line, and the model file's new text, or null if the model did not change. */
	public record Update(List<String> changes, String text) {
	}

	/**
	 * Applies a spreadsheet or statistics file to the agreement of a loaded model file (linked with
	 * its folder) and makes the file's new text, parsed back to be sure; nothing is written.
	 */
	public static Update update(ImportFormat.ModelUpdate format, Resource model, byte[] content, Path file, Integer year,
			LocalDate today, Injector language) throws ImportFormat.Refused {
		Model root = model.getContents().isEmpty() ? null : (Model) model.getContents().get(0);
		if (root == null || root.getAgreements().isEmpty()) {
			throw new ImportFormat.Refused(FormatTexts.get("import.noAgreement", model.getURI().lastSegment()));
		}
		// EMF marks the resource modified on any change to its model: an import that changes nothing writes nothing
		model.setTrackingModification(true);
		List<String> changes = format.update(format.agreement(root.getAgreements(), content), content, file, year, today);
		if (!model.isModified()) {
			return new Update(changes, null);
		}
		try {
			return new Update(changes, ModelUpdate.text(model, language));
		} catch (IllegalStateException unparsable) {
			throw new ImportFormat.Refused(unparsable.getMessage());
		}
	}

	/**
	 * The .samverkan files that the models of an XMI or JSON file become, path in the folder → text;
	 * refused if a name would lead out of the folder or a file exists and may not be overwritten.
	 */
	public static Map<Path, String> newModels(ImportFormat.NewModels format, byte[] content, Path file, Path folder,
			boolean overwrite, Injector language) throws ImportFormat.Refused, SafeOutput.Refused {
		Map<Path, String> files = new LinkedHashMap<>();
		Map<String, String> texts;
		try {
			texts = ModelTexts.of(format.models(content, file), language);
		} catch (RuntimeException unserializable) {
			throw new ImportFormat.Refused(FormatTexts.get("import.cannotWrite", file, String.valueOf(unserializable.getMessage())));
		}
		for (var text : texts.entrySet()) {
			Path target = SafeOutput.inside(folder, text.getKey());
			SafeOutput.refuseExisting(target, overwrite);
			files.put(target, text.getValue());
		}
		return files;
	}

	/** Writes the files, each whole (a temporary file renamed into place). */
	public static void write(Map<Path, String> files) throws IOException {
		for (var file : files.entrySet()) {
			Files.createDirectories(file.getKey().toAbsolutePath().getParent());
			AtomicFiles.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
		}
	}
}
