/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import se.samverka.dsl.workspace.AtomicFiles;

/**
 * How every export and import writes: never over an existing file unless asked to, whole or not
 * at all (a temporary file renamed into place), and a name that comes from a model or an imported
 * file stays inside its target folder. New files and folders get the permissions the umask gives
 * (as {@code touch} and {@code mkdir} would), replaced ones keep theirs.
 */
public final class SafeOutput {

	/** Why nothing was written, in the user's language. */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		public Refused(String message) {
			super(message);
		}
	}

	private SafeOutput() {
	}

	public static void write(Path target, byte[] content, boolean overwrite) throws IOException, Refused {
		refuseExisting(target, overwrite);
		AtomicFiles.write(target, content);
	}

	public static void refuseExisting(Path target, boolean overwrite) throws Refused {
		refuseExisting(target, overwrite, false);
	}

	/**
	 * Refuses a target that exists, unless asked to overwrite it; a folder is only ever replaced if it
	 * is one this class wrote (it holds {@link #FOLDER_MARK}) or is empty, so that no mistyped path
	 * can empty a folder of the user's own.
	 */
	public static void refuseExisting(Path target, boolean overwrite, boolean folder) throws Refused {
		if (Files.isDirectory(target) != folder && Files.exists(target)) {
			throw new Refused(Texts.get(folder ? "output.isFile" : "output.isFolder", target));
		}
		if (Files.exists(target) && !overwrite) {
			throw new Refused(Texts.get("output.exists", target));
		}
		if (folder && Files.isDirectory(target) && !Files.exists(target.resolve(FOLDER_MARK)) && !isEmpty(target)) {
			throw new Refused(Texts.get("output.foreignFolder", target));
		}
	}

	/** The file that marks a folder as written by an export. */
	public static final String FOLDER_MARK = ".samverka-export";

	/**
	 * Writes a folder of files whole or not at all: into a temporary folder beside the target, renamed
	 * into place; a folder it replaces is moved aside first and deleted only once the new one is in place.
	 */
	public static void writeFolder(Path target, Map<String, byte[]> files, boolean overwrite) throws IOException, Refused {
		refuseExisting(target, overwrite, true);
		Path absolute = target.toAbsolutePath().normalize();
		Path parent = absolute.getParent();
		Files.createDirectories(parent);
		Path temporary = AtomicFiles.createUniqueFolder(parent, "." + absolute.getFileName() + ".");
		Path old = null;
		try {
			keepPermissions(absolute, temporary);
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				Files.write(inside(temporary, file.getKey()), file.getValue(), StandardOpenOption.CREATE_NEW);
			}
			Files.write(temporary.resolve(FOLDER_MARK), new byte[0]);
			if (Files.exists(absolute)) {
				old = parent.resolve(temporary.getFileName() + ".old");
				Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
			}
			Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
			temporary = null;
		} finally {
			if (temporary != null) {
				deleteTree(temporary);
				if (old != null && !Files.exists(absolute)) {
					Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
					old = null;
				}
			}
			if (old != null) {
				deleteTree(old);
			}
		}
	}

	/** A folder that is replaced keeps its permissions; a new one has those the umask gave it. */
	private static void keepPermissions(Path replaced, Path temporary) throws IOException {
		if (Files.isDirectory(replaced) && temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(replaced));
		}
	}

	private static boolean isEmpty(Path folder) throws Refused {
		try (Stream<Path> files = Files.list(folder)) {
			return files.findAny().isEmpty();
		} catch (IOException unreadable) {
			throw new Refused(Texts.get("output.foreignFolder", folder));
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	/** A file of the folder named by untrusted text: only its last part is used, and it must stay in the folder. */
	public static Path inside(Path folder, String name) throws Refused {
		String plain = name == null ? "" : name.replace('\\', '/');
		plain = plain.substring(plain.lastIndexOf('/') + 1).strip();
		if (plain.isEmpty() || plain.equals(".") || plain.equals("..") || plain.chars().anyMatch(c -> c < 0x20)) {
			throw new Refused(Texts.get("output.badName", String.valueOf(name)));
		}
		Path base = folder.toAbsolutePath().normalize();
		Path file = base.resolve(plain).normalize();
		if (!file.getParent().equals(base)) {
			throw new Refused(Texts.get("output.badName", name));
		}
		return file;
	}
}
