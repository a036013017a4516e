/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.validation;

/**
 * The stable codes of the rule catalogue, as constants usable in annotations (Xtext's
 * {@code @QuickFix(RuleCodes.G3)}) and wherever a code is compared. {@link Rule} holds everything
 * else about each rule; a code's letter names its family and the class of its checks
 * ({@code rules/StructureRules} for S, {@code GovernanceRules} for G, ...).
 */
public final class RuleCodes {

	// S: structure and references
	public static final String S1 = "S1";
	public static final String S2 = "S2";
	public static final String S3 = "S3";
	public static final String S4 = "S4";
	public static final String S5 = "S5";
	public static final String S6 = "S6";
	public static final String S7 = "S7";

	// G: governance
	public static final String G1 = "G1";
	public static final String G2 = "G2";
	public static final String G3 = "G3";
	public static final String G4 = "G4";
	public static final String G5 = "G5";
	public static final String G6 = "G6";
	public static final String G7 = "G7";
	public static final String G8 = "G8";
	public static final String G9 = "G9";

	// L: the local situation picture
	public static final String L1 = "L1";
	public static final String L2 = "L2";
	public static final String L3 = "L3";
	public static final String L4 = "L4";

	// P: priority areas, measures and goals
	public static final String P1 = "P1";
	public static final String P2 = "P2";
	public static final String P3 = "P3";
	public static final String P4 = "P4";
	public static final String P5 = "P5";
	public static final String P6 = "P6";
	public static final String P7 = "P7";
	public static final String P8 = "P8";
	public static final String P9 = "P9";

	// N: the law and the national model
	public static final String N1 = "N1";
	public static final String N2 = "N2";
	public static final String N3 = "N3";
	public static final String N4 = "N4";
	public static final String N5 = "N5";

	// M: citizen promises (medborgarlöften)
	public static final String M1 = "M1";
	public static final String M2 = "M2";
	public static final String M3 = "M3";
	public static final String M4 = "M4";
	public static final String M5 = "M5";

	// C: the communication plan
	public static final String C1 = "C1";
	public static final String C2 = "C2";
	public static final String C3 = "C3";

	// F: the follow-up plan
	public static final String F1 = "F1";
	public static final String F2 = "F2";
	public static final String F3 = "F3";

	private RuleCodes() {
	}
}
