/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;

import se.samverka.dsl.ide.diagramedit.GovernanceOperations.Connect;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.CreateBody;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.CreateMember;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.CreateMemberWithNewRole;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.Delete;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.Disconnect;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.Line;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.MoveBody;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.MoveMember;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.Rename;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.ReorderMember;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.SetAttributes;
import se.samverka.dsl.ide.diagramedit.GovernanceOperations.SetChair;
import se.samverka.dsl.workspace.ModelFolder;

/**
 * The diagram operations as LSP commands ({@code workspace/executeCommand}), so that any client
 * can edit the governance structure: each takes one JSON object naming the model file the
 * diagram shows ({@code uri}) and the elements by name, sends the text edit to the client with
 * {@code workspace/applyEdit} (unless {@code "apply": false}) and answers with it
 * ({@link Result}). docs/diagram-editing.md lists the commands and their arguments.
 */
public class DiagramCommands implements IExecutableCommandService {
	public static final String PREFIX = "samverka.diagram.";
	public static final String CREATE_BODY = PREFIX + "createBody";
	public static final String CREATE_MEMBER = PREFIX + "createMember";
	public static final String MOVE_MEMBER = PREFIX + "moveMember";
	public static final String COPY_MEMBER = PREFIX + "copyMember";
	public static final String REORDER_MEMBER = PREFIX + "reorderMember";
	public static final String MOVE_BODY = PREFIX + "moveBody";
	public static final String CONNECT = PREFIX + "connect";
	public static final String DISCONNECT = PREFIX + "disconnect";
	public static final String SET_CHAIR = PREFIX + "setChair";
	public static final String RENAME = PREFIX + "rename";
	public static final String DANGLING_REFERENCES = PREFIX + "danglingReferences";
	public static final String DELETE = PREFIX + "delete";
	public static final String SET_ATTRIBUTES = PREFIX + "setAttributes";

	static final List<String> ALL = List.of(CREATE_BODY, CREATE_MEMBER, MOVE_MEMBER, COPY_MEMBER, REORDER_MEMBER,
			MOVE_BODY, CONNECT, DISCONNECT, SET_CHAIR, RENAME, DANGLING_REFERENCES, DELETE, SET_ATTRIBUTES);

	/** What a command answers: the edit it made (already sent to the client unless asked not to), or the references a delete would leave. */
	public static final class Result {
		public String label;
		/** the element made or changed, by name */
		public String element;
		public WorkspaceEdit edit;
		/** for danglingReferences: where the text refers to the element */
		public List<DanglingReference> danglingReferences;
	}

	@Inject
	private DiagramEditing editing;

	@Inject
	private MeetingFrequencies frequencies;

	@Inject
	private UriExtensions uris;

	@Override
	public List<String> initialize() {
		return ALL;
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		JsonObject arguments = argumentsOf(params);
		try {
			URI file = uris.toUri(text(arguments, "uri"));
			ResourceSet resources = access.newLiveScopeResourceSet(file);
			for (URI model : folderOf(file)) {
				resources.getResource(model, true);
			}
			FolderModel folder = editing.folder(resources, file);
			Result result = new Result();
			if (DANGLING_REFERENCES.equals(params.getCommand())) {
				result.danglingReferences = editing.danglingReferences(folder, text(arguments, "element"))
						.stream().map(this::inClientForm).toList();
				return result;
			}
			DiagramEdit edit = editing.edit(folder, operation(params.getCommand(), arguments));
			result.label = edit.label();
			result.element = edit.element();
			result.edit = edit.toWorkspaceEdit(uri -> uris.toUriString(URI.createURI(uri)));
			if (!arguments.has("apply") || arguments.get("apply").getAsBoolean()) {
				// not waited for: the client answers after it has changed its documents, which the server reads after this request
				access.getLanguageClient().applyEdit(new ApplyWorkspaceEditParams(result.edit, edit.label()));
			}
			return result;
		} catch (DiagramEditException refused) {
			throw new ResponseErrorException(
					new ResponseError(ResponseErrorCode.InvalidParams, refused.getMessage(), null));
		}
	}

	private DanglingReference inClientForm(DanglingReference reference) {
		return new DanglingReference(uris.toUriString(URI.createURI(reference.file())), reference.line(),
				reference.column(), reference.text());
	}

	/** The operation a command asks for, from its arguments. */
	DiagramOperation operation(String command, JsonObject arguments) throws DiagramEditException {
		return switch (command) {
		case CREATE_BODY -> new CreateBody(optional(arguments, "agreement"), optional(arguments, "parent"),
				GovernanceOperations.bodyKind(text(arguments, "kind")), text(arguments, "title"));
		case CREATE_MEMBER -> arguments.has("role") ? new CreateMember(text(arguments, "body"), text(arguments, "role"))
				: new CreateMemberWithNewRole(text(arguments, "body"), text(arguments, "party"),
						text(arguments, "roleTitle"));
		case MOVE_MEMBER, COPY_MEMBER -> new MoveMember(text(arguments, "body"), number(arguments, "index"),
				text(arguments, "target"), arguments.has("targetIndex") ? number(arguments, "targetIndex") : -1,
				command.equals(COPY_MEMBER));
		case REORDER_MEMBER -> new ReorderMember(text(arguments, "body"), number(arguments, "from"),
				number(arguments, "to"));
		case MOVE_BODY -> new MoveBody(text(arguments, "body"), optional(arguments, "target"));
		case CONNECT -> new Connect(Line.of(text(arguments, "line")), text(arguments, "source"),
				text(arguments, "target"));
		case DISCONNECT -> new Disconnect(Line.of(text(arguments, "line")), text(arguments, "body"));
		case SET_CHAIR -> arguments.has("role") ? SetChair.fixed(text(arguments, "body"), text(arguments, "role"))
				: SetChair.rotating(text(arguments, "body"), texts(arguments, "rotatesBetween"),
						texts(arguments, "roles"), arguments.has("termYears") ? number(arguments, "termYears") : 0);
		case RENAME -> new Rename(text(arguments, "element"), text(arguments, "title"));
		case DELETE -> arguments.has("member") ? Delete.member(text(arguments, "body"), number(arguments, "member"))
				: Delete.element(text(arguments, "element"));
		case SET_ATTRIBUTES -> setAttributes(arguments);
		default -> throw new IllegalArgumentException(command);
		};
	}

	private SetAttributes setAttributes(JsonObject arguments) throws DiagramEditException {
		String meets = optional(arguments, "meets");
		boolean noMeetings = meets != null && meets.isBlank();
		String kind = optional(arguments, "kind");
		return new SetAttributes(text(arguments, "body"), optional(arguments, "title"),
				kind == null ? null : GovernanceOperations.bodyKind(kind),
				meets == null || noMeetings ? null : frequencies.parse(meets), noMeetings, optional(arguments, "mandate"));
	}

	/** The models of the file's folder: its .samverkan files, the file itself among them. */
	private List<URI> folderOf(URI file) {
		List<URI> models = new ArrayList<>();
		models.add(file);
		if (file.isFile()) {
			try (Stream<Path> siblings = Files.list(Path.of(file.toFileString()).getParent())) {
				siblings.filter(ModelFolder::isModelFile).sorted()
						.map(path -> uris.toUri(path.toUri().toString())).filter(uri -> !uri.equals(file))
						.forEach(models::add);
			} catch (IOException unreadable) {
				// the folder cannot be listed: the file alone, as the server's own scope would see it
			}
		}
		return models;
	}

	private static JsonObject argumentsOf(ExecuteCommandParams params) {
		List<Object> arguments = params.getArguments();
		Object first = arguments == null || arguments.isEmpty() ? null : arguments.get(0);
		if (first instanceof JsonObject object) {
			return object;
		}
		if (first instanceof String json) {
			return JsonParser.parseString(json).getAsJsonObject();
		}
		throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
				EditTexts.get("missingArgument", "uri"), null));
	}

	private static String optional(JsonObject arguments, String name) {
		JsonElement value = arguments.get(name);
		return value == null || value.isJsonNull() ? null : value.getAsString();
	}

	private static String text(JsonObject arguments, String name) throws DiagramEditException {
		String value = optional(arguments, name);
		if (value == null) {
			throw new DiagramEditException("missingArgument", name);
		}
		return value;
	}

	private static int number(JsonObject arguments, String name) throws DiagramEditException {
		JsonElement value = arguments.get(name);
		if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
			throw new DiagramEditException("missingArgument", name);
		}
		return value.getAsInt();
	}

	private static List<String> texts(JsonObject arguments, String name) throws DiagramEditException {
		JsonElement value = arguments.get(name);
		if (value == null || !value.isJsonArray()) {
			return List.of();
		}
		List<String> texts = new ArrayList<>();
		for (JsonElement one : (JsonArray) value) {
			texts.add(one.getAsString());
		}
		return texts;
	}
}
