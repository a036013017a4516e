package se.samverka.reports.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import se.samverka.diagram.generation.DiagramFilter;
import se.samverka.diagram.generation.DiagramView;
import se.samverka.diagram.generation.Labels;
import se.samverka.diagram.layout.ElkLayoutEngine;
import se.samverka.diagram.model.Diagram;
import se.samverka.diagram.render.PngWriter;
import se.samverka.model.Actor;
import se.samverka.model.ActionPlan;
import se.samverka.model.Agreement;
import se.samverka.model.Appendix;
import se.samverka.model.Body;
import se.samverka.model.BodyKind;
import se.samverka.model.Clause;
import se.samverka.model.ClauseKind;
import se.samverka.model.Commitment;
import se.samverka.model.Coordinator;
import se.samverka.model.FollowUpEntry;
import se.samverka.model.Funding;
import se.samverka.model.Goal;
import se.samverka.model.Measure;
import se.samverka.model.Membership;
import se.samverka.model.NamedElement;
import se.samverka.model.Organisation;
import se.samverka.model.Signature;
import se.samverka.model.Statistic;
import se.samverka.model.Validity;
import se.samverka.model.YearValue;
import se.samverka.reports.Texts;
import se.samverka.validation.Finding;

/**
 * The agreement as a Word document in the order of the Botkyrka sub-agreement (seed 004): a title
 * page with the parties and their organisation numbers, numbered sections from background to
 * signatures with the text the model holds, and appendices with the statistics, the action plan
 * (the columns of seed 004), the follow-up plan and the governance and traceability diagrams.
 */
public final class AgreementDocument {
	private final XWPFDocument document = new XWPFDocument();
	private final Agreement agreement;
	private int section;

	private AgreementDocument(Agreement agreement) {
		this.agreement = agreement;
	}

	public static void write(Agreement agreement, List<Finding> findings, OutputStream out) throws IOException {
		AgreementDocument writer = new AgreementDocument(agreement);
		writer.build(findings);
		writer.document.write(out);
		writer.document.close();
	}

	private void build(List<Finding> findings) throws IOException {
		WordStyles.define(document);
		titlePage();
		background();
		parties();
		appendices();
		term();
		bodies(BodyKind.STEERING_GROUP, "steeringGroup");
		bodies(BodyKind.WORKING_GROUP, "workingGroup");
		forums();
		coordinators();
		situationPicture();
		clauses(ClauseKind.APPENDIX_UPDATES, "updates");
		actionPlans();
		communication();
		followUp();
		for (ClauseKind kind : List.of(ClauseKind.CHANGES, ClauseKind.INFORMATION, ClauseKind.NOTICES,
				ClauseKind.RENEGOTIATION, ClauseKind.EARLY_TERMINATION, ClauseKind.DISPUTES, ClauseKind.OTHER)) {
			clauses(kind, "clause." + kind.name());
		}
		signatures();
		statisticsAppendix();
		actionPlanAppendix();
		followUpAppendix();
		diagramsAppendix(findings);
	}

	private void titlePage() {
		XWPFParagraph title = document.createParagraph();
		title.setStyle(WordStyles.TITLE);
		title.setAlignment(ParagraphAlignment.CENTER);
		title.createRun().setText(nonNull(agreement.getTitle(), agreement.getName()));
		paragraph(Texts.get("kind." + agreement.getKind().name())).setAlignment(ParagraphAlignment.CENTER);
		for (Organisation party : agreement.getParties()) {
			XWPFParagraph line = paragraph(Labels.of(party));
			line.setAlignment(ParagraphAlignment.CENTER);
			if (party.getOrganisationNumber() != null) {
				line.createRun().addBreak();
				line.createRun().setText(Texts.get("organisationNumber", party.getOrganisationNumber()));
			}
		}
		Validity validity = agreement.getValidity();
		if (validity != null) {
			paragraph(Texts.get("term.text", validity.getFrom(), validity.getTo())).setAlignment(ParagraphAlignment.CENTER);
		}
		document.createParagraph().createRun().addBreak(BreakType.PAGE);
	}

	private void background() {
		if (agreement.getBackground() != null || agreement.getScope() != null) {
			heading("background");
			text(agreement.getBackground());
			text(agreement.getScope());
		}
	}

	private void parties() {
		heading("parties");
		for (Organisation party : agreement.getParties()) {
			bullet(Labels.of(party) + (party.getOrganisationNumber() != null
					? ", " + Texts.get("organisationNumber", party.getOrganisationNumber()) : ""));
		}
		if (!agreement.getParticipants().isEmpty()) {
			paragraph(Texts.get("participants") + ": "
					+ agreement.getParticipants().stream().map(Labels::of).collect(Collectors.joining(", ")));
		}
	}

	private void appendices() {
		if (agreement.getAppendices().isEmpty()) {
			return;
		}
		heading("appendices");
		for (Appendix appendix : agreement.getAppendices()) {
			bullet(Texts.get("appendix", Labels.of(appendix), appendix.getNumber()));
		}
	}

	private void term() {
		Validity validity = agreement.getValidity();
		if (validity == null) {
			return;
		}
		heading("term");
		text(Texts.get("term.text", validity.getFrom(), validity.getTo()));
		if (validity.getExtensionYears() > 0) {
			text(Texts.get("term.extension", validity.getExtensionYears()));
		}
		if (validity.getConsultationMonthsBefore() > 0) {
			text(Texts.get("term.consultation", validity.getConsultationMonthsBefore()));
		}
		validity.getConditions().forEach(this::text);
	}

	private void bodies(BodyKind kind, String headingKey) {
		List<Body> bodies = agreement.getBodies().stream().filter(b -> b.getKind() == kind).toList();
		if (bodies.isEmpty()) {
			return;
		}
		heading(headingKey);
		bodies.forEach(body -> body(body, false));
	}

	private void forums() {
		List<Body> forums = agreement.getBodies().stream()
				.filter(b -> b.getKind() != BodyKind.STEERING_GROUP && b.getKind() != BodyKind.WORKING_GROUP).toList();
		if (forums.isEmpty()) {
			return;
		}
		heading("forums");
		forums.forEach(body -> body(body, true));
	}

	private void body(Body body, boolean withHeading) {
		if (withHeading) {
			subheading(Labels.of(body));
		}
		text(body.getDescription());
		text(body.getMandate());
		List<String> members = new ArrayList<>();
		for (Membership member : body.getMembers()) {
			if (member.getRole() != null) {
				members.add(Labels.of(member.getRole()));
			} else if (!member.getCoordinators().isEmpty()) {
				members.add(member.getCoordinators().stream().map(Labels::of).collect(Collectors.joining(", ")));
			} else if (member.getText() != null) {
				members.add(member.getText());
			}
		}
		if (!members.isEmpty()) {
			paragraph(Texts.get("consistsOf", Labels.of(body)));
			members.forEach(this::bullet);
		}
		String chair = Labels.chair(body);
		if (chair != null) {
			text(capitalised(chair) + ".");
		}
		String meets = Labels.meetings(body.getMeets());
		if (meets != null) {
			text(Texts.get("meets", capitalised(meets)));
		}
		if (body.getReportsTo() != null) {
			text(Texts.get("reportsTo", Labels.of(body.getReportsTo())));
		}
		body.getSubBodies().forEach(sub -> body(sub, true));
	}

	private void coordinators() {
		if (agreement.getCoordination() == null) {
			return;
		}
		heading("coordinators");
		for (Coordinator coordinator : agreement.getCoordination().getCoordinators()) {
			String who = coordinator.getRole() != null ? Labels.of(coordinator.getRole()) : coordinator.getName();
			bullet(Texts.get("coordinator", coordinator.getParty() == null ? "" : Labels.of(coordinator.getParty()))
					+ ": " + who + (coordinator.getPerson() != null ? " (" + Labels.of(coordinator.getPerson()) + ")" : ""));
		}
		if (!agreement.getCoordination().getTasks().isEmpty()) {
			paragraph(Texts.get("tasks"));
			agreement.getCoordination().getTasks().forEach(this::bullet);
		}
		text(agreement.getCoordination().getCommitment());
	}

	private void situationPicture() {
		if (agreement.getSituationPicture() == null && agreement.getPriorityAreas().isEmpty()) {
			return;
		}
		heading("situationPicture");
		if (agreement.getSituationPicture() != null) {
			text(agreement.getSituationPicture().getDescription());
			text(agreement.getSituationPicture().getMethod());
			text(agreement.getSituationPicture().getAnalysis());
		}
		if (!agreement.getPriorityAreas().isEmpty()) {
			paragraph(Texts.get("priorityAreas"));
			agreement.getPriorityAreas().forEach(area -> bullet(Labels.of(area)));
		}
	}

	private void actionPlans() {
		if (agreement.getActionPlans().isEmpty()) {
			return;
		}
		heading("actionPlans");
		text(Texts.get("actionPlans.text"));
	}

	private void communication() {
		if (agreement.getCommunicationPlan() == null) {
			return;
		}
		heading("communication");
		subheading(Labels.of(agreement.getCommunicationPlan()));
		agreement.getCommunicationPlan().getTargetGroups().forEach(group -> bullet(Labels.of(group)));
	}

	private void followUp() {
		if (agreement.getFollowUpPlan() == null) {
			return;
		}
		heading("followUp");
		for (FollowUpEntry entry : agreement.getFollowUpPlan().getEntries()) {
			bullet(Labels.of(entry) + (entry.getMethod() != null ? ": " + entry.getMethod() : ""));
		}
	}

	private void clauses(ClauseKind kind, String headingKey) {
		List<Clause> clauses = agreement.getClauses().stream().filter(c -> c.getKind() == kind).toList();
		if (clauses.isEmpty()) {
			return;
		}
		heading(headingKey);
		for (Clause clause : clauses) {
			if (clause.getHeading() != null) {
				subheading(clause.getHeading());
			}
			text(clause.getText());
		}
	}

	private void signatures() {
		if (agreement.getSigning() == null) {
			return;
		}
		heading("signatures");
		if (agreement.getSigning().getCopies() > 0) {
			text(Texts.get("signatures.copies", agreement.getSigning().getCopies()));
		}
		XWPFTable table = table(Texts.get("signature.party"), Texts.get("signature.name"), Texts.get("signature.title"),
				Texts.get("signature.place"));
		for (Signature signature : agreement.getSigning().getSignatures()) {
			row(table, signature.getParty() == null ? "" : Labels.of(signature.getParty()), signature.getSignatory(),
					signature.getSignatoryTitle(), joined(", ", signature.getPlace(),
							signature.getDate() == null ? null : String.valueOf(signature.getDate())));
		}
	}

	private void statisticsAppendix() {
		if (agreement.getSituationPicture() == null || agreement.getSituationPicture().getStatistics().isEmpty()) {
			return;
		}
		appendixHeading("appendix.statistics");
		List<Statistic> statistics = agreement.getSituationPicture().getStatistics();
		TreeSet<Integer> years = new TreeSet<>();
		statistics.forEach(s -> s.getValues().forEach(v -> years.add(v.getYear())));
		List<String> header = new ArrayList<>(List.of(Texts.get("statistics.area"), Texts.get("statistics.category")));
		years.forEach(year -> header.add(String.valueOf(year)));
		XWPFTable table = table(header.toArray(String[]::new));
		for (Statistic statistic : statistics) {
			List<String> cells = new ArrayList<>();
			cells.add(statistic.getArea() == null ? "" : Labels.of(statistic.getArea()));
			cells.add(statistic.getCategory());
			for (int year : years) {
				cells.add(statistic.getValues().stream().filter(v -> v.getYear() == year).map(YearValue::getValue)
						.map(v -> v.stripTrailingZeros().toPlainString()).findFirst().orElse(""));
			}
			row(table, cells.toArray(String[]::new));
		}
	}

	private void actionPlanAppendix() {
		if (agreement.getActionPlans().isEmpty()) {
			return;
		}
		appendixHeading("appendix.actionPlan");
		XWPFTable table = table(Texts.get("action.priorityArea"), Texts.get("action.measure"),
				Texts.get("action.purposeGoal"), Texts.get("action.responsible"), Texts.get("action.when"),
				Texts.get("action.commitment"), Texts.get("action.funding"));
		for (ActionPlan plan : agreement.getActionPlans()) {
			for (Measure measure : plan.getMeasures()) {
				row(table, measure.getPriorityAreas().stream().map(Labels::of).collect(Collectors.joining(", ")),
						joined("\n", Labels.of(measure), measure.getDescription()),
						joined("\n", measure.getPurpose(),
								measure.getGoals().stream().map(Goal::getText).collect(Collectors.joining("\n"))),
						measure.getResponsible().stream().map(AgreementDocument::actor).collect(Collectors.joining(", ")),
						measure.getWhen(),
						measure.getCommitments().stream().map(Commitment::getText).collect(Collectors.joining("\n")),
						measure.getFunding().stream().map(AgreementDocument::funding).collect(Collectors.joining("\n")));
			}
		}
	}

	private void followUpAppendix() {
		if (agreement.getFollowUpPlan() == null || agreement.getFollowUpPlan().getEntries().isEmpty()) {
			return;
		}
		appendixHeading("appendix.followUp");
		XWPFTable table = table(Texts.get("followUp.what"), Texts.get("followUp.method"),
				Texts.get("followUp.responsible"), Texts.get("followUp.frequency"), Texts.get("followUp.reportsTo"));
		for (FollowUpEntry entry : agreement.getFollowUpPlan().getEntries()) {
			String responsible = entry.getResponsibleText() != null ? entry.getResponsibleText()
					: entry.getResponsible().stream().map(AgreementDocument::actor).collect(Collectors.joining(", "));
			row(table, Labels.of(entry), entry.getMethod(), responsible, Labels.meetings(entry.getFrequency()),
					entry.getReportsTo() == null ? null : Labels.of(entry.getReportsTo()));
		}
	}

	private void diagramsAppendix(List<Finding> findings) throws IOException {
		appendixHeading("appendix.diagrams");
		for (DiagramView view : List.of(DiagramView.GOVERNANCE, DiagramView.TRACEABILITY)) {
			Diagram diagram = DiagramFilter.NONE.apply(view.generate(agreement, findings));
			if (diagram.nodes().isEmpty()) {
				continue;
			}
			new ElkLayoutEngine().layout(diagram);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			PngWriter.write(diagram, png);
			java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
			subheading(Texts.get(view == DiagramView.GOVERNANCE ? "diagram.governance" : "diagram.traceability"));
			// fit the page's text width (about 16 cm), keeping the proportions
			double width = Math.min(16 * 360_000.0 / Units.EMU_PER_PIXEL, image.getWidth());
			double height = width * image.getHeight() / image.getWidth();
			try {
				document.createParagraph().createRun().addPicture(new ByteArrayInputStream(png.toByteArray()),
						Document.PICTURE_TYPE_PNG, view.name().toLowerCase() + ".png", Units.pixelToEMU((int) width),
						Units.pixelToEMU((int) height));
			} catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException impossible) {
				throw new IOException(impossible);
			}
		}
	}

	private void heading(String key) {
		XWPFParagraph heading = document.createParagraph();
		heading.setStyle(WordStyles.HEADING_1);
		heading.createRun().setText(++section + ". " + Texts.get(key).toUpperCase(java.util.Locale.ROOT));
	}

	private void appendixHeading(String key) {
		document.createParagraph().createRun().addBreak(BreakType.PAGE);
		XWPFParagraph heading = document.createParagraph();
		heading.setStyle(WordStyles.HEADING_1);
		heading.createRun().setText(Texts.get(key));
	}

	private void subheading(String text) {
		XWPFParagraph heading = document.createParagraph();
		heading.setStyle(WordStyles.HEADING_2);
		heading.createRun().setText(text);
	}

	private XWPFParagraph paragraph(String text) {
		XWPFParagraph paragraph = document.createParagraph();
		lines(paragraph.createRun(), text);
		return paragraph;
	}

	private void text(String text) {
		if (text != null && !text.isBlank()) {
			paragraph(text);
		}
	}

	private void bullet(String text) {
		paragraph("• " + text).setIndentationLeft(360);
	}

	private XWPFTable table(String... header) {
		XWPFTable table = document.createTable(1, header.length);
		table.setWidth("100%");
		XWPFTableRow first = table.getRow(0);
		first.setRepeatHeader(true);
		for (int i = 0; i < header.length; i++) {
			XWPFParagraph cell = first.getCell(i).getParagraphs().get(0);
			XWPFRun run = cell.createRun();
			run.setBold(true);
			run.setText(header[i]);
		}
		return table;
	}

	private static void row(XWPFTable table, String... cells) {
		XWPFTableRow row = table.createRow();
		for (int i = 0; i < cells.length; i++) {
			lines(row.getCell(i).getParagraphs().get(0).createRun(), cells[i] == null ? "" : cells[i]);
		}
	}

	/** A text with line breaks as Word line breaks within one paragraph. */
	private static void lines(XWPFRun run, String text) {
		String[] lines = String.valueOf(text).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}

	private static String actor(Actor actor) {
		return actor instanceof NamedElement named ? Labels.of(named) : String.valueOf(actor);
	}

	private static String funding(Funding funding) {
		return joined(" ", funding.getText(), funding.getAmount() == null ? null : funding.getAmount().toPlainString() + " kr");
	}

	private static String joined(String separator, String... parts) {
		return java.util.Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank())
				.collect(Collectors.joining(separator));
	}

	private static String nonNull(String preferred, String fallback) {
		return preferred != null ? preferred : fallback;
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
