package se.samverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.dsl.workspace.Problem;

/**
 * {@code samverka validate FILE…}: loads the models (with the other .samverkan files of their
 * folders), runs all validation and prints one line per finding.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private LanguageOption language;

	@Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
	private List<Path> files;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Injector injector = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration();
		ModelFolder folder = injector.getInstance(ModelFolder.class);
		try {
			folder.load(files);
		} catch (ModelFolder.MissingFileException e) {
			err.println(CliTexts.get(e.exists() ? "notAFile" : "noSuchFile", e.file()));
			return Main.COULD_NOT_RUN;
		} catch (IOException | RuntimeException e) {
			err.println(CliTexts.get("cannotRead", String.valueOf(e.getMessage())));
			return Main.COULD_NOT_RUN;
		}
		List<Problem> problems = new ArrayList<>();
		for (Path file : folder.requested().keySet()) {
			List<Problem> found = new ArrayList<>(folder.validate(file, CancelIndicator.NullImpl));
			found.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
			problems.addAll(found);
		}
		problems.forEach(problem -> out.println(problem.toLine()));
		long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
		long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
		long infos = problems.size() - errors - warnings;
		err.println(CliTexts.get("summary", files.size(), errors, warnings, infos));
		return errors > 0 ? Main.FINDINGS : Main.OK;
	}
}
