/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import se.samverka.actionplan.TableException;
import se.samverka.actionplan.csv.ActionPlanCsv;
import se.samverka.actionplan.xlsx.ActionPlanWorkbook;
import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.exchange.ExchangeException;
import se.samverka.exchange.statistics.BraStatisticsFile;
import se.samverka.exchange.statistics.StatisticsImport;
import se.samverka.model.Model;

/**
 * Any bytes as an action plan CSV, an action plan workbook or a Brå statistics file, applied to a
 * copy of Botkyrka's model: the importers either change the copy or refuse with a message (a
 * TableException or an ExchangeException), never anything else. The last byte of an input chooses
 * the importer; seeds: Botkyrka's action plan in both formats and Brå's two formats
 * (ImporterFuzzTestInputs).
 */
class ImporterFuzzTest {
	private static final Resource BOTKYRKA = botkyrka();

	@FuzzTest(maxDuration = "60s")
	void importersNeverFailOtherThanWithAMessage(FuzzedDataProvider data) {
		check(data);
	}

	/** Entry point for run (Jazzer's command line). */
	public static void fuzzerTestOneInput(FuzzedDataProvider data) {
		check(data);
	}

	private static void check(FuzzedDataProvider data) {
		int importer = Byte.toUnsignedInt(data.consumeByte()) % 3;
		byte[] bytes = data.consumeRemainingAsBytes();
		Model copy = EcoreUtil.copy((Model) BOTKYRKA.getContents().get(0));
		Resource scratch = BOTKYRKA.getResourceSet().createResource(URI.createURI("fuzz:/copy.samverkan"));
		scratch.getContents().add(copy);
		try {
			if (importer == 2) {
				StatisticsImport.apply(copy.getAgreements().get(0), BraStatisticsFile.read(bytes, "brott-2024.csv", null), "Brå");
			} else {
				var rows = importer == 0 ? ActionPlanCsv.read(bytes) : ActionPlanWorkbook.read(bytes);
				se.samverka.actionplan.ActionPlanUpdate.apply(copy.getAgreements().get(0), rows, LocalDate.of(2026, 1, 1));
			}
		} catch (TableException | ExchangeException refused) {
			assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "a refusal says why");
		} finally {
			BOTKYRKA.getResourceSet().getResources().remove(scratch);
		}
	}

	private static Resource botkyrka() {
		try {
			ModelFolder folder = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(ModelFolder.class);
			Path file = Path.of(System.getProperty("samverka.examples", "../../examples"), "botkyrka", "underavtal.samverkan")
					.toAbsolutePath().normalize();
			folder.load(List.of(file));
			return folder.requested().get(file);
		} catch (Exception unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}
}
