package se.samverka.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import se.samverka.dsl.workspace.AtomicFiles;

/**
 * How every export and import writes: never over an existing file unless asked to, whole or not
 * at all (a temporary file renamed into place), and a name that comes from a model or an imported
 * file stays inside its target folder.
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
		if (Files.isDirectory(target)) {
			throw new Refused(Texts.get("output.isFolder", target));
		}
		if (Files.exists(target) && !overwrite) {
			throw new Refused(Texts.get("output.exists", target));
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
