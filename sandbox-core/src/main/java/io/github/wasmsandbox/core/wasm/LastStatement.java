package io.github.wasmsandbox.core.wasm;

import java.util.List;

import io.github.wasmsandbox.core.wasm.PythonTokens.Token;

/**
 * Finds where the last top-level statement of Python source starts, so the driver can try to
 * evaluate it as an expression and report its value, like a notebook cell.
 *
 * <p>
 * It reads the source with {@link PythonTokens}, the scanner the compatibility rewriter uses
 * (strings of every form, comments, brackets, continuations and semicolons). The guest decides
 * whether the tail really is an expression by compiling it; a wrong guess, or source the scanner
 * cannot read, only means no value is reported, never that different code runs.
 */
final class LastStatement {

	private LastStatement() {
	}

	/**
	 * The code-point index where the last top-level simple statement starts, or {@code -1} when
	 * the source ends inside an indented block or has no statement.
	 */
	static int start(String source) {
		List<Token> tokens = PythonTokens.tokenize(source);
		if (tokens == null) {
			return -1;
		}
		int last = -1;
		boolean lineAtColumnZero = false;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (!token.lineStart()) {
				continue;
			}
			// a statement after a semicolon is top-level when its line is
			if (i == 0 || !tokens.get(i - 1).is(";")) {
				lineAtColumnZero = token.start() == 0 || source.charAt(token.start() - 1) == '\n';
			}
			last = lineAtColumnZero ? token.start() : -1;
		}
		return (last < 0) ? -1 : source.codePointCount(0, last);
	}

}
