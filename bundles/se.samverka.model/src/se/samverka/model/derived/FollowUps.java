/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.model.derived;

import java.util.Optional;

import se.samverka.model.FollowUpStatus;
import se.samverka.model.Outcome;
import se.samverka.model.ProgressStatus;

/** The traffic light of a follow-up: as reported, or derived from how far the work has come. */
public final class FollowUps {
	private FollowUps() {
	}

	/** Done is green; partly done or ongoing is yellow; not started or not done is red. */
	public static FollowUpStatus trafficLight(ProgressStatus progress) {
		return switch (progress) {
		case DONE -> FollowUpStatus.GREEN;
		case PARTLY_DONE, ONGOING -> FollowUpStatus.YELLOW;
		case NOT_STARTED, NOT_DONE -> FollowUpStatus.RED;
		};
	}

	/** The outcome's traffic light: the one reported, else the one its progress gives, else none. */
	public static Optional<FollowUpStatus> trafficLight(Outcome outcome) {
		if (outcome.isSetStatus()) {
			return Optional.of(outcome.getStatus());
		}
		return outcome.isSetProgress() ? Optional.of(trafficLight(outcome.getProgress())) : Optional.empty();
	}
}
