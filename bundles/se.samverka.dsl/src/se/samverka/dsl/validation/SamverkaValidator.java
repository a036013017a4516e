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
import se.samverka.model.nls.Texts;
import se.samverka.model.nls.TypeNames;

/**
 * Checks of the text itself. The rule catalogue (S1…F2) is run on the model however it was
 * loaded; here is only what needs the names the DSL gives: two elements of the same kind may
 * not share a name where a reference could not tell them apart (rule S1).
 */
public class SamverkaValidator extends AbstractSamverkaValidator {
	public static final String DUPLICATE_NAME = "S1";

	private static final Texts TEXTS = new Texts(SamverkaValidator.class, "se.samverka.dsl.validation.messages");

	@Inject
	private IQualifiedNameProvider names;

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
			NamedElement earlier = seen.putIfAbsent(key, element);
			if (earlier != null) {
				error(TEXTS.get("duplicateName", TypeNames.of(element.eClass()), element.getName()), element,
						SamverkaPackage.Literals.NAMED_ELEMENT__NAME, DUPLICATE_NAME);
			}
		}
	}
}
