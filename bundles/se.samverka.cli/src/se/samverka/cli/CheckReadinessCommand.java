/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.validation.readiness.Readiness;

/**
 * {@code samverka check-readiness FILE…}: for each agreement, a table of the five steps of the
 * national model and which of their criteria the model meets.
 */
@Command(name = "check-readiness", mixinStandardHelpOptions = true)
final class CheckReadinessCommand implements Callable<Integer> {

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
		ModelFolder folder = new ModelLoading().loadParsed(files, err);
		if (folder == null) {
			return Main.COULD_NOT_RUN;
		}
		boolean any = false;
		for (Resource resource : folder.requested().values()) {
			for (EObject root : resource.getContents()) {
				for (Agreement agreement : ((Model) root).getAgreements()) {
					out.println(Readiness.table(agreement));
					any = true;
				}
			}
		}
		if (!any) {
			err.println(CliTexts.get("readiness.noAgreement"));
			return Main.COULD_NOT_RUN;
		}
		return Main.OK;
	}
}
