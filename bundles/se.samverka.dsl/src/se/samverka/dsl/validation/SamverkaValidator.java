package se.samverka.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import se.samverka.model.Model;
import se.samverka.model.NamedElement;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.labels.KindNames;
import se.samverka.model.nls.Texts;
import se.samverka.validation.Finding;
import se.samverka.validation.ModelValidator;
import se.samverka.validation.Rule;

/**
 * Brings the rule catalogue (se.samverka.validation) into Xtext, so the editor, the language
 * server and the command line report the same findings. Rule S1 is Xtext's own here: unresolved
 * references come from the linker, duplicate names from the qualified names the DSL gives.
 */
public class SamverkaValidator extends AbstractSamverkaValidator {
	private static final Texts TEXTS = new Texts(SamverkaValidator.class, "se.samverka.dsl.validation.messages");

	@Inject
	private IQualifiedNameProvider names;

	private final ModelValidator rules = new ModelValidator();

	@Check
	public void ruleCatalogue(Model model) {
		ModelValidator.Result result = rules.validate(model);
		LastValidation.record(model, result);
		for (Finding finding : result.findings()) {
			if (finding.rule() == Rule.S1) {
				continue;
			}
			switch (finding.rule().severity()) {
			case ERROR -> error(finding.message(), finding.element(), finding.feature(), finding.rule().name());
			case WARNING -> warning(finding.message(), finding.element(), finding.feature(), finding.rule().name());
			case INFO -> info(finding.message(), finding.element(), finding.feature(), finding.rule().name());
			}
		}
	}

	/** S1: two elements of the same kind may not share a qualified name. */
	@Check
	public void namesAreUniqueInTheirScope(Model model) {
		Map<String, NamedElement> seen = new HashMap<>();
		for (var contents = model.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (!(object instanceof NamedElement element)) {
				continue;
			}
			QualifiedName name = names.getFullyQualifiedName(element);
			if (name == null) {
				continue;
			}
			String key = element.eClass().getName() + ":" + name;
			if (seen.putIfAbsent(key, element) != null) {
				error(TEXTS.get("duplicateName", KindNames.of(element.eClass()), element.getName()), element,
						SamverkaPackage.Literals.NAMED_ELEMENT__NAME, Rule.S1.name());
			}
		}
	}
}
