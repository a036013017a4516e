package se.samverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import picocli.CommandLine.Model.CommandSpec;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.exchange.ModelUpdate;
import se.samverka.model.Agreement;
import se.samverka.model.Model;

/**
 * An import that changes a model file in place (an action plan spreadsheet, Brå statistics): the
 * file is loaded with its folder, the change is made to its agreement, and only if the change
 * succeeds is the file rewritten, whole, and what changed printed. A refused change leaves the
 * file as it was.
 */
final class ModelFileUpdate {
	/** A change to the agreement, returning what it did line by line. */
	interface Change {
		List<String> apply(Agreement agreement) throws Refused;
	}

	/** Why the change cannot be made, said where and in the user's language. */
	static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	private ModelFileUpdate() {
	}

	static int run(CommandSpec spec, Path model, Change change) throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		ModelLoading loading = new ModelLoading();
		ModelFolder folder = loading.loadParsed(List.of(model), err);
		if (folder == null) {
			return Main.COULD_NOT_RUN;
		}
		Resource resource = folder.requested().get(model);
		Model root = (Model) resource.getContents().get(0);
		if (root.getAgreements().isEmpty()) {
			err.println(CliTexts.get("readiness.noAgreement"));
			return Main.COULD_NOT_RUN;
		}
		List<String> changes;
		// EMF marks the resource modified on any change to its model, so a run that changes nothing writes nothing
		resource.setTrackingModification(true);
		try {
			changes = change.apply(root.getAgreements().get(0));
		} catch (Refused refused) {
			err.println(refused.getMessage());
			err.println(CliTexts.get("import.unchanged", model));
			return Main.COULD_NOT_RUN;
		}
		PrintWriter out = spec.commandLine().getOut();
		changes.forEach(out::println);
		if (!resource.isModified()) {
			// nothing changed in the model, so the file is not rewritten (not even re-laid out)
			out.println(CliTexts.get("import.noChanges", model));
			return Main.OK;
		}
		String text;
		try {
			text = ModelUpdate.text(resource, loading.injector());
		} catch (RuntimeException unwritable) {
			err.println("samverka: " + unwritable.getMessage());
			return Main.COULD_NOT_RUN;
		}
		ModelUpdate.write(model, text);
		out.println(CliTexts.get("import.updated", model));
		return Main.OK;
	}
}
