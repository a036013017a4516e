/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.exchange;

/** A file that cannot be read as the format it claims to be, with the place where reading stopped. */
public class ExchangeException extends Exception {
	private static final long serialVersionUID = 1L;
	private final int line;
	private final int column;

	public ExchangeException(String message, int line, int column) {
		super(message);
		this.line = line;
		this.column = column;
	}

	/** 1-based; 0 when the format gives no place. */
	public int line() {
		return line;
	}

	/** 1-based; 0 when the format gives no place. */
	public int column() {
		return column;
	}
}
