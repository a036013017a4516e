/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;

import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.dsl.SamverkaStandaloneSetup;
import se.samverka.dsl.workspace.ModelFolder;
import se.samverka.model.Agreement;
import se.samverka.reports.docx.AgreementDocument;
import se.samverka.reports.html.PublicSite;
import se.samverka.model.Model;
import se.samverka.validation.Finding;
import se.samverka.validation.ModelValidator;

/**
 * How the costs grow with the model: for N synthetic municipalities, parse + link + validate the
 * DSL, load the same model from XMI (and run the rules on it), and re-validate after a one-line
 * edit of one file, and generate and lay out the governance view of every agreement beside
 * Graphviz dot on the same graphs; medians of repeated runs after warm-up, with the peak heap of each.
 * Usage: bench/run scale [--short] [--loading | --governance] [N...]
 */
public final class ScaleBenchmark {
	private static Injector injector;
	/** How many municipalities the layout's stability is measured on. */
	private static final int STABILITY_SAMPLE = 30;

	private ScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		boolean shortMode = Arrays.asList(args).contains("--short");
		// only the loading: parse, link and validate against XMI, and the one-line edit
		boolean loadingOnly = Arrays.asList(args).contains("--loading");
		// only the governance layout, beside dot, and how far it moves after small changes
		boolean governanceOnly = Arrays.asList(args).contains("--governance");
		List<Integer> sizes = new ArrayList<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				sizes.add(Integer.parseInt(arg));
			}
		}
		if (sizes.isEmpty()) {
			sizes = shortMode ? List.of(1, 10) : List.of(1, 10, 100, 290);
		}
		int runs = shortMode ? 1 : 5;
		injector = new SamverkaStandaloneSetup().createInjectorAndDoEMFRegistration();
		Path work = Files.createTempDirectory("samverka-scale");
		if (governanceOnly) {
			System.out.printf(Locale.ROOT, "%5s %8s %10s %10s %10s %10s %10s %10s", "N", "boxes", "gen ms", "elk ms",
					"elk cpu ms", "elk MB", "dot ms", "elk/dot");
			for (LayoutStability.Change change : LayoutStability.Change.values()) {
				System.out.printf(Locale.ROOT, " %18s", change.title);
			}
			System.out.println();
		} else if (loadingOnly) {
			System.out.printf(Locale.ROOT, "%5s %8s %12s %10s %12s %10s %8s %12s %10s%n", "N", "lines", "dsl ms", "dsl MB",
					"xmi ms", "xmi MB", "dsl/xmi", "edit ms", "edit MB");
		} else {
			System.out.printf(Locale.ROOT, "%5s %8s %12s %10s %12s %10s %8s %12s %10s %10s %10s %10s %10s %10s %10s %10s %10s%n",
					"N", "lines", "dsl ms", "dsl MB", "xmi ms", "xmi MB", "dsl/xmi", "edit ms", "edit MB", "boxes", "elk ms",
					"elk MB", "dot ms", "docx ms", "docx MB", "html ms", "html MB");
		}
		for (int n : sizes) {
			Path folder = work.resolve("n" + n);
			List<Path> files = SyntheticModels.write(folder, n, 2026);
			long lines = 0;
			for (Path file : files) {
				lines += Files.readAllLines(file).size();
			}
			if (governanceOnly) {
				Governance governance = measureGovernance(runs, files, folder.resolve("governance.dot"));
				System.out.printf(Locale.ROOT, "%5d %8d %10d %10d %10d %10d %10d %10.2f", n, governance.boxes,
						governance.generation.millis, governance.elk.millis,
						governance.elk.cpuMillis, governance.elk.peakMb, governance.dot.millis,
						(double) governance.elk.millis / Math.max(1, governance.dot.millis));
				// the stability on the first municipalities (each is laid out twice, after its text is parsed again)
				List<Path> measured = files.subList(0, Math.min(files.size(), STABILITY_SAMPLE));
				for (LayoutStability.Change change : LayoutStability.Change.values()) {
					LayoutStability.Result result = LayoutStability.measure(injector, measured, change,
							folder.resolve("edited-" + change.name()));
					System.out.printf(Locale.ROOT, " %9.1f %% of %4d", result.percent(), result.measured());
				}
				System.out.println();
				continue;
			}
			Measure dsl = measure(runs, () -> loadAndValidateDsl(files));
			List<Path> xmiFiles = saveAsXmi(files, folder.resolve("xmi"));
			Measure xmi = measure(runs, () -> loadAndValidateXmi(xmiFiles));
			Measure edit = measureEdit(runs, files);
			if (loadingOnly) {
				System.out.printf(Locale.ROOT, "%5d %8d %12d %10d %12d %10d %8.2f %12d %10d%n", n, lines, dsl.millis,
						dsl.peakMb, xmi.millis, xmi.peakMb, (double) dsl.millis / Math.max(1, xmi.millis), edit.millis,
						edit.peakMb);
				continue;
			}
			Governance governance = measureGovernance(runs, files, folder.resolve("governance.dot"));
			// one Word document per municipality, with its two diagrams: a single run (it is the slowest part)
			Measure docx = measureDocx(files);
			Measure html = measureHtml(files);
			System.out.printf(Locale.ROOT, "%5d %8d %12d %10d %12d %10d %8.2f %12d %10d %10d %10d %10d %10d %10d %10d %10d %10d%n",
					n, lines, dsl.millis, dsl.peakMb, xmi.millis, xmi.peakMb, (double) dsl.millis / Math.max(1, xmi.millis),
					edit.millis, edit.peakMb, governance.boxes, governance.elk.millis, governance.elk.peakMb,
					governance.dot.millis, docx.millis, docx.peakMb, html.millis, html.peakMb);
		}
	}

	/** The median wall time, the peak heap, and the median CPU time of the measuring thread (on a shared machine the steadier figure). */
	private record Measure(long millis, long peakMb, long cpuMillis) {
	}

	private interface Work {
		void run() throws Exception;
	}

	private static Measure measure(int runs, Work work) throws Exception {
		work.run(); // warm-up
		long[] times = new long[runs];
		long[] cpu = new long[runs];
		long peak = 0;
		java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < runs; i++) {
			System.gc();
			HeapPeaks.reset();
			long start = System.nanoTime();
			long startCpu = threads.getCurrentThreadCpuTime();
			work.run();
			times[i] = (System.nanoTime() - start) / 1_000_000;
			cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
			peak = Math.max(peak, HeapPeaks.megabytes());
		}
		Arrays.sort(times);
		Arrays.sort(cpu);
		return new Measure(times[runs / 2], peak, cpu[runs / 2]);
	}

	/** What {@code samverka validate} does: load the folder (parsed in parallel, names indexed), validate every file. */
	private static void loadAndValidateDsl(List<Path> files) throws Exception {
		ModelFolder folder = injector.getInstance(ModelFolder.class);
		folder.load(files);
		for (Path file : files) {
			folder.validate(file, CancelIndicator.NullImpl);
		}
	}

	private static List<Path> saveAsXmi(List<Path> files, Path folder) throws IOException {
		Files.createDirectories(folder);
		XtextResourceSet dsl = injector.getInstance(XtextResourceSet.class);
		for (Path file : files) {
			dsl.getResource(URI.createFileURI(file.toString()), true);
		}
		EcoreUtil.resolveAll(dsl);
		ResourceSet xmi = xmiResourceSet();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		List<Path> written = new ArrayList<>();
		for (Resource resource : dsl.getResources()) {
			Path target = folder.resolve(resource.getURI().trimFileExtension().lastSegment() + ".xmi");
			Resource copy = xmi.createResource(URI.createFileURI(target.toString()));
			copy.getContents().addAll(copier.copyAll(resource.getContents()));
			written.add(target);
		}
		copier.copyReferences();
		for (Resource resource : xmi.getResources()) {
			resource.save(Map.of());
		}
		return written;
	}

	private static void loadAndValidateXmi(List<Path> files) {
		ResourceSet set = xmiResourceSet();
		for (Path file : files) {
			set.getResource(URI.createFileURI(file.toString()), true);
		}
		EcoreUtil.resolveAll(set);
		ModelValidator rules = new ModelValidator();
		for (Resource resource : set.getResources()) {
			rules.validate((Model) resource.getContents().get(0));
		}
	}

	/** A workspace loaded once; then one line of one file changes and only that file is parsed and validated again. */
	private static Measure measureEdit(int runs, List<Path> files) throws Exception {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		for (Path file : files) {
			set.getResource(URI.createFileURI(file.toString()), true);
		}
		EcoreUtil.resolveAll(set);
		XtextResource edited = (XtextResource) set.getResources().get(0);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		return measure(runs, () -> {
			// one line changes back and forth: the steering group's mandate
			String text = edited.getParseResult().getRootNode().getText();
			String from = text.contains("\"Beslutar.\"") ? "\"Beslutar.\"" : "\"Beslutar nu.\"";
			String to = from.equals("\"Beslutar.\"") ? "\"Beslutar nu.\"" : "\"Beslutar.\"";
			edited.update(text.indexOf(from), from.length(), to);
			EcoreUtil.resolveAll(edited);
			validator.validate(edited, CheckMode.ALL, CancelIndicator.NullImpl);
		});
	}

	private record Governance(int boxes, Measure generation, Measure elk, Measure dot) {
	}

	/**
	 * The governance view of every municipality's agreement: its generation, then its ELK layout in
	 * Java (the diagrams generated afresh, untimed, before each run), and Graphviz dot on the same
	 * graphs (one DOT file, one process, its start included).
	 */
	private static Governance measureGovernance(int runs, List<Path> files, Path dotFile) throws Exception {
		Map<Agreement, List<Finding>> agreements = agreementsWithFindings(files);
		List<Diagram> diagrams = new ArrayList<>();
		Work generate = () -> {
			diagrams.clear();
			agreements.forEach((agreement, findings) -> diagrams.add(DiagramView.GOVERNANCE.generate(agreement, findings)));
		};
		Measure generation = measure(runs, generate);
		long[] times = new long[runs];
		long[] cpu = new long[runs];
		long peak = 0;
		java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = -1; i < runs; i++) { // the first a warm-up
			generate.run();
			System.gc();
			HeapPeaks.reset();
			long start = System.nanoTime();
			long startCpu = threads.getCurrentThreadCpuTime();
			ElkLayoutEngine engine = new ElkLayoutEngine();
			diagrams.forEach(engine::layout);
			if (i >= 0) {
				times[i] = (System.nanoTime() - start) / 1_000_000;
				cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
				peak = Math.max(peak, HeapPeaks.megabytes());
			}
		}
		Arrays.sort(times);
		Arrays.sort(cpu);
		Measure elk = new Measure(times[runs / 2], peak, cpu[runs / 2]);
		Files.writeString(dotFile, GraphvizDot.dot(diagrams));
		Measure dot = measure(runs, () -> GraphvizDot.run(dotFile));
		return new Governance(diagrams.stream().mapToInt(d -> d.nodes().size()).sum(), generation, elk, dot);
	}

	/** Every municipality's agreement as a Word document (title page, sections, appendices, two diagrams), in memory. */
	private static Measure measureDocx(List<Path> files) throws Exception {
		Map<Agreement, List<Finding>> agreements = agreementsWithFindings(files);
		return measure(1, () -> {
			for (var entry : agreements.entrySet()) {
				AgreementDocument.write(entry.getKey(), entry.getValue(), java.io.OutputStream.nullOutputStream());
			}
		});
	}

	/** Every municipality's agreement as a public web site (pages and two SVG diagrams each), in memory. */
	private static Measure measureHtml(List<Path> files) throws Exception {
		Map<Agreement, List<Finding>> agreements = agreementsWithFindings(files);
		return measure(1, () -> agreements.keySet().forEach(PublicSite::of));
	}

	/** Every agreement of the folder, linked, with the findings of its model (made before any timing). */
	private static Map<Agreement, List<Finding>> agreementsWithFindings(List<Path> files) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		for (Path file : files) {
			set.getResource(URI.createFileURI(file.toString()), true);
		}
		EcoreUtil.resolveAll(set);
		Map<Agreement, List<Finding>> agreements = new LinkedHashMap<>();
		ModelValidator rules = new ModelValidator();
		for (Resource resource : set.getResources()) {
			Model model = (Model) resource.getContents().get(0);
			List<Finding> findings = rules.validate(model).findings();
			model.getAgreements().forEach(agreement -> agreements.put(agreement, findings));
		}
		return agreements;
	}

	private static ResourceSet xmiResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		return set;
	}


}
