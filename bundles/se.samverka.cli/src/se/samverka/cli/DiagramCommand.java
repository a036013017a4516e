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

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.pipeline.DiagramFormat;
import se.samverka.diagram.pipeline.DiagramPipeline;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.exchange.SafeOutput;
import se.samverka.formats.DiagramExport;
import se.samverka.formats.ExportRequest;
import se.samverka.formats.NotExported;

/**
 * {@code samverka diagram --view governance --format svg FILE -o OUT}: lays out one view of the
 * file's agreement and writes it, without a display, through the same diagram export as
 * {@code samverka export --format svg|png}: the same drawing, and never over a file without
 * {@code --force}.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true)
final class DiagramCommand implements Callable<Integer> {

	enum View {
		governance, traceability, communication
	}

	@Spec
	private CommandSpec spec;

	@Mixin
	private LanguageOption language;

	@Option(names = "--view", paramLabel = "governance|traceability|communication", descriptionKey = "diagram.view",
			defaultValue = "governance")
	private View view;

	@Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "diagram.format", defaultValue = "svg",
			converter = FormatChoices.DiagramConverter.class, completionCandidates = FormatChoices.DiagramIds.class)
	private DiagramFormat format;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", descriptionKey = "diagram.output", required = true)
	private Path output;

	@Option(names = "--force", descriptionKey = "export.force")
	private boolean force;

	@Option(names = "--agreement", paramLabel = "NAME", descriptionKey = "diagram.agreement")
	private String agreementName;

	@Option(names = "--hide-people", descriptionKey = "diagram.hidePeople")
	private boolean hidePeople;

	@Option(names = "--hide-external", descriptionKey = "diagram.hideExternal")
	private boolean hideExternal;

	@Option(names = "--collapse-area-groups", descriptionKey = "diagram.collapseAreaGroups")
	private boolean collapseAreaGroups;

	@Option(names = "--pages", descriptionKey = "diagram.pages")
	private boolean pages;

	@Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "export.file")
	private Path file;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		try {
			SafeOutput.refuseExisting(output, force);
		} catch (SafeOutput.Refused refused) {
			err.println("samverka: " + refused.getMessage());
			return Main.COULD_NOT_RUN;
		}
		ModelFolder folder = new ModelLoading().loadParsed(List.of(file), err);
		if (folder == null) {
			return Main.COULD_NOT_RUN;
		}
		ExportRequest request = ExportRequest.of(folder.requested().get(file)).withAgreement(agreementName)
				.withView(DiagramView.valueOf(view.name().toUpperCase(Locale.ROOT)))
				.withFilter(new DiagramFilter(hidePeople, hideExternal, collapseAreaGroups));
		Diagram diagram;
		try {
			if (pages) {
				for (var page : new DiagramExport(format).writePages(request, output, force).entrySet()) {
					spec.commandLine().getOut().println(CliTexts.get("diagram.page", page.getKey(),
							page.getValue().title(), page.getValue().nodes().size(), page.getValue().edges().size()));
				}
				return Main.OK;
			}
			diagram = new DiagramExport(format).writeDiagram(request, output, force);
		} catch (NotExported notExported) {
			AgreementChoice.explain(notExported, err);
			return Main.COULD_NOT_RUN;
		} catch (SafeOutput.Refused refused) {
			err.println("samverka: " + refused.getMessage());
			return Main.COULD_NOT_RUN;
		}
		spec.commandLine().getOut().println(CliTexts.get("diagram.written", output, diagram.nodes().size(),
				diagram.edges().size()));
		if (view == View.governance && !DiagramPipeline.readsOnOnePage(diagram)) {
			// the split the documents print it in is one option away
			spec.commandLine().getOut().println(CliTexts.get("diagram.notOnePage", DiagramPipeline.printedTextSize(diagram)));
		}
		return Main.OK;
	}
}
