/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

/** What a new agreement file starts from: each shape is written by its own {@link AgreementTemplate}. */
public enum Shape {
	/**
	 * The parties (the municipality as {@code typ kommun}, the police area as {@code typ polis}),
	 * the municipality as an area, and an agreement with no more than its parties, municipality and
	 * validity.
	 */
	EMPTY(new EmptyTemplate()),
	/**
	 * A framework agreement and its sub-agreement in one file, in the shape of Botkyrka's
	 * (seed 004, examples/botkyrka): steering and working group, coordinators, an area group with
	 * one network group per district, and skeletons of the five appendices.
	 */
	SUB_AGREEMENT(new SubAgreementTemplate()),
	/**
	 * A local cooperation agreement whose content is its communication plan, in the shape of
	 * Järva's (seed 001, examples/jarva): overarching goals, the cooperation bodies, target
	 * groups, four communication levels and shared principles.
	 */
	COMMUNICATION_PLAN(new CommunicationPlanTemplate());

	private final AgreementTemplate template;

	Shape(AgreementTemplate template) {
		this.template = template;
	}

	public AgreementTemplate template() {
		return template;
	}

	/** How the wizard offers this shape, in the user's language. */
	public String label() {
		return template.label();
	}
}
