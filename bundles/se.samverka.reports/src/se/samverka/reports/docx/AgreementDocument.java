/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.reports.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import se.samverka.model.Agreement;
import se.samverka.reports.content.AgreementContent;
import se.samverka.validation.Finding;

/** The agreement as a Word document that reads like seed 004 (its content: {@link AgreementContent}). */
public final class AgreementDocument {
	private AgreementDocument() {
	}

	public static void write(Agreement agreement, List<Finding> findings, OutputStream out) throws IOException {
		WordRenderer.write(AgreementContent.of(agreement, findings), out);
	}
}
