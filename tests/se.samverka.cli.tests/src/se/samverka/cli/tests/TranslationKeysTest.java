/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.junit.jupiter.api.Test;

import se.samverka.actionplan.Column;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.dsl.ide.diagramedit.DiagramOperation;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations;
import se.samverka.model.AgreementKind;
import se.samverka.model.Continuity;
import se.samverka.model.FigureKind;
import se.samverka.model.FollowUpStatus;
import se.samverka.model.GoalKind;
import se.samverka.model.ProgressStatus;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.SwotKind;
import se.samverka.model.TargetGroupPriority;
import se.samverka.model.ValueQualifier;
import se.samverka.model.labels.Relation;
import se.samverka.model.labels.ValueNames;
import se.samverka.formats.ExportFormat;
import se.samverka.formats.Formats;
import se.samverka.formats.ImportFormat;
import se.samverka.formats.NotExported;
import se.samverka.validation.Rule;

/**
 * Every text Samverka shows exists in Swedish and English: each properties file of every bundle
 * (messages, plugin, kinds, labels …) has an English twin with the same keys and no empty value,
 * every key the code names exists, and a key composed at run time ("format." + name) has its text
 * for every value it can take.
 */
class TranslationKeysTest {
	/** A key the code names literally: Texts.get("key"), CliTexts.get("key"), TEXTS.get("key"), Findings.word("key"). */
	private static final Pattern LITERAL_KEY = Pattern.compile("(?:Texts\\.get|TEXTS\\.get|Findings\\.word)\\(\\s*\"([^\"]+)\"\\s*[,)]");
	/** A field of a typed messages class (the workbench's Messages): its name is its key. */
	private static final Pattern MESSAGE_FIELD = Pattern.compile("public static String (\\w+);");
	/** A key composed at run time: get("prefix." + something). */
	private static final Pattern COMPOSED_KEY = Pattern.compile("\\.get\\(\\s*\"([\\w.]*\\.)\"\\s*\\+");
	/** One case of a rule: reportCase(Rule.G3, "term", …) reads the key G3.term. */
	private static final Pattern RULE_CASE = Pattern.compile("reportCase\\(\\s*Rule\\.(\\w+)\\s*,\\s*\"(\\w+)\"");
	/** A case named otherwise than by a rule constant and a literal could not be checked. */
	private static final Pattern UNCHECKED_CASE = Pattern.compile("\\.reportCase\\((?!\\s*Rule\\.\\w+\\s*,\\s*\")");

	@Test
	void everyPropertiesFileHasAnEnglishTwinWithTheSameKeysAndNoEmptyText() throws IOException {
		List<String> problems = new ArrayList<>();
		int pairs = 0;
		for (Path base : baseFiles()) {
			Path english = english(base);
			if (!Files.exists(english)) {
				problems.add(relative(base) + ": no English file " + english.getFileName());
				continue;
			}
			pairs++;
			Properties swedish = load(base);
			Properties translated = load(english);
			for (String key : new TreeSet<>(swedish.stringPropertyNames())) {
				if (!translated.containsKey(key)) {
					problems.add(relative(english) + ": missing " + key);
				}
			}
			for (String key : new TreeSet<>(translated.stringPropertyNames())) {
				if (!swedish.containsKey(key)) {
					problems.add(relative(base) + ": missing " + key);
				}
			}
			for (Path file : List.of(base, english)) {
				Properties texts = file == base ? swedish : translated;
				texts.stringPropertyNames().stream().filter(key -> texts.getProperty(key).isBlank()).sorted()
						.forEach(key -> problems.add(relative(file) + ": empty " + key));
			}
		}
		assertEquals(List.of(), problems);
		assertTrue(pairs >= 20, "the bundles' properties were not found, only " + pairs + " pairs");
	}

	@Test
	void everyKeyTheCodeNamesExists() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path bundle : bundles()) {
			Set<String> keys = keys(bundle);
			for (Path source : sources(bundle)) {
				String code = Files.readString(source);
				Matcher literal = LITERAL_KEY.matcher(code);
				while (literal.find()) {
					String key = literal.group(1);
					// a base name ("se.samverka.x.messages") is not a key
					if (!key.startsWith("se.samverka.") && !keys.contains(key)) {
						problems.add(relative(source) + ": no text for key " + key);
					}
				}
				if (source.getFileName().toString().equals("Messages.java")) {
					Matcher field = MESSAGE_FIELD.matcher(code);
					while (field.find()) {
						if (!keys.contains(field.group(1))) {
							problems.add(relative(source) + ": no text for field " + field.group(1));
						}
					}
				}
				if (UNCHECKED_CASE.matcher(code).find()) {
					problems.add(relative(source) + ": a rule case whose key cannot be checked (name it Rule.X, \"literal\")");
				}
				Matcher ruleCase = RULE_CASE.matcher(code);
				while (ruleCase.find()) {
					String key = ruleCase.group(1) + "." + ruleCase.group(2);
					if (!keys.contains(key)) {
						problems.add(relative(source) + ": no text for rule case " + key);
					}
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	/**
	 * The keys composed from a prefix and a value: each prefix the code composes must be listed
	 * here with every value it can take, so a new composition, or a new constant of an enum whose
	 * name makes a key, fails this test until both languages have its text.
	 */
	/** Every kind of box a diagram has: the constants of NodeKinds. */
	private static List<String> nodeKinds() {
		List<String> kinds = new ArrayList<>();
		for (java.lang.reflect.Field field : se.samverka.diagram.model.NodeKinds.class.getFields()) {
			if (field.getType() == String.class) {
				try {
					kinds.add((String) field.get(null));
				} catch (IllegalAccessException impossible) {
					throw new AssertionError(impossible);
				}
			}
		}
		return kinds;
	}

	/** The operations of the diagram that take their undo label from their name, and the two a move of a member gives. */
	private static List<String> editNames() {
		List<String> names = new java.util.ArrayList<>(List.of("moveMember", "copyMember"));
		for (Class<?> operation : GovernanceOperations.class.getDeclaredClasses()) {
			boolean ownLabel = Arrays.stream(operation.getDeclaredMethods()).anyMatch(m -> m.getName().equals("label"));
			if (DiagramOperation.class.isAssignableFrom(operation) && !operation.isInterface() && !ownLabel) {
				String name = operation.getSimpleName();
				names.add(Character.toLowerCase(name.charAt(0)) + name.substring(1));
			}
		}
		return names;
	}

	@Test
	void everyComposedKeyHasATextForEveryValue() throws IOException {
		Map<String, List<String>> composed = new TreeMap<>();
		composed.put("se.samverka.formats export.", Formats.exports().stream().map(ExportFormat::id).toList());
		composed.put("se.samverka.formats import.", Formats.imports().stream().map(ImportFormat::id).toList());
		composed.put("se.samverka.formats notExported.", names(NotExported.Reason.values()));
		composed.put("se.samverka.reports kind.", names(AgreementKind.values()));
		composed.put("se.samverka.reports diagram.",
				Arrays.stream(DiagramView.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
		composed.put("se.samverka.reports comm.priority.", names(TargetGroupPriority.values()));
		composed.put("se.samverka.reports comm.swot.", names(SwotKind.values()));
		composed.put("se.samverka.reports promise.continuity.", names(Continuity.values()));
		// an unspecified kind of goal, and a plain count, print no word
		composed.put("se.samverka.reports goal.kind.", names(GoalKind.EFFECT, GoalKind.PROCESS, GoalKind.OUTPUT));
		composed.put("se.samverka.reports unit.",
				names(FigureKind.PERCENT, FigureKind.PER_THOUSAND, FigureKind.PER_HUNDRED_THOUSAND));
		composed.put("se.samverka.reports trafficLight.", names(FollowUpStatus.values()));
		composed.put("se.samverka.exchange statistics.kind.", names(FigureKind.values()));
		composed.put("se.samverka.actionplan status.", names(FollowUpStatus.values()));
		composed.put("se.samverka.actionplan column.", names(Column.values()));
		composed.put("se.samverka.actionplan progress.", names(ProgressStatus.values()));
		composed.put("se.samverka.actionplan qualifier.", names(ValueQualifier.values()));
		composed.put("se.samverka.reports continuity.", names(Continuity.values()));
		composed.put("se.samverka.reports light.", names(FollowUpStatus.values()));
		// a count has no unit word
		composed.put("se.samverka.reports unit.", List.of("PERCENT", "PER_THOUSAND", "PER_HUNDRED_THOUSAND"));
		composed.put("se.samverka.validation step.", IntStream.rangeClosed(1, 5).mapToObj(String::valueOf).toList());
		// a diagram described in words counts its boxes by kind: "en nätverksgrupp", "fem områdesgrupper"
		composed.put("se.samverka.diagram describe.one.", nodeKinds());
		composed.put("se.samverka.diagram describe.many.", nodeKinds());
		// an edit of the diagram is named after its operation ("edit.createBody"); moving a member names itself
		composed.put("se.samverka.dsl.ide edit.", editNames());

		Map<String, List<String>> found = new TreeMap<>();
		for (Path bundle : bundles()) {
			for (Path source : sources(bundle)) {
				Matcher matcher = COMPOSED_KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					found.computeIfAbsent(bundle.getFileName() + " " + matcher.group(1), k -> new ArrayList<>())
							.add(relative(source));
				}
			}
		}
		assertEquals(composed.keySet(), found.keySet(),
				"keys composed at run time without a list of their values here: " + found);

		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : composed.entrySet()) {
			String[] bundleAndPrefix = entry.getKey().split(" ");
			Set<String> keys = keys(repository().resolve("bundles").resolve(bundleAndPrefix[0]));
			for (String value : entry.getValue()) {
				if (!keys.contains(bundleAndPrefix[1] + value)) {
					problems.add(bundleAndPrefix[0] + ": no text for " + bundleAndPrefix[1] + value);
				}
			}
		}
		// the keys named by a value itself: rule codes, relations, enum words, kinds of element
		Set<String> validation = keys(repository().resolve("bundles/se.samverka.validation"));
		Arrays.stream(Rule.values()).filter(rule -> !validation.contains(rule.name()))
				.forEach(rule -> problems.add("se.samverka.validation: no message for rule " + rule));
		Set<String> model = keys(repository().resolve("bundles/se.samverka.model"));
		Arrays.stream(Relation.values()).filter(relation -> !model.contains(relation.key()))
				.forEach(relation -> problems.add("se.samverka.model: no words for " + relation.key()));
		for (Class<?> enumeration : ValueNames.NAMED) {
			for (Object value : enumeration.getEnumConstants()) {
				String key = ValueNames.key((org.eclipse.emf.common.util.Enumerator) value);
				if (!model.contains(key)) {
					problems.add("se.samverka.model: no word for " + key);
				}
			}
		}
		for (EClassifier classifier : SamverkaPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass && !model.contains(classifier.getName())) {
				problems.add("se.samverka.model: no kind name for " + classifier.getName());
			}
		}
		assertEquals(List.of(), problems);
	}

	private static List<String> names(Enum<?>... values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	static Path repository() {
		return Path.of(System.getProperty("samverka.repository", "../..")).toAbsolutePath().normalize();
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> bundles = Files.list(repository().resolve("bundles"))) {
			return bundles.filter(Files::isDirectory).sorted().toList();
		}
	}

	private static List<Path> sources(Path bundle) throws IOException {
		Path src = bundle.resolve("src");
		if (!Files.isDirectory(src)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(src)) {
			return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
		}
	}

	/** The Swedish files of text: every properties file of a bundle except the build's and the editor templates' own. */
	private static List<Path> baseFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path bundle : bundles()) {
			try (Stream<Path> all = Files.walk(bundle)) {
				all.filter(file -> file.toString().endsWith(".properties"))
						.filter(file -> !file.toString().contains("/target/") && !file.toString().contains("/bin/"))
						.filter(file -> !file.getFileName().toString().matches(".*_[a-z]{2}\\.properties"))
						.filter(file -> !Set.of("build.properties", "about.properties", "templates.properties")
								.contains(file.getFileName().toString()))
						.sorted().forEach(files::add);
			}
		}
		return files;
	}

	/** All keys of all the bundle's files of text (both languages hold the same, as the first test checks). */
	private static Set<String> keys(Path bundle) throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path base : baseFiles()) {
			if (base.startsWith(bundle)) {
				keys.addAll(load(base).stringPropertyNames());
			}
		}
		return keys;
	}

	private static Path english(Path base) {
		String name = base.getFileName().toString();
		return base.resolveSibling(name.replace(".properties", "_en.properties"));
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		// Java reads resource bundles as UTF-8; so does this test
		try (Reader reader = new StringReader(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))) {
			properties.load(reader);
		}
		return properties;
	}

	private static String relative(Path file) {
		return repository().relativize(file).toString();
	}

}
