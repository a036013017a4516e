/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.dsl.validation.LastValidation;
import se.samverka.dsl.validation.RuleSeverities;
import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.validation.Finding;
import se.samverka.validation.ModelValidator;

/**
 * What to export: a loaded .samverkan file (linked with the other files of its folder), which of
 * its agreements (by name; none named is fine when it holds only one), and the choices a format may
 * take: the diagram and what it leaves out, the document, the period of a follow-up (as the
 * user writes it; none for the latest), and whether a document is a review copy (marked so, with the
 * validation findings on its diagrams) rather than one to sign and publish.
 */
public record ExportRequest(Resource resource, String agreementName, DiagramView view, DiagramFilter filter,
		Document document, String period, boolean reviewCopy) {

	public ExportRequest {
		view = view == null ? DiagramView.GOVERNANCE : view;
		filter = filter == null ? DiagramFilter.NONE : filter;
		document = document == null ? Document.AGREEMENT : document;
	}

	/** The file's only agreement, its governance diagram, unfiltered, the agreement as a document. */
	public static ExportRequest of(Resource resource) {
		return new ExportRequest(resource, null, null, null, null, null, false);
	}

	public ExportRequest withAgreement(String name) {
		return new ExportRequest(resource, name, view, filter, document, period, reviewCopy);
	}

	public ExportRequest withView(DiagramView chosen) {
		return new ExportRequest(resource, agreementName, chosen, filter, document, period, reviewCopy);
	}

	public ExportRequest withFilter(DiagramFilter chosen) {
		return new ExportRequest(resource, agreementName, view, chosen, document, period, reviewCopy);
	}

	public ExportRequest withDocument(Document chosen) {
		return new ExportRequest(resource, agreementName, view, filter, chosen, period, reviewCopy);
	}

	/** The follow-up of the period ("2018", "2018-2019"); null for the latest with outcomes. */
	public ExportRequest withPeriod(String chosen) {
		return new ExportRequest(resource, agreementName, view, filter, document, chosen, reviewCopy);
	}

	/** A review copy of the document: marked so on every page, with the findings on its diagrams. */
	public ExportRequest withReviewCopy(boolean chosen) {
		return new ExportRequest(resource, agreementName, view, filter, document, period, chosen);
	}

	/** The file's model. */
	public Model model() {
		return resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
	}

	/**
	 * The agreement to export: the one named, or the file's only one. A file with several and none
	 * named is refused with the list of them rather than one taken silently.
	 */
	public Agreement agreement() throws NotExported {
		Model model = model();
		List<Agreement> agreements = model == null ? List.of() : model.getAgreements();
		String file = org.eclipse.emf.common.util.URI.decode(resource.getURI().lastSegment());
		if (agreements.isEmpty()) {
			throw new NotExported(NotExported.Reason.NO_AGREEMENT, file, agreementName, agreements);
		}
		if (agreementName != null) {
			return agreements.stream().filter(agreement -> agreementName.equals(agreement.getName())).findFirst()
					.orElseThrow(() -> new NotExported(NotExported.Reason.NO_SUCH_AGREEMENT, file, agreementName,
							agreements));
		}
		if (agreements.size() > 1) {
			throw new NotExported(NotExported.Reason.SEVERAL_AGREEMENTS, file, null, agreements);
		}
		return agreements.get(0);
	}

	/**
	 * The model's findings as the user is shown them (none of a rule set to 'ignore'): those its
	 * last validation found (the language server's), else found now.
	 */
	public List<Finding> findings() {
		List<Finding> known = LastValidation.findings(resource);
		return RuleSeverities.shown(resource, known != null ? known : new ModelValidator().validate(model()).findings());
	}
}
