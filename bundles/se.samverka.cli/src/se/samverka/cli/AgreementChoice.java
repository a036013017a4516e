/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.io.PrintWriter;

import se.samverka.formats.NotExported;
import se.samverka.model.Agreement;

/** Says why a file could not be exported or drawn as asked; for a choice of agreements, lists them. */
final class AgreementChoice {
	private AgreementChoice() {
	}

	static void explain(NotExported notExported, PrintWriter err) {
		switch (notExported.reason()) {
		case NO_AGREEMENT -> err.println(CliTexts.get("readiness.noAgreement"));
		case NO_COMMUNICATION_PLAN -> err.println(CliTexts.get("export.noCommunicationPlan"));
		case SEVERAL_AGREEMENTS -> {
			err.println(CliTexts.get("agreement.several"));
			list(notExported, err);
		}
		case NO_SUCH_AGREEMENT -> {
			err.println(CliTexts.get("diagram.noSuchAgreement", notExported.asked()));
			list(notExported, err);
		}
		case NO_OUTCOMES, NO_SUCH_PERIOD -> err.println("samverka: " + notExported.getMessage());
		}
	}

	private static void list(NotExported notExported, PrintWriter err) {
		for (Agreement agreement : notExported.agreements()) {
			err.println(agreement.getTitle() == null ? "  " + agreement.getName()
					: String.format("  %-24s %s", agreement.getName(), agreement.getTitle()));
		}
	}
}
