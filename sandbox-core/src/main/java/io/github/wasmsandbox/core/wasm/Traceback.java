package io.github.wasmsandbox.core.wasm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.wasmsandbox.core.ExecutionError;

/**
 * Turns MicroPython's exception report into an {@link ExecutionError}: the sandbox driver's own
 * frames (file {@code <stdin>}) are removed, so the traceback and line refer to the user's code
 * only.
 */
record Traceback(ExecutionError error) {

	private static final Pattern USER_FRAME = Pattern.compile("^  File \"<string>\", line (\\d+)");

	static Traceback parse(String type, String report) {
		StringBuilder kept = new StringBuilder();
		Integer line = null;
		String[] lines = report.split("\n", -1);
		for (String text : lines) {
			if (text.startsWith("  File \"<stdin>\"")) {
				continue;
			}
			Matcher frame = USER_FRAME.matcher(text);
			if (frame.find()) {
				line = Integer.valueOf(frame.group(1));
			}
			kept.append(text).append('\n');
		}
		String traceback = collapseRepeats(kept.toString()).replaceAll("\n+$", "\n");
		String message = message(traceback);
		if (message.startsWith(type + ": ")) {
			message = message.substring(type.length() + 2);
		}
		else if (message.equals(type) || message.equals(type + ":")) {
			message = "";
		}
		return new Traceback(new ExecutionError(type, message, traceback, line));
	}

	/** The text after the header and the frames: {@code Type: message}, possibly several lines. */
	private static String message(String traceback) {
		int start = 0;
		for (String text : traceback.split("\n", -1)) {
			if (text.startsWith("Traceback (most recent call last)") || text.startsWith("  ")) {
				start += text.length() + 1;
				continue;
			}
			break;
		}
		return (start < traceback.length()) ? traceback.substring(start).strip() : "";
	}

	/**
	 * Shortens runs of the same frame the way CPython does, so a recursion error reports three
	 * frames and a count instead of hundreds of identical lines.
	 */
	private static String collapseRepeats(String traceback) {
		String[] lines = traceback.split("\n", -1);
		StringBuilder result = new StringBuilder();
		int i = 0;
		while (i < lines.length) {
			int run = 1;
			while (i + run < lines.length && lines[i + run].equals(lines[i]) && lines[i].startsWith("  File ")) {
				run++;
			}
			int shown = Math.min(run, 3);
			for (int k = 0; k < shown; k++) {
				result.append(lines[i]);
				if (i + k < lines.length - 1 || run > shown) {
					result.append('\n');
				}
			}
			if (run > shown) {
				result.append("  [Previous line repeated ").append(run - shown).append(" more times]\n");
			}
			i += run;
		}
		return result.toString();
	}

}
