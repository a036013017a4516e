/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Parses the files of a folder on every core there is: each file in a resource set of its own
 * (a resource set is not safe to share between threads), then all of them are moved into the
 * shared resource set in the order given, so that linking and validation see them as if they had
 * been loaded one after the other. Parsing is most of the time of a large folder.
 */
final class ParallelParsing {
	private ParallelParsing() {
	}

	static Map<Path, Resource> parse(Collection<Path> files, XtextResourceSet target, Supplier<XtextResourceSet> resourceSets)
			throws IOException {
		int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
		Map<Path, Resource> parsed = new LinkedHashMap<>();
		if (threads < 2) {
			for (Path file : files) {
				parsed.put(file, target.getResource(uri(file), true));
			}
			return parsed;
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "samverka-parse");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Resource>> results = new ArrayList<>();
			for (Path file : files) {
				results.add(pool.submit(() -> {
					XtextResourceSet own = resourceSets.get();
					own.getLoadOptions().putAll(target.getLoadOptions());
					return own.getResource(uri(file), true);
				}));
			}
			int i = 0;
			for (Path file : files) {
				Resource resource = result(results.get(i++));
				target.getResources().add(resource); // leaves its own resource set
				parsed.put(file, resource);
			}
			return parsed;
		} finally {
			pool.shutdownNow();
		}
	}

	private static URI uri(Path file) {
		return URI.createFileURI(file.toString());
	}

	/** The parsed resource, or what went wrong as it would have been thrown without the pool. */
	private static Resource result(Future<Resource> future) throws IOException {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			if (cause instanceof IOException io) {
				throw io;
			}
			throw new UncheckedIOException(new IOException(cause));
		}
	}
}
