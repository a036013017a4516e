/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.exchange.ExchangeException;
import se.samverka.exchange.json.JsonFormat;
import se.samverka.exchange.xmi.XmiFormat;

/**
 * Any bytes as an XMI or a Samverka JSON file to import: reading either gives models or an
 * ExchangeException (a message, with a place where the format has one), never anything else.
 * Seeds: the examples exported to both formats (ExchangeFuzzTestInputs).
 */
class ExchangeFuzzTest {
	static {
		// the metamodel registered, as the command line has it when it imports
		new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@FuzzTest(maxDuration = "60s")
	void importingNeverFailsOtherThanWithAMessage(FuzzedDataProvider data) {
		boolean json = data.consumeBoolean();
		check(json, data.consumeRemainingAsBytes());
	}

	/** Entry point for run (Jazzer's command line). */
	public static void fuzzerTestOneInput(FuzzedDataProvider data) {
		boolean json = data.consumeBoolean();
		check(json, data.consumeRemainingAsBytes());
	}

	private static void check(boolean json, byte[] bytes) {
		try {
			if (json) {
				assertTrue(!JsonFormat.read(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)).isEmpty());
			} else {
				assertTrue(!XmiFormat.read(new ByteArrayInputStream(bytes)).isEmpty());
			}
		} catch (ExchangeException refused) {
			assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "a refusal says why");
		}
	}
}
