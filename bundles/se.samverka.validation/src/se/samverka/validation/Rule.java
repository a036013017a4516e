package se.samverka.validation;

/**
 * The rule catalogue of {@code docs/validation.md}: each rule's stable code and severity. The
 * messages are in messages.properties (Swedish) and messages_en.properties, keyed by code.
 */
public enum Rule {
	S1(Severity.ERROR), S2(Severity.ERROR), S3(Severity.ERROR), S4(Severity.ERROR), S5(Severity.WARNING),
	S6(Severity.ERROR),
	G1(Severity.ERROR), G2(Severity.WARNING), G3(Severity.ERROR), G4(Severity.ERROR), G5(Severity.ERROR),
	G6(Severity.ERROR), G7(Severity.ERROR), G8(Severity.WARNING), G9(Severity.ERROR),
	L1(Severity.ERROR), L2(Severity.WARNING), L3(Severity.WARNING), L4(Severity.WARNING),
	P1(Severity.ERROR), P2(Severity.ERROR), P3(Severity.WARNING), P4(Severity.WARNING), P5(Severity.ERROR),
	P6(Severity.WARNING), P7(Severity.WARNING), P8(Severity.WARNING), P9(Severity.INFO),
	N1(Severity.WARNING), N2(Severity.WARNING), N3(Severity.WARNING), N4(Severity.INFO), N5(Severity.INFO),
	C1(Severity.WARNING), C2(Severity.WARNING), C3(Severity.WARNING),
	F1(Severity.WARNING), F2(Severity.ERROR);

	public enum Severity {
		ERROR, WARNING, INFO
	}

	private final Severity severity;

	Rule(Severity severity) {
		this.severity = severity;
	}

	public Severity severity() {
		return severity;
	}

	/** The rule of a code such as "P4", or null for a code that is no rule. */
	public static Rule ofCode(String code) {
		for (Rule rule : values()) {
			if (rule.name().equals(code)) {
				return rule;
			}
		}
		return null;
	}
}
