package se.samverka.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.render.JsonWriter;
import se.samverka.diagram.render.PngWriter;
import se.samverka.diagram.render.SvgWriter;
import se.samverka.dsl.workspace.AtomicFiles;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.validation.ModelValidator;

/**
 * {@code samverka diagram --view governance --format svg FILE -o OUT}: lays out one view of the
 * file's agreement and writes it, without a display, from the same generation and layout code
 * the workbench uses.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true)
final class DiagramCommand implements Callable<Integer> {

	enum View {
		governance, traceability, communication
	}

	enum Format {
		svg, png, json
	}

	@Spec
	private CommandSpec spec;

	@Mixin
	private LanguageOption language;

	@Option(names = "--view", paramLabel = "governance|traceability|communication", descriptionKey = "diagram.view",
			defaultValue = "governance")
	private View view;

	@Option(names = "--format", paramLabel = "svg|png|json", descriptionKey = "diagram.format", defaultValue = "svg")
	private Format format;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", descriptionKey = "diagram.output", required = true)
	private Path output;

	@Option(names = "--agreement", paramLabel = "NAME", descriptionKey = "diagram.agreement")
	private String agreementName;

	@Option(names = "--hide-people", descriptionKey = "diagram.hidePeople")
	private boolean hidePeople;

	@Option(names = "--hide-external", descriptionKey = "diagram.hideExternal")
	private boolean hideExternal;

	@Option(names = "--collapse-area-groups", descriptionKey = "diagram.collapseAreaGroups")
	private boolean collapseAreaGroups;

	@Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "validate.files")
	private Path file;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		ModelFolder folder = new ModelLoading().loadParsed(List.of(file), err);
		if (folder == null) {
			return Main.COULD_NOT_RUN;
		}
		Model model = (Model) folder.requested().get(file).getContents().get(0);
		Agreement agreement = model.getAgreements().stream()
				.filter(a -> agreementName == null || agreementName.equals(a.getName())).findFirst().orElse(null);
		if (agreement == null) {
			err.println(CliTexts.get(agreementName == null ? "readiness.noAgreement" : "diagram.noSuchAgreement",
					agreementName));
			return Main.COULD_NOT_RUN;
		}
		Diagram diagram = new DiagramFilter(hidePeople, hideExternal, collapseAreaGroups).apply(DiagramView
				.valueOf(view.name().toUpperCase()).generate(agreement, new ModelValidator().validate(model).findings()));
		new ElkLayoutEngine().layout(diagram);
		byte[] bytes = switch (format) {
		case svg -> SvgWriter.write(diagram).getBytes(StandardCharsets.UTF_8);
		case json -> JsonWriter.write(diagram).getBytes(StandardCharsets.UTF_8);
		case png -> {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			PngWriter.write(diagram, png);
			yield png.toByteArray();
		}
		};
		AtomicFiles.write(output, bytes);
		spec.commandLine().getOut().println(CliTexts.get("diagram.written", output, diagram.nodes().size(),
				diagram.edges().size()));
		return Main.OK;
	}
}
