/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes a file so that it is either the old content or the new, never half of each: the text
 * goes to a temporary file beside the target, which then replaces the target in one rename.
 * A new file gets the permissions the umask gives any new file, as {@code touch} would; a file
 * that is replaced keeps its own.
 */
public final class AtomicFiles {
	private static final SecureRandom RANDOM = new SecureRandom();
	/** How often a random name is drawn before giving up; two clashes in a row do not happen by chance. */
	private static final int ATTEMPTS = 100;

	private AtomicFiles() {
	}

	public static void writeString(Path target, String content) throws IOException {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}

	public static void write(Path target, byte[] content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		if (!Files.isDirectory(folder)) {
			// named as the folder the user gave, not as the temporary file that could not be made in it
			throw new NoSuchFileException(folder.toString(), null, "no such folder");
		}
		Path temporary = createUniqueFile(folder, "." + target.getFileName() + ".", ".tmp");
		try {
			Files.write(temporary, content);
			keepPermissions(target, temporary);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** A replaced file keeps its permissions; a new one has those it was created with. */
	private static void keepPermissions(Path target, Path temporary) throws IOException {
		if (Files.exists(target) && temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
		}
	}

	/**
	 * A new empty file in the folder under a name no other file has (prefix, random part, suffix),
	 * created as {@code touch} creates files: its permissions follow the umask.
	 * {@link Files#createTempFile} would make it, and the file it becomes, private to its owner.
	 */
	public static Path createUniqueFile(Path folder, String prefix, String suffix) throws IOException {
		for (int attempt = 1;; attempt++) {
			try {
				return Files.createFile(folder.resolve(prefix + randomPart() + suffix));
			} catch (FileAlreadyExistsException taken) {
				if (attempt == ATTEMPTS) {
					throw taken;
				}
			}
		}
	}

	/**
	 * A new empty folder in the folder under a name no other file has, created as {@code mkdir}
	 * creates folders: its permissions follow the umask ({@link Files#createTempDirectory} would
	 * make it private to its owner, so that a web server running as another user could not read it).
	 */
	public static Path createUniqueFolder(Path folder, String prefix) throws IOException {
		for (int attempt = 1;; attempt++) {
			try {
				return Files.createDirectory(folder.resolve(prefix + randomPart()));
			} catch (FileAlreadyExistsException taken) {
				if (attempt == ATTEMPTS) {
					throw taken;
				}
			}
		}
	}

	private static String randomPart() {
		return Long.toUnsignedString(RANDOM.nextLong(), 36);
	}
}
