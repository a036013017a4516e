/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.dsl.conversion;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

import se.samverka.model.nls.Texts;
import se.samverka.model.time.PartialDate;

/**
 * Dates (whole or partial) and whole numbers as users write them, with a message in their language when one is not valid.
 * One instance per language: Xtext's superclass is a singleton, but the annotation is not inherited, and each new
 * instance walks the whole grammar again to find its converters (once per parsed file and per linked file).
 */
@Singleton
public class SamverkaValueConverters extends DefaultTerminalConverters {
	private static final Texts TEXTS = new Texts(SamverkaValueConverters.class, "se.samverka.dsl.conversion.messages");

	@Override
	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		return new IValueConverter<>() {
			@Override
			public Integer toValue(String string, INode node) {
				try {
					return Integer.valueOf(string);
				} catch (NumberFormatException e) {
					throw new ValueConverterException(TEXTS.get("invalidInteger", string), node, null);
				}
			}

			@Override
			public String toString(Integer value) {
				return String.valueOf(value);
			}
		};
	}

	@ValueConverter(rule = "IsoDate")
	public IValueConverter<LocalDate> isoDate() {
		return new IValueConverter<>() {
			@Override
			public LocalDate toValue(String string, INode node) {
				try {
					return LocalDate.parse(string);
				} catch (DateTimeParseException e) {
					// no cause: Xtext would report the cause's English text instead of ours
					throw new ValueConverterException(TEXTS.get("invalidDate", string), node, null);
				}
			}

			@Override
			public String toString(LocalDate value) {
				return value.toString();
			}
		};
	}

	/** A partial date is written as a text ("hösten 2018") and kept as written. */
	@ValueConverter(rule = "PartialDateText")
	public IValueConverter<PartialDate> partialDate() {
		return new IValueConverter<>() {
			@Override
			public PartialDate toValue(String string, INode node) {
				String text = STRING().toValue(string, node);
				try {
					return text == null ? null : PartialDate.parse(text);
				} catch (IllegalArgumentException e) {
					throw new ValueConverterException(TEXTS.get("invalidPartialDate", text), node, null);
				}
			}

			@Override
			public String toString(PartialDate value) {
				return STRING().toString(value.toString());
			}
		};
	}
}
