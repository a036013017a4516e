/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import se.samverka.model.Agreement;
import se.samverka.model.Model;
import se.samverka.model.Period;

/** The text a coordinator writes: Swedish letters, ISO dates, decimals, comments. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SamverkaInjectorProvider.class)
class ParsingTest {
	@Inject
	private ParseHelper<Model> parser;

	@Test
	void swedishLettersInNamesAndStringsDatesAndDecimals() throws Exception {
		Model model = parser.parse("""
				// Områden i Botkyrka
				område Hallunda-Norsborg "Hallunda–Norsborg" /* kommundel */
				avtal Överenskommelse "Överenskommelse om trygghet i Åby" {
					typ medborgarlöften
					giltighet {
						från 2024-01-01 till 2024-12-31
					}
					arbetsgrupp Arbetsgruppen {
						sammanträder minst 1 gång per kvartal
					}
					lägesbild Lägesbild {
						statistik Rån: Hallunda-Norsborg "Rån" 2022: 12.5, 2023: 10 minskar mått per-hundratusen
					}
				}
				""");
		assertEquals(java.util.List.of(), model.eResource().getErrors());
		assertEquals("Hallunda-Norsborg", model.getAreas().get(0).getName());
		Agreement agreement = model.getAgreements().get(0);
		assertEquals("Överenskommelse", agreement.getName());
		assertEquals("Överenskommelse om trygghet i Åby", agreement.getTitle());
		assertEquals(LocalDate.of(2024, 1, 1), agreement.getValidity().getFrom());
		var statistic = agreement.getSituationPicture().getStatistics().get(0);
		assertEquals(new BigDecimal("12.5"), statistic.getValues().get(0).getValue());
		assertEquals(model.getAreas().get(0), statistic.getArea());
		var meets = agreement.getBodies().get(0).getMeets();
		assertEquals(Period.QUARTER, meets.getPer());
		assertEquals(1, meets.getTimes());
		assertEquals(true, meets.isAtLeast());
	}

	@Test
	void aSyntaxErrorIsReportedWithItsLine() throws Exception {
		Model model = parser.parse("""
				avtal A {
					typ underavtal
					giltighet { från 2014-12-01 }
				}
				""");
		assertFalse(model.eResource().getErrors().isEmpty());
		assertEquals(3, model.eResource().getErrors().get(0).getLine());
	}
}
