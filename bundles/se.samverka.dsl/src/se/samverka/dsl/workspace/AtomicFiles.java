package se.samverka.dsl.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that it is either the old content or the new, never half of each: the text
 * goes to a temporary file beside the target, which then replaces the target in one rename.
 */
public final class AtomicFiles {
	private AtomicFiles() {
	}

	public static void writeString(Path target, String content) throws IOException {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}

	public static void write(Path target, byte[] content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
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

	/**
	 * A temporary file is private to its owner; the file it becomes keeps the permissions of the
	 * file it replaces, or gets the usual ones (owner writes, everyone reads) when it is new.
	 */
	private static void keepPermissions(Path target, Path temporary) throws IOException {
		if (!temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
				: PosixFilePermissions.fromString("rw-r--r--");
		Files.setPosixFilePermissions(temporary, permissions);
	}
}
