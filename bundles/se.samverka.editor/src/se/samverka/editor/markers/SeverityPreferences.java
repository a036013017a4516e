package se.samverka.editor.markers;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.lsp4j.DiagnosticSeverity;

import se.samverka.editor.EditorPlugin;

/**
 * The user's choice of severity per validation rule (the preference page writes it): a rule's
 * findings may be shown as error, warning or information, or not at all. Without a choice the
 * severity of the rule catalogue holds.
 */
public final class SeverityPreferences {
	public static final String PREFIX = "severity.";
	public static final String ERROR = "error";
	public static final String WARNING = "warning";
	public static final String INFO = "info";
	public static final String IGNORE = "ignore";
	public static final String DEFAULT = "default";

	private SeverityPreferences() {
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(EditorPlugin.ID);
	}

	public static String choice(String code) {
		return node().get(PREFIX + code, DEFAULT);
	}

	/** The marker severity for a finding, or null if the user chose not to see this rule. */
	static Integer markerSeverity(String code, DiagnosticSeverity fromServer) {
		String choice = code == null ? DEFAULT : choice(code);
		return switch (choice) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		case IGNORE -> null;
		default -> fromServer == DiagnosticSeverity.Error ? IMarker.SEVERITY_ERROR
				: fromServer == DiagnosticSeverity.Warning ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
		};
	}
}
