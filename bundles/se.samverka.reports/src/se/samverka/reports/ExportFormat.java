package se.samverka.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.resource.Resource;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.exchange.ModelSet;
import se.samverka.exchange.graph.DotWriter;
import se.samverka.exchange.graph.GraphMlWriter;
import se.samverka.exchange.json.JsonFormat;
import se.samverka.exchange.xmi.XmiFormat;
import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.reports.docx.AgreementDocument;
import se.samverka.validation.Finding;
import se.samverka.validation.ModelValidator;

/**
 * The formats a model file can be exported to, each with the bytes it writes: one place that the
 * command line's {@code export} and the workbench's export wizard both use.
 */
public enum ExportFormat {
	DOCX("docx"), XMI("xmi"), JSON("json"), GRAPHML("graphml"), DOT("dot");

	private final String extension;

	ExportFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	/** Whether the format draws one of the diagrams (the view is then asked for). */
	public boolean isDiagram() {
		return this == GRAPHML || this == DOT;
	}

	/** Thrown when the file holds no agreement, which a document or a diagram needs. */
	public static final class NoAgreement extends Exception {
		private static final long serialVersionUID = 1L;
	}

	/** The export of a loaded .samverkan resource (linked with the other files of its folder). */
	public byte[] bytes(Resource resource, DiagramView view) throws IOException, NoAgreement {
		switch (this) {
		case XMI:
			return XmiFormat.write(ModelSet.of(resource));
		case JSON:
			return JsonFormat.write(ModelSet.of(resource)).getBytes(StandardCharsets.UTF_8);
		default:
			break;
		}
		Model model = (Model) resource.getContents().get(0);
		if (model.getAgreements().isEmpty()) {
			throw new NoAgreement();
		}
		Agreement agreement = model.getAgreements().get(0);
		java.util.List<Finding> findings = new ModelValidator().validate(model).findings();
		if (this == DOCX) {
			ByteArrayOutputStream docx = new ByteArrayOutputStream();
			AgreementDocument.write(agreement, findings, docx);
			return docx.toByteArray();
		}
		Diagram diagram = DiagramFilter.NONE.apply(view.generate(agreement, findings));
		new ElkLayoutEngine().layout(diagram);
		return this == GRAPHML ? GraphMlWriter.write(diagram) : DotWriter.write(diagram).getBytes(StandardCharsets.UTF_8);
	}
}
