package io.github.wasmsandbox.autoconfigure.ai;

import java.time.Duration;

import io.github.wasmsandbox.core.SandboxLimits;
import org.jspecify.annotations.Nullable;

/**
 * The default description of the sandbox tool, written for the model: what runs the code, how to
 * get results out, the limits in force and the gaps a model trained on CPython walks into.
 *
 * <p>
 * Every line costs tokens on every request that offers the tool, so only what changes the code a
 * model writes is here. The gaps are the ones seen most in real agent scripts (see the engine
 * notes); the modules are the compatibility library shipped in {@code sandbox-core}.
 */
final class SandboxToolDescription {

	private SandboxToolDescription() {
	}

	/**
	 * Writes the description.
	 * @param limits the limits the executor enforces, or {@code null} when unknown (then no
	 * numbers are promised)
	 * @param fallbackEnabled whether code MicroPython cannot run may be retried in CPython
	 * @return the description
	 */
	static String of(@Nullable SandboxLimits limits, boolean fallbackEnabled) {
		StringBuilder text = new StringBuilder();
		text.append("Runs Python code in a sandbox and returns the outcome as JSON ")
			.append("(status, stdout, stderr, value, error).\n")
			.append("The interpreter is MicroPython 1.27, not CPython: core Python works, ")
			.append("parts of the standard library do not.\n")
			.append("- Each call starts fresh: no variables, imports or functions survive between calls, ")
			.append("so every script must be self-contained.\n")
			.append("- print() what you need, or end with an expression: its value is returned as \"value\".\n")
			.append("- Pass data in \"inputs\" (a JSON object): each key becomes a global variable.\n")
			.append("- No files, network, environment, subprocesses or pip packages (no numpy, pandas).\n");
		if (limits != null) {
			text.append("- Limits per call: ")
				.append(duration(limits.timeout()))
				.append(", ")
				.append(size(limits.memoryLimitBytes()))
				.append(" memory (garbage is freed only after the call), ")
				.append(size(limits.maxStdoutBytes()))
				.append(" stdout, ")
				.append(size(limits.maxCodeBytes()))
				.append(" code.\n");
		}
		text.append("- Modules: math, random, re, json, typing, dataclasses, collections, itertools, functools, ")
			.append("datetime, calendar, decimal, statistics, csv, string, textwrap, enum, fractions, uuid, copy, ")
			.append("heapq, bisect, urllib.parse, base64, hashlib, pprint.\n")
			.append("- Python 3.11 code works as written: match statements, f-string specs and {x=}, {**a} and [*a], ")
			.append("s[::-1], := in comprehensions, str/int methods. Not supported: slice() objects. ")
			.append("Loops run a few million steps per second.\n");
		if (fallbackEnabled) {
			text.append("- Code MicroPython cannot run may be rerun in CPython (executor \"subprocess\").\n");
		}
		text.append("- If status is not SUCCESS, read stderr and error, fix the code and call again.");
		return text.toString();
	}

	private static String duration(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms";
	}

	private static String size(long bytes) {
		if (bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MB";
		}
		if (bytes % 1024 == 0) {
			return (bytes / 1024) + " KB";
		}
		return bytes + " bytes";
	}

}
