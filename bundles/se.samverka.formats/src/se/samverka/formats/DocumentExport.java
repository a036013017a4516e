/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

import se.samverka.model.Agreement;
import se.samverka.reports.content.AgreementContent;
import se.samverka.reports.content.CommunicationPlanContent;
import se.samverka.reports.content.DocumentContent;
import se.samverka.reports.content.FollowUpContent;
import se.samverka.reports.content.PromiseContent;
import se.samverka.validation.Finding;

/**
 * The agreement, its communication plan, or the follow-up of its promises as a document: Word or
 * PDF, rendered by se.samverka.reports. A citizen promise document is written as the promise is
 * published, not as an agreement.
 */
public final class DocumentExport extends FileExport {

	/** Renders a document's content. */
	@FunctionalInterface
	public interface Renderer {
		void write(DocumentContent content, OutputStream out) throws IOException;
	}

	private final String id;
	private final String extension;
	private final Renderer renderer;

	/** A format whose file name extension is its id. */
	public DocumentExport(String id, Renderer renderer) {
		this(id, id, renderer);
	}

	/** A format with an extension of its own: the archival PDF is a .pdf file too. */
	public DocumentExport(String id, String extension, Renderer renderer) {
		this.id = id;
		this.extension = extension;
		this.renderer = renderer;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public List<String> extensions() {
		return List.of(extension);
	}

	@Override
	public Set<FormatOption> options() {
		return Set.of(FormatOption.DOCUMENT, FormatOption.PERIOD, FormatOption.REVIEW_COPY);
	}

	@Override
	public byte[] bytes(ExportRequest request) throws IOException, NotExported {
		Agreement agreement = request.agreement();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DocumentContent content = content(request, agreement, request.findings());
		if (request.reviewCopy()) {
			content.markReviewCopy();
		}
		renderer.write(content, out);
		return out.toByteArray();
	}

	private static DocumentContent content(ExportRequest request, Agreement agreement, List<Finding> findings)
			throws IOException, NotExported {
		String file = org.eclipse.emf.common.util.URI.decode(request.resource().getURI().lastSegment());
		if (request.document() == Document.AGREEMENT) {
			return PromiseContent.isPromiseDocument(agreement) ? PromiseContent.of(agreement)
					: AgreementContent.of(agreement, findings, request.reviewCopy());
		}
		if (request.document() == Document.FOLLOW_UP) {
			try {
				return FollowUpContent.of(agreement, request.period());
			} catch (FollowUpContent.NoOutcomes none) {
				throw new NotExported(NotExported.Reason.NO_OUTCOMES, file, agreement.getName(), List.of(agreement));
			} catch (FollowUpContent.NoSuchPeriod none) {
				throw new NotExported(NotExported.Reason.NO_SUCH_PERIOD, file, request.period(), List.of(agreement),
						String.join(", ", none.periods()));
			}
		}
		try {
			return CommunicationPlanContent.of(agreement, findings, request.reviewCopy());
		} catch (CommunicationPlanContent.NoPlan none) {
			throw new NotExported(NotExported.Reason.NO_COMMUNICATION_PLAN, request.resource().getURI().lastSegment(),
					agreement.getName(), List.of(agreement));
		}
	}
}
