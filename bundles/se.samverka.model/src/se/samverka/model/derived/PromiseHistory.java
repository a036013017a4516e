/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.derived;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import se.samverka.model.Agreement;
import se.samverka.model.CitizenPromise;
import se.samverka.model.PromiseActivity;

/**
 * Promises across years, seen from the earlier document: a promise of a document is carried on
 * when a promise of a later document (one naming it as predecessor) continues, changes or
 * replaces it; otherwise it was dropped. Only the later document says so, so dropping is derived.
 */
public final class PromiseHistory {
	private PromiseHistory() {
	}

	/** The documents among {@code documents} that name {@code document} as their predecessor. */
	public static List<Agreement> successors(Agreement document, Collection<Agreement> documents) {
		return documents.stream().filter(d -> d.getPredecessor() == document).toList();
	}

	/** The promises of {@code document} that the later one carries on. */
	public static List<CitizenPromise> carriedOn(Agreement document, Agreement later) {
		List<CitizenPromise> carried = new ArrayList<>();
		for (CitizenPromise promise : later.getPromises()) {
			if (promise.getPrevious() != null && document.getPromises().contains(promise.getPrevious())
					&& !carried.contains(promise.getPrevious())) {
				carried.add(promise.getPrevious());
			}
		}
		return carried;
	}

	/**
	 * The promises of {@code document} that no successor carries on: dropped. Without a successor
	 * nothing counts as dropped yet.
	 */
	public static List<CitizenPromise> dropped(Agreement document, Collection<Agreement> documents) {
		List<Agreement> successors = successors(document, documents);
		if (successors.isEmpty()) {
			return List.of();
		}
		List<CitizenPromise> carried = new ArrayList<>();
		successors.forEach(later -> carried.addAll(carriedOn(document, later)));
		return document.getPromises().stream().filter(p -> !carried.contains(p)).toList();
	}

	/** The activities of a promise that its successor's activities do not carry on. */
	public static List<PromiseActivity> droppedActivities(CitizenPromise promise, CitizenPromise later) {
		List<PromiseActivity> carried = later.getActivities().stream().map(PromiseActivity::getPrevious)
				.filter(promise.getActivities()::contains).toList();
		return promise.getActivities().stream().filter(a -> !carried.contains(a)).toList();
	}
}
