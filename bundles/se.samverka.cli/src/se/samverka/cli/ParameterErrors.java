/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package se.samverka.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says what is wrong with the command line in the user's language, one message per kind of mistake
 * picocli finds, instead of picocli's own English ("Unknown option", "Missing required option").
 */
final class ParameterErrors implements IParameterExceptionHandler {

	@Override
	public int handleParseException(ParameterException exception, String[] args) {
		CommandLine commandLine = exception.getCommandLine();
		PrintWriter err = commandLine.getErr();
		err.println(message(exception));
		if (exception instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
			err.println(CliTexts.get("parameters.suggestions", String.join(", ", unmatched.getSuggestions())));
		}
		err.println(CliTexts.get("parameters.help", commandLine.getCommandSpec().qualifiedName()));
		return commandLine.getCommandSpec().exitCodeOnInvalidInput();
	}

	static String message(ParameterException exception) {
		if (exception instanceof UnmatchedArgumentException unmatched) {
			List<String> arguments = unmatched.getUnmatched();
			String first = arguments.isEmpty() ? "" : arguments.get(0);
			return first.startsWith("-") ? CliTexts.get("parameters.unknownOption", first)
					: CliTexts.get("parameters.unknownArgument", String.join(" ", arguments));
		}
		if (exception instanceof MissingParameterException missing) {
			List<ArgSpec> specs = missing.getMissing();
			boolean options = specs.stream().allMatch(ArgSpec::isOption);
			String names = specs.stream().map(ParameterErrors::name).collect(Collectors.joining(", "));
			return CliTexts.get(options ? "parameters.missingOption" : "parameters.missingArgument", names);
		}
		if (exception instanceof OverwrittenOptionException overwritten) {
			return CliTexts.get("parameters.repeated", name(overwritten.getOverwritten()));
		}
		if (exception instanceof MaxValuesExceededException) {
			return CliTexts.get("parameters.tooMany");
		}
		if (exception instanceof MutuallyExclusiveArgsException) {
			return CliTexts.get("parameters.exclusive");
		}
		ArgSpec spec = exception.getArgSpec();
		if (spec != null) {
			String value = String.valueOf(exception.getValue());
			Iterable<String> candidates = spec.completionCandidates();
			if (candidates != null && candidates.iterator().hasNext()) {
				String choices = StreamSupport.stream(candidates.spliterator(), false).collect(Collectors.joining(", "));
				return CliTexts.get("parameters.invalidChoice", name(spec), value, choices);
			}
			return CliTexts.get("parameters.invalidValue", name(spec), value);
		}
		return CliTexts.get("parameters.invalid");
	}

	private static String name(ArgSpec spec) {
		if (spec instanceof OptionSpec option) {
			return "'" + option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : "") + "'";
		}
		return "'" + ((PositionalParamSpec) spec).paramLabel() + "'";
	}
}
