/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Every PDF of every example, read by veraPDF: the PDF export meets PDF/UA-1 (what Swedish public
 * bodies publish must be accessible, lag 2018:1937), the archive export PDF/A-2 level A as it
 * claims, and PDF/UA-1 too. Zero failed rules; a failure names each rule broken, its clause in the
 * standard and what it asks.
 */
class PdfConformanceTest {
	/** The level of PDF/A-2 that the archive format claims in its metadata. */
	private static final PDFAFlavour ARCHIVE = PDFAFlavour.PDFA_2_A;

	@BeforeAll
	static void startVeraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@TestFactory
	List<DynamicTest> everyPdfMeetsPdfUa1() throws Exception {
		return checks("pdf", List.of(PDFAFlavour.PDFUA_1));
	}

	@TestFactory
	List<DynamicTest> everyArchivePdfMeetsPdfA2AndPdfUa1() throws Exception {
		return checks("pdfa", List.of(ARCHIVE, PDFAFlavour.PDFUA_1));
	}

	private static List<DynamicTest> checks(String format, List<PDFAFlavour> flavours) throws Exception {
		List<DynamicTest> checks = new ArrayList<>();
		for (ExampleExports.Export pdf : ExampleExports.write(format, ExampleExports.output(format))) {
			checks.add(DynamicTest.dynamicTest(pdf.description() + " in Swedish, titled, in real faces",
					() -> assertSwedishTitledAndInRealFaces(pdf)));
			for (PDFAFlavour flavour : flavours) {
				checks.add(DynamicTest.dynamicTest(pdf.description() + " " + flavour.getId(),
						() -> assertMeets(pdf, flavour)));
			}
		}
		return checks;
	}

	private static void assertMeets(ExampleExports.Export pdf, PDFAFlavour flavour) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.path().toFile(), flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);
			assertEquals(flavour, result.getPDFAFlavour(), "the profile veraPDF checked");
			if (flavour.getPart().getFamily() == PDFAFlavour.SpecificationFamily.PDF_A) {
				try (PDFAParser claimed = Foundries.defaultInstance().createParser(pdf.path().toFile())) {
					assertEquals(flavour, claimed.getFlavour(), "the PDF/A level the metadata of " + pdf.path() + " claims");
				}
			}
			assertTrue(result.getTotalAssertions() > 0, "veraPDF checked something in " + pdf.path());
			Map<RuleId, Integer> failed = result.getFailedChecks();
			assertTrue(result.isCompliant() && failed.isEmpty(), () -> pdf.path() + " breaks " + failed.size()
					+ " rules of " + flavour.getId() + ":\n" + describe(failed, validator));
		}
	}

	/**
	 * What veraPDF's rules leave open: the language is Swedish as written in Sweden, the title in the
	 * document information is the one in the XMP metadata, and the headings are set in Liberation
	 * Sans's bold face rather than a regular face drawn thicker; every font is embedded.
	 */
	private static void assertSwedishTitledAndInRealFaces(ExampleExports.Export pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.path().toFile())) {
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			assertEquals("sv-SE", catalog.getLanguage(), "/Lang of " + pdf.path());
			String title = document.getDocumentInformation().getTitle();
			assertTrue(title != null && !title.isBlank(), "a title in " + pdf.path());
			DomXmpParser xmp = new DomXmpParser();
			// xmpbox knows no PDF/UA schema; veraPDF checks that one
			xmp.setStrictParsing(false);
			DublinCoreSchema dc = xmp.parse(catalog.getMetadata().toByteArray()).getDublinCoreSchema();
			assertEquals(title, dc.getTitle(), "dc:title of " + pdf.path());
			assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the title is shown, not the file name");
			Set<String> faces = new TreeSet<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " is embedded in " + pdf.path());
					// a subset's name starts with a tag: ABCDEF+LiberationSans-Bold
					faces.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
				}
			}
			assertTrue(faces.contains("LiberationSans") && faces.contains("LiberationSans-Bold"),
					"the text in Liberation Sans, the headings in its bold face: " + faces);
		}
	}

	private static String describe(Map<RuleId, Integer> failed, PDFAValidator validator) {
		return failed.entrySet().stream()
				.sorted(Comparator.comparing((Map.Entry<RuleId, Integer> e) -> e.getKey().getClause())
						.thenComparing(e -> e.getKey().getTestNumber()))
				.map(e -> {
					RuleId id = e.getKey();
					Rule rule = validator.getProfile().getRuleByRuleId(id);
					return "  " + id.getSpecification().getId() + " clause " + id.getClause() + " test "
							+ id.getTestNumber() + " (" + e.getValue() + "×): "
							+ (rule == null ? "" : rule.getDescription());
				}).collect(Collectors.joining("\n"));
	}
}
