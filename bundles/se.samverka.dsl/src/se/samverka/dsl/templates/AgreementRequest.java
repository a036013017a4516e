package se.samverka.dsl.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the "new agreement" wizard asks for.
 *
 * @param shape what the file starts from
 * @param municipality the municipality as it is to be written, e.g. "Botkyrka kommun"
 * @param policeArea the local police area as it is to be written, e.g. "Lokalpolisområde Botkyrka"
 * @param districts the municipality's districts (kommundelar), e.g. "Tumba", "Hallunda-Norsborg";
 *            required for {@link Shape#SUB_AGREEMENT}, which gives each an area group
 * @param startYear the year the agreement starts (1 January)
 */
public record AgreementRequest(Shape shape, String municipality, String policeArea, List<String> districts,
		int startYear) {

	public AgreementRequest {
		// a copy that may hold null entries, so that validation can name them
		districts = districts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(districts));
	}
}
