/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;

import com.google.inject.Injector;

import se.samverka.dsl.workspace.AtomicFiles;

/**
 * Writes a .samverkan file back after an import changed its model: the model is serialised in
 * Samverka's one layout (comments kept, as the node model carries them), the text is parsed again
 * before anything is written, and the file is replaced whole by a rename, so that an import can never
 * leave a broken or half-written model.
 */
public final class ModelUpdate {
	private ModelUpdate() {
	}

	/** The new text of the resource's file; throws if it would not parse back without errors. */
	public static String text(Resource resource, Injector language) {
		String text = language.getInstance(ISerializer.class).serialize(resource.getContents().get(0),
				SaveOptions.newBuilder().format().getOptions());
		IParseResult parsed = language.getInstance(IParser.class).parse(new StringReader(text));
		if (parsed.hasSyntaxErrors()) {
			throw new IllegalStateException(Texts.get("update.unparsable", resource.getURI().lastSegment(),
					parsed.getSyntaxErrors().iterator().next().getSyntaxErrorMessage().getMessage()));
		}
		return text;
	}

	/** Replaces the file with the new text, whole or not at all. */
	public static void write(Path file, String text) throws IOException {
		AtomicFiles.writeString(file, text);
	}
}
