package io.github.wasmsandbox.core.wasm;

/**
 * Finds where the last top-level statement of Python source starts, so the driver can try to
 * evaluate it as an expression and report its value, like a notebook cell.
 *
 * <p>
 * This is a scanner, not a parser: it tracks strings (all quote forms and prefixes), comments,
 * brackets, backslash continuations and semicolons, which is enough to find logical lines. The
 * guest decides whether the tail really is an expression by compiling it; a wrong guess only
 * means no value is reported, never that different code runs.
 */
final class LastStatement {

	private LastStatement() {
	}

	/**
	 * The code-point index where the last top-level simple statement starts, or {@code -1} when
	 * the source ends inside an indented block or has no statement.
	 */
	static int start(String source) {
		int length = source.length();
		int depth = 0;
		int lineStart = 0;
		int lastStatement = -1;
		boolean lineHasCode = false;
		int statementStart = -1;
		int i = 0;
		while (i < length) {
			char c = source.charAt(i);
			if (c == '#') {
				while (i < length && source.charAt(i) != '\n') {
					i++;
				}
				continue;
			}
			if (c == '\\' && i + 1 < length && source.charAt(i + 1) == '\n') {
				i += 2;
				continue;
			}
			if (c == '\'' || c == '"') {
				if (!lineHasCode) {
					lineHasCode = true;
					statementStart = statementStartAt(source, lineStart, i);
				}
				i = skipString(source, i);
				continue;
			}
			if (c == '\n') {
				if (depth == 0) {
					if (lineHasCode) {
						lastStatement = statementStart;
					}
					lineHasCode = false;
					lineStart = i + 1;
				}
				i++;
				continue;
			}
			if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
				i++;
				continue;
			}
			if (!lineHasCode) {
				lineHasCode = true;
				statementStart = statementStartAt(source, lineStart, i);
			}
			if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
				depth--;
			}
			else if (c == ';' && depth == 0) {
				// the next simple statement on this line starts after the semicolon
				lineHasCode = false;
				int next = i + 1;
				while (next < length && (source.charAt(next) == ' ' || source.charAt(next) == '\t')) {
					next++;
				}
				if (next < length && source.charAt(next) != '\n' && source.charAt(next) != '#'
						&& statementStart >= 0) {
					lineHasCode = true;
					statementStart = next;
					lineStart = -1;
				}
				i = next;
				continue;
			}
			i++;
		}
		if (lineHasCode) {
			lastStatement = statementStart;
		}
		return (lastStatement < 0) ? -1 : source.codePointCount(0, lastStatement);
	}

	/** A statement counts only when its line starts at column zero; else it is in a block. */
	private static int statementStartAt(String source, int lineStart, int index) {
		if (lineStart < 0) {
			return index;
		}
		return (index == lineStart) ? index : -1;
	}

	private static int skipString(String source, int quoteIndex) {
		char quote = source.charAt(quoteIndex);
		int length = source.length();
		boolean raw = isRaw(source, quoteIndex);
		boolean triple = quoteIndex + 2 < length && source.charAt(quoteIndex + 1) == quote
				&& source.charAt(quoteIndex + 2) == quote;
		int i = quoteIndex + (triple ? 3 : 1);
		while (i < length) {
			char c = source.charAt(i);
			if (c == '\\') {
				i += raw ? ((i + 1 < length && (source.charAt(i + 1) == quote || source.charAt(i + 1) == '\\')) ? 2 : 1)
						: 2;
				continue;
			}
			if (!triple && c == '\n') {
				return i;
			}
			if (c == quote) {
				if (!triple) {
					return i + 1;
				}
				if (i + 2 < length && source.charAt(i + 1) == quote && source.charAt(i + 2) == quote) {
					return i + 3;
				}
			}
			i++;
		}
		return length;
	}

	private static boolean isRaw(String source, int quoteIndex) {
		for (int i = quoteIndex - 1; i >= 0 && i >= quoteIndex - 3; i--) {
			char c = Character.toLowerCase(source.charAt(i));
			if (c == 'r') {
				return true;
			}
			if (c != 'b' && c != 'f' && c != 'u') {
				return false;
			}
		}
		return false;
	}

}
