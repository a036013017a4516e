package se.samverka.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import se.samverka.actionplan.ActionPlanFormat;
import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.render.PngWriter;
import se.samverka.diagram.render.SvgWriter;
import se.samverka.exchange.ModelSet;
import se.samverka.exchange.SafeOutput;
import se.samverka.exchange.graph.DotWriter;
import se.samverka.exchange.graph.GraphMlWriter;
import se.samverka.exchange.json.JsonFormat;
import se.samverka.exchange.oef.OpenExchangeWriter;
import se.samverka.exchange.xmi.XmiFormat;
import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.reports.content.AgreementContent;
import se.samverka.reports.content.CommunicationPlanContent;
import se.samverka.reports.content.DocumentContent;
import se.samverka.reports.docx.WordRenderer;
import se.samverka.reports.html.PublicSite;
import se.samverka.reports.pdf.PdfRenderer;
import se.samverka.validation.Finding;
import se.samverka.validation.ModelValidator;

/**
 * The formats a model file can be exported to, each with what it writes: one place that the command
 * line's {@code export} and the workbench's export wizard both use. All but the web site write one
 * file; the web site writes a folder.
 */
public enum ExportFormat {
	DOCX("docx"), PDF("pdf"), HTML("html"), XLSX("xlsx"), CSV("csv"), XMI("xmi"), JSON("json"), OEF("xml"),
	GRAPHML("graphml"), DOT("dot"), SVG("svg"), PNG("png");

	/** Which document a document format writes. */
	public enum Document {
		AGREEMENT, COMMUNICATION_PLAN
	}

	/** What the user chose besides the format: the diagram for diagram formats, the document for documents. */
	public record Options(DiagramView view, Document document) {
		public static final Options DEFAULT = new Options(DiagramView.GOVERNANCE, Document.AGREEMENT);
	}

	private final String extension;

	ExportFormat(String extension) {
		this.extension = extension;
	}

	/** The file name extension; the web site has none, it is a folder. */
	public String extension() {
		return extension;
	}

	/** The name the user picks the format by. */
	public String label() {
		return Texts.get("format." + name());
	}

	/** Whether the format draws one of the diagrams (the view is then asked for). */
	public boolean isDiagram() {
		return this == GRAPHML || this == DOT || this == SVG || this == PNG;
	}

	/** Whether the format is a document of the agreement or of its communication plan. */
	public boolean isDocument() {
		return this == DOCX || this == PDF;
	}

	/** Whether the export is a folder of files rather than one file. */
	public boolean isFolder() {
		return this == HTML;
	}

	/** Thrown when the file holds no agreement (or no communication plan), which a document or a diagram needs. */
	public static final class NoAgreement extends Exception {
		private static final long serialVersionUID = 1L;
	}

	/**
	 * Exports a loaded .samverkan resource (linked with the other files of its folder) to the target
	 * file or folder: never over an existing one unless asked to, whole or not at all.
	 */
	public void write(Resource resource, Options options, Path target, boolean overwrite)
			throws IOException, NoAgreement, SafeOutput.Refused {
		SafeOutput.refuseExisting(target, overwrite, isFolder());
		if (isFolder()) {
			SafeOutput.writeFolder(target, PublicSite.of(agreement(resource)), overwrite);
		} else {
			SafeOutput.write(target, bytes(resource, options), overwrite);
		}
	}

	/** The bytes of a one-file format. */
	public byte[] bytes(Resource resource, Options options) throws IOException, NoAgreement {
		switch (this) {
		case XMI:
			return XmiFormat.write(ModelSet.of(resource));
		case JSON:
			return JsonFormat.write(ModelSet.of(resource)).getBytes(StandardCharsets.UTF_8);
		case HTML:
			throw new IllegalStateException("the web site is a folder");
		default:
			break;
		}
		Agreement agreement = agreement(resource);
		if (this == XLSX || this == CSV) {
			return ActionPlanFormat.valueOf(name()).write(agreement);
		}
		if (this == OEF) {
			return OpenExchangeWriter.write(agreement);
		}
		List<Finding> findings = new ModelValidator().validate((Model) resource.getContents().get(0)).findings();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (isDocument()) {
			DocumentContent content = document(agreement, findings, options.document());
			if (this == DOCX) {
				WordRenderer.write(content, out);
			} else {
				PdfRenderer.write(content, out);
			}
			return out.toByteArray();
		}
		Diagram diagram = DiagramFilter.NONE.apply(options.view().generate(agreement, findings));
		new ElkLayoutEngine().layout(diagram);
		switch (this) {
		case GRAPHML:
			return GraphMlWriter.write(diagram);
		case DOT:
			return DotWriter.write(diagram).getBytes(StandardCharsets.UTF_8);
		case SVG:
			return SvgWriter.write(diagram).getBytes(StandardCharsets.UTF_8);
		default:
			PngWriter.write(diagram, out);
			return out.toByteArray();
		}
	}

	private static DocumentContent document(Agreement agreement, List<Finding> findings, Document document)
			throws IOException, NoAgreement {
		if (document == Document.AGREEMENT) {
			return AgreementContent.of(agreement, findings);
		}
		try {
			return CommunicationPlanContent.of(agreement, findings);
		} catch (CommunicationPlanContent.NoPlan none) {
			throw new NoAgreement();
		}
	}

	private static Agreement agreement(Resource resource) throws NoAgreement {
		Model model = (Model) resource.getContents().get(0);
		if (model.getAgreements().isEmpty()) {
			throw new NoAgreement();
		}
		return model.getAgreements().get(0);
	}
}
