/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.dsl.workspace.AtomicFiles;
import se.samverka.exchange.SafeOutput;

/**
 * What Samverka writes can be read by whoever may read what {@code mkdir} and {@code touch} make
 * in the same place (a web server serving the exported web site as another user): new files and
 * folders follow the umask, replaced ones keep their permissions.
 */
class OutputPermissionsTest {
	@TempDir
	Path folder;

	@Test
	void aNewFolderAndItsFilesHaveTheUsualPermissions() throws Exception {
		Path site = folder.resolve("webbplats");
		SafeOutput.writeFolder(site, Map.of("index.html", "<h1>Avtal</h1>".getBytes(StandardCharsets.UTF_8)), false);
		assertEquals(ordinaryFolder(), Files.getPosixFilePermissions(site), "the folder is made as mkdir makes one");
		assertEquals(ordinaryFile(), Files.getPosixFilePermissions(site.resolve("index.html")),
				"a page is made as touch makes a file");
		if (ordinaryFolder().equals(PosixFilePermissions.fromString("rwxr-xr-x"))) {
			// the umask is 022, as on most servers: the web server can read the site
			assertEquals(PosixFilePermissions.fromString("rwxr-xr-x"), Files.getPosixFilePermissions(site));
			assertEquals(PosixFilePermissions.fromString("rw-r--r--"),
					Files.getPosixFilePermissions(site.resolve("index.html")));
		}
	}

	@Test
	void aReplacedFolderKeepsItsPermissions() throws Exception {
		Path site = folder.resolve("webbplats");
		SafeOutput.writeFolder(site, Map.of("index.html", "gammal".getBytes(StandardCharsets.UTF_8)), false);
		Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rwxr-x---");
		Files.setPosixFilePermissions(site, chosen);
		SafeOutput.writeFolder(site, Map.of("index.html", "ny".getBytes(StandardCharsets.UTF_8)), true);
		assertEquals("ny", Files.readString(site.resolve("index.html")));
		assertEquals(chosen, Files.getPosixFilePermissions(site));
	}

	@Test
	void aNewFileHasTheUsualPermissionsAndAReplacedOneKeepsItsOwn() throws Exception {
		Path file = folder.resolve("avtal.samverkan");
		AtomicFiles.writeString(file, "organisation P {\n}\n");
		assertEquals(ordinaryFile(), Files.getPosixFilePermissions(file));
		Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-------");
		Files.setPosixFilePermissions(file, chosen);
		AtomicFiles.writeString(file, "organisation Q {\n}\n");
		assertEquals(chosen, Files.getPosixFilePermissions(file));
		try (var left = Files.list(folder)) {
			assertEquals(1, left.count(), "no temporary file is left behind");
		}
	}

	private Set<PosixFilePermission> ordinaryFolder() throws Exception {
		Path made = Files.createDirectory(folder.resolve("mkdir"));
		try {
			return Files.getPosixFilePermissions(made);
		} finally {
			Files.delete(made);
		}
	}

	private Set<PosixFilePermission> ordinaryFile() throws Exception {
		Path made = Files.createFile(folder.resolve("touch"));
		try {
			return Files.getPosixFilePermissions(made);
		} finally {
			Files.delete(made);
		}
	}
}
