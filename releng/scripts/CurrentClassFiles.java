/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Rewrites the class files of the command line's class path (target/lib) that are older than
 * Java 6 (picocli, Log4j 1, ANTLR 3 are built for Java 1.4 and 5) as Java 8 class files with
 * stack maps, the same code otherwise. JDK 25's ahead-of-time cache leaves such old classes
 * out: picocli's 170 classes were loaded from the jar and verified the old, slow way on every
 * run, about a quarter of a second on this project's machine. Runs on JDK 24 or later (the
 * class-file API), in the build's training run profile (releng/se.samverka.cli.app).
 *
 * Usage: java releng/scripts/CurrentClassFiles.java FOLDER
 */
public final class CurrentClassFiles {
	/** Java 6 was the first to have stack maps; older class files are verified by inference. */
	private static final int FIRST_WITH_STACK_MAPS = ClassFile.JAVA_6_VERSION;

	private CurrentClassFiles() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: java CurrentClassFiles.java FOLDER");
			System.exit(2);
		}
		List<Path> jars;
		try (Stream<Path> files = Files.list(Path.of(args[0]))) {
			jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
		}
		URL[] classPath = jars.stream().map(CurrentClassFiles::url).toArray(URL[]::new);
		int rewritten = 0;
		try (URLClassLoader loader = new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
			// stack maps need the common super class of two types: read from the whole class path
			ClassFile classFiles = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
					ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
							.orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
			for (Path jar : jars) {
				rewritten += rewrite(jar, classFiles);
			}
		}
		System.out.println("CurrentClassFiles: " + rewritten + " old class files now Java 8 class files in " + args[0]);
	}

	/** The jar with its old class files rewritten, in place; how many were. */
	private static int rewrite(Path jar, ClassFile classFiles) throws IOException {
		Path rewritten = jar.resolveSibling(jar.getFileName() + ".current");
		int count = 0;
		try (JarFile in = new JarFile(jar.toFile(), false); JarOutputStream out = new JarOutputStream(Files.newOutputStream(rewritten))) {
			for (JarEntry entry : in.stream().toList()) {
				byte[] bytes = in.getInputStream(entry).readAllBytes();
				if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/") && isOld(bytes)) {
					try {
						bytes = current(classFiles, classFiles.parse(bytes));
						count++;
					} catch (IllegalArgumentException | IllegalStateException unresolvable) {
						// a type it names is not on the class path (Log4j's optional JMS appender):
						// no stack maps can be computed; the class stays as it was, out of the cache
					}
				}
				JarEntry copy = new JarEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				out.write(bytes);
				out.closeEntry();
			}
		}
		if (count == 0) {
			Files.delete(rewritten);
		} else {
			Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
		}
		return count;
	}

	private static boolean isOld(byte[] bytes) {
		int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
		return major < FIRST_WITH_STACK_MAPS;
	}

	/** The same class as a Java 8 class file: every method body is written anew, with its stack maps. */
	private static byte[] current(ClassFile classFiles, ClassModel old) {
		ClassTransform version = (builder, element) -> {
			if (element instanceof ClassFileVersion) {
				builder.withVersion(ClassFile.JAVA_8_VERSION, 0);
			} else {
				builder.with(element);
			}
		};
		return classFiles.transformClass(old, version.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)));
	}

	private static URL url(Path jar) {
		try {
			return jar.toUri().toURL();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
