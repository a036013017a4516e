package se.samverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
 * {@code samverka export --format docx|xmi|json|graphml|dot FILE -o OUT}: the agreement of FILE as
 * a Word document, its model (with the files of its folder it refers to) in an exchange format, or
 * one of its diagrams for yEd or Graphviz. Never over an existing file without {@code --force}; whole or not at all.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

	enum Format {
		docx, xmi, json, graphml, dot
	}

	@Spec
	private CommandSpec spec;

	@Mixin
	private LanguageOption language;

	@Option(names = "--format", paramLabel = "docx|xmi|json|graphml|dot", descriptionKey = "export.format", required = true)
	private Format format;

	@Option(names = "--view", paramLabel = "governance|traceability|communication", descriptionKey = "diagram.view",
			defaultValue = "governance")
	private DiagramCommand.View view;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", descriptionKey = "export.output", required = true)
	private Path output;

	@Option(names = "--force", descriptionKey = "export.force")
	private boolean force;

	@Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "validate.files")
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
		Resource resource = folder.requested().get(file);
		byte[] bytes;
		try {
			bytes = ExportFormat.valueOf(format.name().toUpperCase()).bytes(resource,
					DiagramView.valueOf(view.name().toUpperCase()));
		} catch (ExportFormat.NoAgreement none) {
			err.println(CliTexts.get("readiness.noAgreement"));
			return Main.COULD_NOT_RUN;
		}
		try {
			SafeOutput.write(output, bytes, force);
		} catch (SafeOutput.Refused refused) {
			err.println("samverka: " + refused.getMessage());
			return Main.COULD_NOT_RUN;
		}
		spec.commandLine().getOut().println(CliTexts.get("export.written", output, format));
		return Main.OK;
	}
}
