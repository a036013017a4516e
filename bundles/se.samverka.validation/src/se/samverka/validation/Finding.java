/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One rule broken by one model element. The feature, when known, narrows the place a user is
 * shown (the name of a body, the "to" date of a validity); the message is already in the
 * user's language.
 */
public record Finding(Rule rule, EObject element, EStructuralFeature feature, String message) {
}
