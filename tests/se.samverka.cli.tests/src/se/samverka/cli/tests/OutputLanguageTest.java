/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;

/**
 * What Samverka itself writes is in one language: with --lang en no Swedish word, with --lang sv
 * no English one, in every command's output for every example (validation messages, diagrams as
 * SVG and JSON, Word, PDF, the web site, the spreadsheets, OEF) and in the command line's own
 * help and errors. The model's own texts (names, titles, descriptions) are printed as written, so
 * every string of the loaded model is taken out of the output before it is scanned.
 */
class OutputLanguageTest {
	/** Words that must not appear in English output. */
	private static final Set<String> SWEDISH = Set.of("och", "för", "ordförande", "gånger", "gång", "sammanträder",
			"tillhör", "saknar", "saknas", "åtgärd", "åtgärder", "mål", "roterar", "medlem", "medlemmar", "utser",
			"kontinuerligt", "behov", "styrning", "spårbarhet", "kommunikation", "användning", "kommandon", "flaggor",
			"avtalet", "inte", "är", "med", "som", "till", "av", "år", "vid", "minst", "samordnare", "parter",
			"lägesbild", "uppföljning", "bilaga", "underskrifter", "varningar", "fynd", "okänd", "skrivet", "ansvarig",
			"finns", "ska", "eller", "den", "det", "här", "visa");
	/** Words that must not appear in Swedish output. */
	private static final Set<String> ENGLISH = Set.of("the", "and", "of", "missing", "usage", "options", "commands",
			"meets", "chair", "times", "year", "goal", "goals", "measure", "measures", "belongs", "reports", "member",
			"party", "parties", "governance", "traceability", "communication", "written", "errors", "warnings", "file",
			"unknown", "required", "should", "not", "with", "is", "has", "appendix", "signatures", "page", "show",
			"help", "exit", "print", "version", "did", "you", "mean", "invalid", "value", "option", "parameters");

	private static final List<String> EXAMPLES = List.of("botkyrka/underavtal.samverkan", "botkyrka/avtalet.samverkan",
			"botkyrka/organisationer.samverkan", "jarva/jarva.samverkan", "spanga-tensta/spanga-tensta.samverkan");
	private static final List<String> VIEWS = List.of("governance", "traceability", "communication");

	@TempDir
	Path folder;

	private final List<String> failures = new ArrayList<>();

	@Test
	void validationSpeaksOnlyTheChosenLanguage() throws Exception {
		for (String example : EXAMPLES) {
			Collection<String> model = modelStrings(example);
			for (String lang : List.of("sv", "en")) {
				CommandRun run = CommandRun.of("validate", "--lang", lang, file(example).toString());
				// file:line:column: severity: CODE: message — severity and code are the format's, not words;
				// what is quoted is written as in the file: a name or a keyword of the (Swedish) language
				String messages = run.out().replaceAll("(?m)^.*?:\\d+:\\d+: \\w+: \\w+: ", "").replaceAll("'[^'\n]*'", " ");
				scan(example, "validate " + lang, lang, messages + "\n" + run.err(), model);
			}
		}
		assertEquals(List.of(), failures);
	}

	@Test
	void everyDiagramSpeaksOnlyTheChosenLanguage() throws Exception {
		for (String example : EXAMPLES) {
			Collection<String> model = modelStrings(example);
			for (String lang : List.of("sv", "en")) {
				for (String view : VIEWS) {
					for (String format : List.of("svg", "json")) {
						Path target = folder.resolve(lang + "-" + view + "." + format);
						CommandRun run = CommandRun.of("diagram", "--lang", lang, "--view", view, "--format", format,
								file(example).toString(), "-o", target.toString());
						String what = "diagram " + view + " " + format + " " + lang;
						scan(example, what, lang, withoutPaths(run, target, example), model);
						if (run.status() == 0) {
							String text = format.equals("svg") ? svgText(Files.readString(target)) : jsonText(target);
							scan(example, what, lang, text, model);
						}
					}
				}
			}
		}
		assertEquals(List.of(), failures);
	}

	@Test
	void everyExportSpeaksOnlyTheChosenLanguage() throws Exception {
		for (String example : EXAMPLES) {
			Collection<String> model = modelStrings(example);
			for (String lang : List.of("sv", "en")) {
				for (String format : List.of("docx", "pdf", "html", "xlsx", "csv", "oef")) {
					for (String document : format.equals("docx") || format.equals("pdf") ? List.of("agreement", "communication")
							: List.of("agreement")) {
						Path target = folder.resolve(lang + "-" + document + "-" + example.replace('/', '-') + "." + format);
						CommandRun run = CommandRun.of("export", "--lang", lang, "--format", format, "--document", document,
								file(example).toString(), "-o", target.toString());
						String what = "export " + format + " " + document + " " + lang;
						scan(example, what, lang, withoutPaths(run, target, example), model);
						if (run.status() == 0) {
							scan(example, what, lang, text(format, target), model);
						}
					}
				}
			}
		}
		assertEquals(List.of(), failures);
	}

	@Test
	void helpAndCommandLineMistakesSpeakOnlyTheChosenLanguage() {
		String example = file(EXAMPLES.get(0)).toString();
		List<List<String>> commands = List.of(List.of("--help"), List.of("validate", "--help"), List.of("diagram", "--help"),
				List.of("export", "--help"), List.of("import", "--help"), List.of("format", "--help"),
				List.of("check-readiness", "--help"), List.of("lsp", "--help"), List.of("next-year", "--help"), List.of("validate", "--no-such-option", example),
				List.of("validate"), List.of("export", example), List.of("diagram", "--view", "nonsense", example, "-o", "x.svg"),
				List.of("export", "--format", "docx", "--force", "--force", example, "-o", "x.docx"), List.of("nosuchcommand"),
				List.of("diagram", "-o", "a.svg", "-o", "b.svg", example));
		for (String lang : List.of("sv", "en")) {
			for (List<String> command : commands) {
				List<String> args = new ArrayList<>(command);
				args.add("--lang=" + lang);
				CommandRun run = CommandRun.of(args.toArray(String[]::new));
				scan("command line", String.join(" ", args), lang, commandSyntaxRemoved(run.out() + "\n" + run.err()),
						List.of(example.toLowerCase(Locale.ROOT)));
			}
		}
		assertEquals(List.of(), failures);
		CommandRun unknown = CommandRun.of("validate", "--lang", "sv", "--no-such-option", example);
		assertEquals(2, unknown.status());
		assertTrue(unknown.err().contains("okänd flagga: '--no-such-option'"), unknown.err());
		CommandRun missing = CommandRun.of("export", "--lang", "en", example);
		assertEquals(2, missing.status());
		assertTrue(missing.err().contains("missing required option: ") && missing.err().contains("'--output=OUT'"), missing.err());
	}

	/** What a command printed, without the paths of its input and output (which are the test's, not Samverka's words). */
	private static String withoutPaths(CommandRun run, Path target, String example) {
		return (run.out() + "\n" + run.err()).replace(target.toString(), " ").replace(file(example).toString(), " ");
	}

	/**
	 * The command line's syntax is the same in both languages: options (--view=…), the values they
	 * take, placeholders (FILE), the language server's "exit" message and what is quoted from the
	 * user's own command line, and the commands' names.
	 */
	private static String commandSyntaxRemoved(String text) {
		return text.replaceAll("(?<![\\p{L}.])--?[\\p{L}][\\w-]*(=\\S*)?", " ").replaceAll("\\b[A-Z]{2,}\\b(\\.\\.\\.)?", " ")
				.replaceAll("'[^'\\n]*'", " ")
				.replaceAll("\\b(governance|traceability|communication|agreement|exit|next-year)\\b", " ");
	}

	/** Scans text written by Samverka for words of the other language, after the model's own strings are taken out. */
	private void scan(String example, String what, String lang, String text, Collection<String> modelStrings) {
		Set<String> forbidden = lang.equals("en") ? SWEDISH : ENGLISH;
		String ours = " " + normalised(text) + " ";
		for (String model : modelStrings) {
			ours = removeWhole(ours, model);
		}
		Matcher word = Pattern.compile("\\p{L}+").matcher(ours);
		Set<String> found = new TreeSet<>();
		while (word.find()) {
			if (forbidden.contains(word.group())) {
				int from = Math.max(0, word.start() - 40);
				found.add(word.group() + " in «" + ours.substring(from, Math.min(ours.length(), word.end() + 40)).strip() + "»");
			}
		}
		found.forEach(hit -> failures.add(example + ", " + what + ": " + hit));
	}

	/** The text without each whole occurrence of the string (not where it is part of a longer word). */
	private static String removeWhole(String text, String string) {
		StringBuilder rest = new StringBuilder(text.length());
		int from = 0;
		for (int at = text.indexOf(string); at >= 0; at = text.indexOf(string, at + 1)) {
			int end = at + string.length();
			boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
					&& (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
			if (whole && at >= from) {
				rest.append(text, from, at).append(' ');
				from = end;
			}
		}
		return rest.append(text, from, text.length()).toString();
	}

	private static String normalised(String text) {
		return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** Every string attribute of every element the command loads with the file, longest first. */
	private static Collection<String> modelStrings(String example) throws Exception {
		ModelFolder models = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(ModelFolder.class);
		models.load(List.of(file(example)));
		Set<String> strings = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
		for (Resource resource : models.resourceSet().getResources()) {
			for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
				EObject element = all.next();
				for (EAttribute attribute : element.eClass().getEAllAttributes()) {
					if (attribute.getEAttributeType().getInstanceClass() != String.class) {
						continue;
					}
					Object value = element.eGet(attribute);
					for (Object one : value instanceof Collection<?> many ? many : java.util.Collections.singletonList(value)) {
						if (one instanceof String string && !string.isBlank()) {
							String normalised = normalised(string).strip();
							strings.add(normalised);
							// a text wrapped after a hyphen ("Spånga-" / "Tensta") reads with a space after it
							strings.add(normalised.replaceAll("(?<=\\p{L})-(?=\\p{L})", "- "));
							// diagrams shorten long texts to 57 characters and an ellipsis
							if (normalised.length() > 60) {
								strings.add(normalised.substring(0, 57));
							}
						}
					}
				}
			}
		}
		return strings;
	}

	private static Path file(String example) {
		return Path.of(System.getProperty("samverka.examples", "../../examples")).toAbsolutePath().resolve(example);
	}

	private static String text(String format, Path target) throws IOException {
		return switch (format) {
		case "docx" -> docxText(target);
		case "pdf" -> pdfText(target);
		case "html" -> siteText(target);
		case "xlsx" -> xlsxText(target);
		case "oef" -> xmlText(Files.readString(target));
		default -> Files.readString(target);
		};
	}

	private static String docxText(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				text.append(paragraph.getText()).append('\n');
			}
			for (XWPFTable table : document.getTables()) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						text.append(cell.getText()).append('\n');
					}
				}
			}
		}
		return text.toString();
	}

	private static String pdfText(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			// the footers, the title and "Sida 9 (15)", break the model's texts that run over a page: they are
			// taken out, and the footers' words for page checked after the rest
			String title = java.util.regex.Pattern.quote(String.valueOf(document.getDocumentInformation().getTitle()));
			java.util.regex.Matcher footers = java.util.regex.Pattern
					.compile("(?m)^(?:" + title + " )?(\\p{L}*) ?\\d+ \\(\\d+\\)\\s*$").matcher(new PDFTextStripper().getText(document));
			StringBuilder text = new StringBuilder();
			StringBuilder pageWords = new StringBuilder();
			while (footers.find()) {
				footers.appendReplacement(text, " ");
				pageWords.append(footers.group(1)).append('\n');
			}
			return footers.appendTail(text).append('\n').append(pageWords).toString();
		}
	}

	private static String xlsxText(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				text.append(sheet.getSheetName()).append('\n');
				for (Row row : sheet) {
					for (Cell cell : row) {
						text.append(cell.toString()).append('\n');
					}
				}
			}
		}
		return text.toString();
	}

	/** The text a reader of the site sees: every page without its markup, style and script. */
	private static String siteText(Path site) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.walk(site)) {
			for (Path page : files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".html")).sorted().toList()) {
				String html = Files.readString(page, StandardCharsets.UTF_8)
						.replaceAll("(?s)<style.*?</style>|<script.*?</script>", " ");
				Matcher alt = Pattern.compile("(?:alt|title|aria-label)=\"([^\"]*)\"").matcher(html);
				while (alt.find()) {
					text.append(unescaped(alt.group(1))).append('\n');
				}
				text.append(xmlText(html)).append('\n');
			}
		}
		return text.toString();
	}

	private static String svgText(String svg) {
		StringBuilder text = new StringBuilder();
		Matcher matcher = Pattern.compile("(?s)<(text|title|tspan)[^>]*>(.*?)</\\1>").matcher(svg);
		while (matcher.find()) {
			text.append(xmlText(matcher.group(2))).append('\n');
		}
		return text.toString();
	}

	private static String xmlText(String xml) {
		return unescaped(xml.replaceAll("(?s)<[^>]*>", "\n"));
	}

	private static String unescaped(String text) {
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
				.replace("&apos;", "'").replace("&amp;", "&");
	}

	/** The diagram's words: its title, each box's label, details and findings, each line's label. */
	private static String jsonText(Path file) throws IOException {
		JsonObject diagram = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
		StringBuilder text = new StringBuilder(diagram.get("title").getAsString()).append('\n');
		for (String list : List.of("nodes", "edges")) {
			for (JsonElement element : diagram.getAsJsonArray(list)) {
				JsonObject object = element.getAsJsonObject();
				for (String field : List.of("label", "details", "findings")) {
					append(text, object.get(field));
				}
			}
		}
		return text.toString();
	}

	private static void append(StringBuilder text, JsonElement element) {
		if (element == null || element.isJsonNull()) {
			return;
		}
		if (element instanceof JsonArray array) {
			array.forEach(one -> append(text, one));
		} else if (element instanceof JsonObject object) {
			object.entrySet().forEach(entry -> {
				if (!entry.getKey().equals("severity") && !entry.getKey().equals("code") && !entry.getKey().equals("id")) {
					append(text, entry.getValue());
				}
			});
		} else {
			text.append(element.getAsString()).append('\n');
		}
	}

}
