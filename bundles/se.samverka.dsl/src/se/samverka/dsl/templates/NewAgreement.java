/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Inject;

/**
 * The text of a new {@code .samverkan} file, made from what the "new agreement" wizard asks
 * (an {@link AgreementRequest}), so that the user interface only collects the answers: the
 * request is checked ({@link AgreementRequest#problems()}), its shape's {@link AgreementTemplate}
 * writes the text, and {@link DraftFormatter} parses and lays it out. Texts the user is to replace
 * are Swedish instructions that start with "Beskriv" or "Ange". Where seed 004 gives a usual
 * arrangement (the steering group meets twice a year with a chair rotating yearly, the working
 * group four times a year), it is written as is, the user's to change; what has no sensible
 * default (dates, figures, contact details, funding, signatures) is left out, so that validation
 * lists it (docs/templates.md).
 * <p>
 * Obtain an instance from the language's injector:
 * {@code injector.getInstance(NewAgreement.class).text(request)}.
 */
public class NewAgreement {
	/** The earliest and latest start year the wizard accepts. */
	public static final int FIRST_YEAR = AgreementRequest.FIRST_YEAR;
	public static final int LAST_YEAR = AgreementRequest.LAST_YEAR;

	@Inject
	private DraftFormatter formatter;

	@Inject
	private IGrammarAccess grammarAccess;

	/** What keeps the request from making an agreement, in the user's language; empty when nothing does. */
	public List<String> problems(AgreementRequest request) {
		return request.problems();
	}

	/**
	 * The text of the new file.
	 *
	 * @throws InvalidAgreementRequestException when {@link #problems} finds any
	 */
	public String text(AgreementRequest request) {
		return text(request, List.of());
	}

	/**
	 * The text of the new file, whose organisations, people, areas and agreements are named
	 * differently from the given names: those of the other {@code .samverkan} files of the folder
	 * it is to be written to, which are read together with it.
	 *
	 * @throws InvalidAgreementRequestException when {@link #problems} finds any
	 */
	public String text(AgreementRequest request, Collection<String> namesInUse) {
		List<String> problems = request.problems();
		if (!problems.isEmpty()) {
			throw new InvalidAgreementRequestException(problems);
		}
		Identifiers ids = new Identifiers(namesInUse, GrammarUtil.getAllKeywords(grammarAccess.getGrammar()));
		Draft draft = new Draft(request, ids);
		request.shape().template().write(draft);
		return formatter.format(draft.toString());
	}

	/** A file name for the new file: the municipality in lower-case ASCII, as examples/ names them. */
	public static String suggestedFileName(AgreementRequest request) {
		String ascii = Normalizer.normalize(Identifiers.line(request.municipality()), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.isEmpty()) {
			slug = "avtal";
		}
		return slug + (request.shape() == null ? "" : request.shape().template().fileNameSuffix()) + ".samverkan";
	}
}
