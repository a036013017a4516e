/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.exchange.ExchangeException;
import se.samverka.exchange.SafeOutput;
import se.samverka.exchange.json.JsonFormat;
import se.samverka.exchange.xmi.XmiFormat;

/** Files made to harm: external entities, entity expansion, names that lead out of the folder, broken JSON. */
class HostileInputTest {
	private static final String MODEL = "<samverka:Model xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
			+ "xmlns:samverka=\"http://samverka.se/model/1.0\"><organisations name=\"&x;\" kind=\"POLICE\"/></samverka:Model>";

	@TempDir
	Path folder;

	@Test
	void anExternalEntityIsRefusedAndNothingIsRead() throws Exception {
		Path secret = folder.resolve("hemligt.txt");
		Files.writeString(secret, "HEMLIGT");
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>" + MODEL;
		ExchangeException refused = assertThrows(ExchangeException.class,
				() -> XmiFormat.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
		assertFalse(refused.getMessage().contains("HEMLIGT"));
		assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
		assertTrue(refused.line() >= 1, "the place is given");
	}

	@Test
	void billionLaughsIsRefusedAtOnce() {
		StringBuilder entities = new StringBuilder("<!ENTITY a \"lol\">");
		for (char c = 'b'; c <= 'k'; c++) {
			entities.append("<!ENTITY ").append(c).append(" \"").append(String.valueOf("&" + (char) (c - 1) + ";").repeat(10))
					.append("\">");
		}
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE m [" + entities + "<!ENTITY x \"&k;\">]>" + MODEL;
		long start = System.nanoTime();
		assertThrows(ExchangeException.class, () -> XmiFormat.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
		assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "refused before expanding anything");
	}

	@Test
	void brokenJsonIsRefusedWithItsPlace() {
		ExchangeException refused = assertThrows(ExchangeException.class,
				() -> JsonFormat.read(new StringReader("{\n  \"format\": \"samverka\",\n  \"version\": 1,\n  \"models\": [ {\"file\": }\n")));
		assertEquals(4, refused.line(), refused.getMessage());
	}

	@Test
	void jsonWithAnUnknownTypeOrAnotherFormatIsRefused() {
		assertThrows(ExchangeException.class, () -> JsonFormat.read(new StringReader("{\"format\": \"annat\"}")));
		ExchangeException unknown = assertThrows(ExchangeException.class, () -> JsonFormat.read(new StringReader(
				"{\"format\": \"samverka\", \"version\": 1, \"models\": [{\"file\": \"a.samverkan\", \"model\": {\"type\": \"Skript\"}}]}")));
		assertTrue(unknown.getMessage().contains("Skript"), unknown.getMessage());
	}

	@Test
	void aNameFromAFileCannotLeadOutOfTheTargetFolder() throws Exception {
		assertThrows(SafeOutput.Refused.class, () -> SafeOutput.inside(folder, ".."));
		assertThrows(SafeOutput.Refused.class, () -> SafeOutput.inside(folder, "a/.."));
		assertThrows(SafeOutput.Refused.class, () -> SafeOutput.inside(folder, ""));
		assertEquals(folder.resolve("passwd").toAbsolutePath().normalize(), SafeOutput.inside(folder, "../../etc/passwd"),
				"only the last part of a path names the file, inside the folder");
		assertEquals(folder.resolve("x.samverkan").toAbsolutePath().normalize(), SafeOutput.inside(folder, "..\\x.samverkan"));
	}

	@Test
	void anExistingFileIsNotOverwrittenUnlessAsked() throws Exception {
		Path target = folder.resolve("ut.json");
		Files.writeString(target, "gammalt");
		assertThrows(SafeOutput.Refused.class, () -> SafeOutput.write(target, "nytt".getBytes(StandardCharsets.UTF_8), false));
		assertEquals("gammalt", Files.readString(target));
		var permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
		Files.setPosixFilePermissions(target, permissions);
		SafeOutput.write(target, "nytt".getBytes(StandardCharsets.UTF_8), true);
		assertEquals("nytt", Files.readString(target));
		assertEquals(permissions, Files.getPosixFilePermissions(target), "the replaced file's permissions are kept");
		Path created = folder.resolve("ny.json");
		SafeOutput.write(created, "ny".getBytes(StandardCharsets.UTF_8), false);
		assertTrue(Files.getPosixFilePermissions(created).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
				"a new file is readable like any other, not private like a temporary file");
	}
}
