/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;

import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.validation.Severities;

/**
 * Looks for changes on disk in the folders of the open models, for clients that do not watch
 * files for the server (Neovim and Helix do not offer it): another program's edit, a
 * {@code git pull}, a rename the editor applied to files it had not open. Every interval it
 * compares each folder's model files and settings file with what it saw last and reports the
 * differences as the file events a watching client would have sent.
 */
final class DiskChanges implements AutoCloseable {
	/** What a file looked like on disk: enough to notice that it was written. */
	private record Seen(long modified, long size, Object key) {
	}

	private final Consumer<List<FileEvent>> report;
	private final Map<Path, Map<Path, Seen>> folders = new ConcurrentHashMap<>();
	private final Map<Path, Integer> openIn = new ConcurrentHashMap<>();
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Samverka: changes on disk");
		thread.setDaemon(true);
		return thread;
	});

	DiskChanges(Consumer<List<FileEvent>> report, long intervalMillis) {
		this.report = report;
		timer.scheduleWithFixedDelay(this::look, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
	}

	/** A model was opened: its folder is watched from now on, as it is now. */
	void opened(Path file) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		if (folder != null && openIn.merge(folder, 1, Integer::sum) == 1) {
			folders.put(folder, snapshot(folder));
		}
	}

	/** A model was closed: its folder is no longer watched once no open model is in it. */
	void closed(Path file) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		if (folder != null && openIn.computeIfPresent(folder, (key, count) -> count > 1 ? count - 1 : null) == null) {
			folders.remove(folder);
		}
	}

	/** Compares every watched folder with what was seen last, and reports what changed. */
	void look() {
		List<FileEvent> events = new ArrayList<>();
		for (Map.Entry<Path, Map<Path, Seen>> entry : folders.entrySet()) {
			Map<Path, Seen> before = entry.getValue();
			Map<Path, Seen> now = snapshot(entry.getKey());
			for (Map.Entry<Path, Seen> file : now.entrySet()) {
				Seen earlier = before.get(file.getKey());
				if (earlier == null) {
					events.add(event(file.getKey(), FileChangeType.Created));
				} else if (!earlier.equals(file.getValue())) {
					events.add(event(file.getKey(), FileChangeType.Changed));
				}
			}
			for (Path gone : before.keySet()) {
				if (!now.containsKey(gone)) {
					events.add(event(gone, FileChangeType.Deleted));
				}
			}
			folders.replace(entry.getKey(), now);
		}
		if (!events.isEmpty()) {
			report.accept(events);
		}
	}

	private static FileEvent event(Path file, FileChangeType type) {
		return new FileEvent(file.toUri().toString(), type);
	}

	/** The folder's model files and settings file as they are on disk now. */
	private static Map<Path, Seen> snapshot(Path folder) {
		Map<Path, Seen> files = new HashMap<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
				entry -> ModelFolder.isModelFile(entry) || entry.getFileName().toString().equals(Severities.FILE_NAME))) {
			for (Path file : entries) {
				try {
					BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
					if (attributes.isRegularFile()) {
						// the file key changes when a file is replaced by a rename, as atomic saves do
						files.put(file, new Seen(attributes.lastModifiedTime().toMillis(), attributes.size(),
								Objects.requireNonNullElse(attributes.fileKey(), "")));
					}
				} catch (IOException vanished) {
					// deleted between listing and reading: reported as deleted next time if it stays away
				}
			}
		} catch (IOException unreadable) {
			// a folder that cannot be read now has no files to compare; it is read again next time
		}
		return files;
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}
}
