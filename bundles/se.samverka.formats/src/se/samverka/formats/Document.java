package se.samverka.formats;

/** Which document a document format writes. */
public enum Document {
	AGREEMENT, COMMUNICATION_PLAN
}
