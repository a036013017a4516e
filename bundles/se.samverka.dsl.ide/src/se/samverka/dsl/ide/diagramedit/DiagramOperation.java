/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.ide.diagramedit;

/**
 * One semantic edit of the governance structure, as a diagram's gesture asks for it (a palette
 * tool, a drag, a new line, a rename, a delete). It changes the model only; {@link DiagramEditing}
 * writes the change back as text.
 */
public interface DiagramOperation {

	/** The edit's name, as an editor's undo menu shows it: the text {@code edit.} and the operation's name ({@code edit.createBody}). */
	default String label() {
		String name = getClass().getSimpleName();
		return EditTexts.get("edit." + Character.toLowerCase(name.charAt(0)) + name.substring(1));
	}

	/**
	 * Changes the folder's model.
	 *
	 * @return the name of the element the edit made or changed, for the client to select, or null
	 */
	String perform(FolderModel model) throws DiagramEditException;
}
