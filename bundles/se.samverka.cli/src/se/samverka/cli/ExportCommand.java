/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.exchange.SafeOutput;
import se.samverka.formats.Document;
import se.samverka.formats.ExportFormat;
import se.samverka.formats.ExportRequest;
import se.samverka.formats.Formats;
import se.samverka.formats.NotExported;

/**
 * {@code samverka export --format ID FILE -o OUT}: FILE's agreement in one of the formats of
 * {@link Formats} (documents, the web site, the action plan, the model, the governance for Archi,
 * the diagrams). Never over an existing file without {@code --force}; whole or not at all.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

	enum DocumentChoice {
		agreement(Document.AGREEMENT), communication(Document.COMMUNICATION_PLAN), followup(Document.FOLLOW_UP);

		final Document document;

		DocumentChoice(Document document) {
			this.document = document;
		}
	}

	@Spec
	private CommandSpec spec;

	@Mixin
	private LanguageOption language;

	@Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "export.format", required = true,
			converter = FormatChoices.ExportConverter.class, completionCandidates = FormatChoices.ExportIds.class)
	private ExportFormat format;

	@Option(names = "--view", paramLabel = "governance|traceability|communication", descriptionKey = "diagram.view",
			defaultValue = "governance")
	private DiagramCommand.View view;

	@Option(names = "--document", paramLabel = "agreement|communication|followup", descriptionKey = "export.document",
			defaultValue = "agreement")
	private DocumentChoice document;

	@Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "export.period")
	private String period;

	@Option(names = "--review", descriptionKey = "export.review")
	private boolean review;

	@Option(names = "--agreement", paramLabel = "NAME", descriptionKey = "export.agreement")
	private String agreementName;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", descriptionKey = "export.output", required = true)
	private Path output;

	@Option(names = "--force", descriptionKey = "export.force")
	private boolean force;

	@Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "export.file")
	private Path file;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		try {
			SafeOutput.refuseExisting(output, force, format.isFolder());
		} catch (SafeOutput.Refused refused) {
			err.println("samverka: " + refused.getMessage());
			return Main.COULD_NOT_RUN;
		}
		ModelFolder folder = new ModelLoading().loadParsed(List.of(file), err);
		if (folder == null) {
			return Main.COULD_NOT_RUN;
		}
		Resource resource = folder.requested().get(file);
		ExportRequest request = ExportRequest.of(resource).withAgreement(agreementName)
				.withView(DiagramView.valueOf(view.name().toUpperCase(Locale.ROOT)))
				.withDocument(document.document).withPeriod(period).withReviewCopy(review);
		try {
			format.write(request, output, force);
		} catch (NotExported notExported) {
			AgreementChoice.explain(notExported, err);
			return Main.COULD_NOT_RUN;
		} catch (SafeOutput.Refused refused) {
			err.println("samverka: " + refused.getMessage());
			return Main.COULD_NOT_RUN;
		}
		spec.commandLine().getOut().println(CliTexts.get("export.written", output, format.id()));
		return Main.OK;
	}
}
