/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.templates;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names and strings for generated {@code .samverkan} text, made safe from whatever a user typed.
 * A name (the grammar's ID) holds the letters a–z, A–Z, å ä ö é ü (either case), digits, '_' and
 * '-', and starts with a letter or '_'; "Upplands Väsby" becomes {@code UpplandsVäsby},
 * "Hallunda/Slagsta" {@code Hallunda-Slagsta}, "Öckerö \"norra\"" {@code ÖckeröNorra} and
 * "1:a distriktet" {@code 1aDistriktet}, which needs a prefix before it can be a name.
 * <p>
 * An instance hands out the names of one file: each differs from every other name of the file
 * (whatever its kind, so that no reference can mean two things) and from the grammar's keywords.
 * Names that are known in the whole folder (organisations, people, areas, agreements) also differ
 * from the names already in use in the folder's other files.
 */
public final class Identifiers {
	private static final String SWEDISH_LETTERS = "åäöÅÄÖéÉüÜ";

	/** Names of this file, compared without regard to case. */
	private final Set<String> taken = new HashSet<>();
	/** Names of the folder's other files, compared without regard to case. */
	private final Set<String> inUse = new HashSet<>();
	private final Set<String> keywords;

	/**
	 * @param namesInUse names of the other files of the folder, which names known in the whole
	 *            folder must not repeat
	 * @param keywords the grammar's keywords, which cannot be names
	 */
	public Identifiers(Collection<String> namesInUse, Collection<String> keywords) {
		for (String name : namesInUse) {
			if (name != null) {
				inUse.add(name.toLowerCase(Locale.ROOT));
			}
		}
		this.keywords = Set.copyOf(keywords);
	}

	/**
	 * A name for an element known inside its agreement or organisation (a body, a role): the
	 * prefix and the stem, {@code Områdesgrupp} + {@code Tumba}. The prefix must start a name;
	 * the stem may be empty or start with a digit. When the name is taken, a number is added:
	 * {@code Tumba2}, {@code Distrikt1_2}.
	 */
	public String local(String prefix, String stem) {
		return unique(prefix + stem, false);
	}

	/** A name for an element known in the whole folder (organisation, person, area, agreement). */
	public String global(String prefix, String stem) {
		return unique(prefix + stem, true);
	}

	/**
	 * A folder-wide name made from a user's text: its stem, or the prefix and the stem when the
	 * stem cannot start a name ("1:a distriktet" with prefix {@code Område}: {@code Område1aDistriktet}).
	 */
	public String derive(String text, String prefix) {
		String stem = stem(text);
		return stem.isEmpty() || !startsName(stem.charAt(0)) ? global(prefix, stem) : global("", stem);
	}

	private String unique(String base, boolean global) {
		if (!isName(base)) {
			throw new IllegalArgumentException("not a name: '" + base + "'");
		}
		String candidate = base;
		for (int n = 2; !isFree(candidate, global); n++) {
			candidate = base + (Character.isDigit(base.charAt(base.length() - 1)) ? "_" : "") + n;
		}
		taken.add(candidate.toLowerCase(Locale.ROOT));
		return candidate;
	}

	private boolean isFree(String name, boolean global) {
		String key = name.toLowerCase(Locale.ROOT);
		return !taken.contains(key) && !(global && inUse.contains(key)) && !keywords.contains(name);
	}

	/**
	 * The characters of a text that a name may hold, its words joined with a capital letter
	 * each: "Upplands Väsby" gives {@code UpplandsVäsby}, "1:a distriktet" {@code 1aDistriktet},
	 * "Ærø" {@code Ärö}. Punctuation inside a word (quotes, apostrophes, ':' and '.') is dropped, '/'
	 * becomes '-', anything else that is no letter or digit separates words. Letters outside
	 * the grammar's set lose their accents or take their Swedish form; letters of other scripts
	 * are dropped, so the stem may be empty.
	 */
	public static String stem(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		boolean wordStart = true;
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			String kept = keep(c);
			if (kept == null) {
				if (!isDropped(c)) {
					wordStart = true;
				}
				continue;
			}
			for (int k = 0; k < kept.length(); k++) {
				char letter = kept.charAt(k);
				if (letter == '-' && (out.isEmpty() || out.charAt(out.length() - 1) == '-')) {
					continue;
				}
				if (wordStart && letter != '-') {
					out.append(Character.toUpperCase(letter));
					wordStart = false;
				} else {
					out.append(letter);
				}
			}
		}
		// a name may not end in a hyphen that only separated it from dropped characters
		while (!out.isEmpty() && out.charAt(out.length() - 1) == '-') {
			out.setLength(out.length() - 1);
		}
		return out.toString();
	}

	/** The characters that stand for c in a name, or null when c is no part of one. */
	private static String keep(char c) {
		if (c < 128) {
			if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
				return String.valueOf(c);
			}
			return c == '/' ? "-" : null;
		}
		if (SWEDISH_LETTERS.indexOf(c) >= 0) {
			return String.valueOf(c);
		}
		switch (c) {
		case 'æ': return "ä";
		case 'Æ': return "Ä";
		case 'ø': return "ö";
		case 'Ø': return "Ö";
		case 'ß': return "ss";
		case 'œ': return "oe";
		case 'Œ': return "Oe";
		case 'ł': return "l";
		case 'Ł': return "L";
		case 'đ', 'ð': return "d";
		case 'Đ', 'Ð': return "D";
		case 'þ': return "th";
		case 'Þ': return "Th";
		case 'ŋ': return "n";
		case 'Ŋ': return "N";
		case 'ŧ': return "t";
		case 'Ŧ': return "T";
		case '–', '—', '‐', '‑': return "-";
		default:
			break;
		}
		if (Character.isLetter(c)) {
			// é, ü and the Swedish letters are kept above; other accented Latin letters lose the accent
			String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			if (base.length() == 1 && base.charAt(0) < 128 && Character.isLetter(base.charAt(0))) {
				return base;
			}
		}
		return null;
	}

	/** Punctuation that belongs inside a word and is left out rather than splitting it. */
	private static boolean isDropped(char c) {
		// and invisible characters such as the soft hyphen
		return "'\"’‘´`:.”“„«»".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT;
	}

	/** Whether c may start a name. */
	static boolean startsName(char c) {
		return c == '_' || (c < 128 && Character.isLetter(c)) || SWEDISH_LETTERS.indexOf(c) >= 0;
	}

	/** Whether the text is a name the grammar accepts (without the '^' escape). */
	public static boolean isName(String text) {
		if (text == null || text.isEmpty() || !startsName(text.charAt(0))) {
			return false;
		}
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(startsName(c) || (c >= '0' && c <= '9') || c == '-')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A user's text as one line: control characters and line breaks become spaces, runs of white
	 * space one space, and the ends are trimmed.
	 */
	public static String line(String text) {
		if (text == null) {
			return "";
		}
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
					|| c == '\uFEFF';
			if (space) {
				if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
					out.append(' ');
				}
			} else {
				out.append(c);
			}
		}
		return out.toString().trim();
	}

	/** A STRING literal of the text: in double quotes, with '\' and '"' escaped. */
	public static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
