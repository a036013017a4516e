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
import se.samverka.reports.ExportFormat;

/**
 * {@code samverka export --format docx|pdf|html|xlsx|csv|xmi|json|oef|graphml|dot|svg|png FILE -o OUT}:
 * the agreement of FILE (or its communication plan) as a Word or PDF document, as a web site for the
 * public, its action plan as a spreadsheet, its governance for Archi, its model (with the files of its folder it refers to) in an exchange format, or one of its
 * diagrams. Never over an existing file without {@code --force}; whole or not at all.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

	enum Format {
		docx, pdf, html, xlsx, csv, xmi, json, oef, graphml, dot, svg, png
	}

	enum Document {
		agreement, communication
	}

	@Spec
	private CommandSpec spec;

	@Mixin
	private LanguageOption language;

	@Option(names = "--format", paramLabel = "docx|pdf|html|xlsx|csv|xmi|json|oef|graphml|dot|svg|png", descriptionKey = "export.format",
			required = true)
	private Format format;

	@Option(names = "--view", paramLabel = "governance|traceability|communication", descriptionKey = "diagram.view",
			defaultValue = "governance")
	private DiagramCommand.View view;

	@Option(names = "--document", paramLabel = "agreement|communication", descriptionKey = "export.document",
			defaultValue = "agreement")
	private Document document;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", descriptionKey = "export.output", required = true)
	private Path output;

	@Option(names = "--force", descriptionKey = "export.force")
	private boolean force;

	@Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "validate.files")
	private Path file;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		ExportFormat exportFormat = ExportFormat.valueOf(format.name().toUpperCase(Locale.ROOT));
		try {
			SafeOutput.refuseExisting(output, force, exportFormat.isFolder());
		} catch (SafeOutput.Refused refused) {
			err.println("samverka: " + refused.getMessage());
			return Main.COULD_NOT_RUN;
		}
		ModelFolder folder = new ModelLoading().loadParsed(List.of(file), err);
		if (folder == null) {
			return Main.COULD_NOT_RUN;
		}
		Resource resource = folder.requested().get(file);
		ExportFormat.Options options = new ExportFormat.Options(DiagramView.valueOf(view.name().toUpperCase(Locale.ROOT)),
				document == Document.agreement ? ExportFormat.Document.AGREEMENT : ExportFormat.Document.COMMUNICATION_PLAN);
		try {
			exportFormat.write(resource, options, output, force);
		} catch (ExportFormat.NoAgreement none) {
			err.println(CliTexts.get(document == Document.agreement || !exportFormat.isDocument() ? "readiness.noAgreement"
					: "export.noCommunicationPlan"));
			return Main.COULD_NOT_RUN;
		} catch (SafeOutput.Refused refused) {
			err.println("samverka: " + refused.getMessage());
			return Main.COULD_NOT_RUN;
		}
		spec.commandLine().getOut().println(CliTexts.get("export.written", output, format));
		return Main.OK;
	}
}
