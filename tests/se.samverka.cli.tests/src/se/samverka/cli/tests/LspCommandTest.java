/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samverka.cli.Main;

/**
 * {@code samverka lsp}: standard output is the protocol's stream, so nothing but LSP messages
 * may appear there, not even what the server's libraries print.
 */
class LspCommandTest {
	private static final long SECONDS = 120;

	@TempDir
	Path workspace;

	@Test
	void standardOutputCarriesNothingButLspMessages() throws Exception {
		Files.writeString(workspace.resolve("avtal.samverkan"), "avtal A {\n\ttyp ramavtal\n\tparter Polisen\n}\n",
				StandardCharsets.UTF_8);
		PrintStream realOut = System.out;
		InputStream realIn = System.in;
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		Pipe stdin = Pipe.open();
		OutputStream editor = Channels.newOutputStream(stdin.sink());
		int[] status = { -1 };
		StringWriter err = new StringWriter();
		Thread command = new Thread(() -> status[0] = Main.run(new String[] { "lsp" },
				new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), "samverka lsp");
		System.setIn(Channels.newInputStream(stdin.source()));
		System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
		List<String> messages;
		try {
			command.start();
			send(editor, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
					+ "\"rootUri\":\"" + workspace.toUri() + "\",\"capabilities\":{}}}");
			awaitMessage(stdout, m -> m.contains("\"id\":1"));
			send(editor, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
			// a library printing while the server runs must not corrupt the protocol
			System.out.println("stray output");
			// the initial build reports the unknown Polisen
			awaitMessage(stdout, m -> m.contains("textDocument/publishDiagnostics"));
			send(editor, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
			messages = awaitMessage(stdout, m -> m.contains("\"id\":2"));
			editor.close();
			command.join(TimeUnit.SECONDS.toMillis(SECONDS));
		} finally {
			System.setOut(realOut);
			System.setIn(realIn);
		}
		assertEquals(0, status[0], err.toString());
		byte[] written = stdout.toByteArray();
		assertTrue(new String(written, 0, Math.min(16, written.length), StandardCharsets.US_ASCII)
				.startsWith("Content-Length: "), new String(written, StandardCharsets.UTF_8));
		List<String> all = framed(written);
		assertNotNull(all, "stdout holds framed LSP messages and nothing else: " + new String(written, StandardCharsets.UTF_8));
		assertEquals(messages, all.subList(0, messages.size()));
		assertTrue(all.get(0).contains("\"capabilities\""), all.get(0));
		assertTrue(all.stream().noneMatch(m -> m.contains("stray output")));
	}

	private static void send(OutputStream editor, String json) throws Exception {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		editor.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		editor.write(body);
		editor.flush();
	}

	/** Waits until stdout holds a message the predicate accepts; returns all messages so far. */
	private static List<String> awaitMessage(ByteArrayOutputStream stdout, Predicate<String> wanted) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
		while (System.nanoTime() < end) {
			List<String> messages = framed(stdout.toByteArray());
			if (messages != null && messages.stream().anyMatch(wanted)) {
				return messages;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no such message on stdout: " + stdout.toString(StandardCharsets.UTF_8));
	}

	/**
	 * The bytes read as LSP base protocol messages (a Content-Length header, an empty line, that
	 * many bytes of JSON); null when they are not only that (a message may still be arriving).
	 */
	private static List<String> framed(byte[] bytes) {
		List<String> messages = new ArrayList<>();
		int at = 0;
		while (at < bytes.length) {
			String rest = new String(bytes, at, Math.min(64, bytes.length - at), StandardCharsets.US_ASCII);
			int headerEnd = rest.indexOf("\r\n\r\n");
			if (!rest.startsWith("Content-Length: ") || headerEnd < 0) {
				return null;
			}
			int length = Integer.parseInt(rest.substring("Content-Length: ".length(), rest.indexOf("\r\n")).trim());
			int body = at + headerEnd + 4;
			if (body + length > bytes.length) {
				return null;
			}
			messages.add(new String(bytes, body, length, StandardCharsets.UTF_8));
			at = body + length;
		}
		return messages;
	}
}
