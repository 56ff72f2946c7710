package io.github.wasmsandbox.core.wasm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Python source into the tokens the compatibility rewriter and {@link LastStatement} need:
 * names, numbers, string literals (prefix and quotes included, f-strings whole), operators and
 * logical line ends.
 * Comments, blank lines, backslash continuations and line breaks inside brackets produce no token;
 * the text between two tokens is kept verbatim by whoever renders them.
 *
 * <p>
 * A scanner, not a parser: it rejects what it cannot read ({@link #tokenize} returns
 * {@code null}) and its users then leave the source alone, so MicroPython reports the problem
 * itself.
 */
final class PythonTokens {

	enum Kind {

		NAME, NUMBER, STRING, OP, NEWLINE, END

	}

	/**
	 * One token.
	 * @param kind what it is
	 * @param start index of its first char in the source
	 * @param end index after its last char
	 * @param text its text
	 * @param lineStart whether it is the first token of a logical line
	 */
	record Token(Kind kind, int start, int end, String text, boolean lineStart) {

		boolean is(String op) {
			return (this.kind == Kind.OP || this.kind == Kind.NAME) && this.text.equals(op);
		}

	}

	static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
			"break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
			"if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
			"with", "yield");

	private static final String[] OPERATORS = { "**=", "//=", ">>=", "<<=", "...", "->", ":=", "==", "!=", "<=", ">=",
			"**", "//", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "(", ")", "[", "]", "{", "}",
			",", ":", ".", ";", "@", "=", "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "!" };

	/** Bracket depth beyond which source is left to MicroPython unread. */
	static final int MAX_NESTING = 200;

	private PythonTokens() {
	}

	/**
	 * The tokens of the source, ending with a NEWLINE (when the last line has code) and END, or
	 * {@code null} when the source holds something this scanner does not read (an unterminated
	 * string, a stray character, unbalanced brackets).
	 */
	static List<Token> tokenize(String source) {
		List<Token> tokens = new ArrayList<>();
		int length = source.length();
		int depth = 0;
		boolean lineHasCode = false;
		int i = 0;
		while (i < length) {
			char c = source.charAt(i);
			if (c == '#') {
				while (i < length && source.charAt(i) != '\n') {
					i++;
				}
				continue;
			}
			if (c == '\\') {
				if (i + 1 < length && source.charAt(i + 1) == '\n') {
					i += 2;
					continue;
				}
				if (i + 2 < length && source.charAt(i + 1) == '\r' && source.charAt(i + 2) == '\n') {
					i += 3;
					continue;
				}
				return null;
			}
			if (c == '\n') {
				if (depth == 0 && lineHasCode) {
					tokens.add(new Token(Kind.NEWLINE, i, i + 1, "\n", false));
					lineHasCode = false;
				}
				i++;
				continue;
			}
			if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
				i++;
				continue;
			}
			boolean first = !lineHasCode;
			lineHasCode = true;
			int stringEnd = stringAt(source, i);
			if (stringEnd == -2) {
				return null;
			}
			if (stringEnd > 0) {
				tokens.add(new Token(Kind.STRING, i, stringEnd, source.substring(i, stringEnd), first));
				i = stringEnd;
				continue;
			}
			if (Character.isJavaIdentifierStart(c) && c != '$') {
				int end = i + 1;
				while (end < length && Character.isJavaIdentifierPart(source.charAt(end)) && source.charAt(end) != '$') {
					end++;
				}
				tokens.add(new Token(Kind.NAME, i, end, source.substring(i, end), first));
				i = end;
				continue;
			}
			if (Character.isDigit(c) || (c == '.' && i + 1 < length && Character.isDigit(source.charAt(i + 1)))) {
				int end = numberEnd(source, i);
				tokens.add(new Token(Kind.NUMBER, i, end, source.substring(i, end), first));
				i = end;
				continue;
			}
			String op = operatorAt(source, i);
			if (op == null) {
				return null;
			}
			if (op.equals("(") || op.equals("[") || op.equals("{")) {
				if (++depth > MAX_NESTING) {
					// the rewriter recurses per bracket; MicroPython reports such code itself
					return null;
				}
			}
			else if (op.equals(")") || op.equals("]") || op.equals("}")) {
				if (--depth < 0) {
					return null;
				}
			}
			else if (op.equals(";") && depth == 0) {
				// the next simple statement starts a logical line of its own for our purposes
				tokens.add(new Token(Kind.OP, i, i + 1, op, first));
				lineHasCode = false;
				i++;
				continue;
			}
			tokens.add(new Token(Kind.OP, i, i + op.length(), op, first));
			i += op.length();
		}
		if (depth != 0) {
			return null;
		}
		if (lineHasCode) {
			tokens.add(new Token(Kind.NEWLINE, length, length, "", false));
		}
		tokens.add(new Token(Kind.END, length, length, "", false));
		return tokens;
	}

	/**
	 * If a string literal (with its prefix) starts at {@code i}: the index after it, -2 when it is
	 * unterminated, else 0.
	 */
	static int stringAt(String source, int i) {
		int length = source.length();
		int quote = i;
		while (quote < length && quote - i < 3 && "rRbBuUfF".indexOf(source.charAt(quote)) >= 0) {
			quote++;
		}
		if (quote >= length || (source.charAt(quote) != '\'' && source.charAt(quote) != '"')) {
			return 0;
		}
		if (quote > i && i > 0 && Character.isJavaIdentifierPart(source.charAt(i - 1))) {
			return 0;
		}
		String prefix = source.substring(i, quote).toLowerCase();
		if (!prefix.isEmpty() && !Set.of("r", "b", "u", "f", "rb", "br", "fr", "rf").contains(prefix)) {
			return 0;
		}
		return stringEnd(source, quote, prefix.indexOf('r') >= 0);
	}

	/** The index after the literal whose opening quote is at {@code quoteIndex}, or -2. */
	static int stringEnd(String source, int quoteIndex, boolean raw) {
		char quote = source.charAt(quoteIndex);
		int length = source.length();
		boolean triple = quoteIndex + 2 < length && source.charAt(quoteIndex + 1) == quote
				&& source.charAt(quoteIndex + 2) == quote;
		int i = quoteIndex + (triple ? 3 : 1);
		while (i < length) {
			char c = source.charAt(i);
			if (c == '\\') {
				// even in raw strings a backslash keeps the next character from ending the literal
				i += 2;
				continue;
			}
			if (!triple && c == '\n') {
				return -2;
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
		return -2;
	}

	private static int numberEnd(String source, int i) {
		int length = source.length();
		int end = i;
		if (source.charAt(i) == '0' && i + 1 < length && "xXoObB".indexOf(source.charAt(i + 1)) >= 0) {
			end = i + 2;
			while (end < length && (Character.isLetterOrDigit(source.charAt(end)) || source.charAt(end) == '_')) {
				end++;
			}
			return end;
		}
		while (end < length && (Character.isDigit(source.charAt(end)) || source.charAt(end) == '_')) {
			end++;
		}
		if (end < length && source.charAt(end) == '.') {
			end++;
			while (end < length && (Character.isDigit(source.charAt(end)) || source.charAt(end) == '_')) {
				end++;
			}
		}
		if (end < length && (source.charAt(end) == 'e' || source.charAt(end) == 'E')) {
			int exponent = end + 1;
			if (exponent < length && (source.charAt(exponent) == '+' || source.charAt(exponent) == '-')) {
				exponent++;
			}
			if (exponent < length && Character.isDigit(source.charAt(exponent))) {
				end = exponent;
				while (end < length && (Character.isDigit(source.charAt(end)) || source.charAt(end) == '_')) {
					end++;
				}
			}
		}
		if (end < length && (source.charAt(end) == 'j' || source.charAt(end) == 'J')) {
			end++;
		}
		return end;
	}

	private static String operatorAt(String source, int i) {
		char c = source.charAt(i);
		if ("()[]{},;~".indexOf(c) >= 0) {
			// the common single-character operators, without trying every longer one first
			return String.valueOf(c);
		}
		for (String op : OPERATORS) {
			if (op.charAt(0) == c && source.startsWith(op, i)) {
				return op;
			}
		}
		return null;
	}

}
