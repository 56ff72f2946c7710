package io.github.wasmsandbox.core.wasm;

import java.util.ArrayList;
import java.util.List;

import io.github.wasmsandbox.core.wasm.CompatRewriter.Unsupported;
import io.github.wasmsandbox.core.wasm.PythonTokens.Kind;
import io.github.wasmsandbox.core.wasm.PythonTokens.Token;

/**
 * Rewrites f-strings MicroPython would get wrong into plain expressions. MicroPython compiles an
 * f-string to {@code str.format}, which never calls {@code __format__} (dates, decimals and user
 * types fail), ignores the {@code ,} and {@code _} grouping options (a silent difference), rounds
 * some floats differently, and its scanner rejects {@code f"{x=}"} and braces inside nested
 * literals. An f-string with any replacement field that has a format spec, a {@code =}, an
 * {@code !a} conversion or a quote in its expression becomes, with its adjacent literals, a
 * parenthesised concatenation: {@code f"Total: {x:,.2f}!"} turns into
 * {@code ('Total: ' + _sandbox_format((x), ',.2f') + '!')}. Other f-strings stay native.
 */
final class FStrings {

	private FStrings() {
	}

	/** A literal piece ({@code expression == null}) or a replacement field. */
	private record Piece(String literal, String expression, String debugText, char conversion,
			List<Piece> spec) {

		static Piece text(String literal) {
			return new Piece(literal, null, null, (char) 0, null);
		}

	}

	/** Renders the adjacent string literals tokens [from, to). */
	static String group(CompatRewriter rewriter, int from, int to) {
		List<List<Piece>> parsed = new ArrayList<>();
		boolean needed = false;
		for (int i = from; i < to; i++) {
			Token token = rewriter.token(i);
			List<Piece> pieces = isFString(token) ? parse(token) : null;
			parsed.add(pieces);
			needed |= pieces != null && needsRewrite(pieces);
		}
		if (!needed) {
			StringBuilder out = new StringBuilder();
			for (int i = from; i < to; i++) {
				if (i > from) {
					out.append(rewriter.gap(i - 1, i));
				}
				out.append(lowerPrefix(rewriter.token(i).text()));
			}
			return out.toString();
		}
		StringBuilder out = new StringBuilder("(");
		for (int i = from; i < to; i++) {
			if (i > from) {
				out.append(" + ");
			}
			List<Piece> pieces = parsed.get(i - from);
			out.append((pieces != null) ? concatenation(pieces) : lowerPrefix(rewriter.token(i).text()));
		}
		return rewriter.pad(from, to - 1, out.append(')').toString());
	}

	/** MicroPython's lexer knows string prefixes in lower case only ({@code F"..."}, {@code Rb'...'} fail). */
	static String lowerPrefix(String literal) {
		int quote = 0;
		while (quote < literal.length() && literal.charAt(quote) != '\'' && literal.charAt(quote) != '"') {
			quote++;
		}
		return (quote == 0) ? literal : literal.substring(0, quote).toLowerCase() + literal.substring(quote);
	}

	private static boolean isFString(Token token) {
		String text = token.text();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'' || c == '"') {
				return false;
			}
			if (c == 'f' || c == 'F') {
				return true;
			}
		}
		return false;
	}

	private static boolean needsRewrite(List<Piece> pieces) {
		for (Piece piece : pieces) {
			if (piece.expression() != null && (piece.spec() != null || piece.debugText() != null
					|| piece.conversion() == 'a' || piece.expression().indexOf('\'') >= 0
					|| piece.expression().indexOf('"') >= 0
					|| (mayNeedRewrite(piece.expression())
							&& !rewriteExpression(piece.expression()).equals(piece.expression())))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A field expression without these characters (a name, a sum...) has nothing to rewrite: no
	 * call, subscript, display, unpacking, {@code %} or string literal.
	 */
	private static boolean mayNeedRewrite(String expression) {
		for (int i = 0; i < expression.length(); i++) {
			if (".[{(*%'\"".indexOf(expression.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static String concatenation(List<Piece> pieces) {
		List<String> parts = new ArrayList<>();
		StringBuilder literal = new StringBuilder();
		for (Piece piece : pieces) {
			if (piece.expression() == null) {
				literal.append(piece.literal());
				continue;
			}
			if (piece.debugText() != null) {
				literal.append(piece.debugText());
			}
			if (literal.length() > 0) {
				parts.add(CompatRewriter.literal(literal.toString()));
				literal.setLength(0);
			}
			parts.add(field(piece));
		}
		if (literal.length() > 0 || parts.isEmpty()) {
			parts.add(CompatRewriter.literal(literal.toString()));
		}
		return (parts.size() == 1) ? parts.get(0) : "(" + String.join(" + ", parts) + ")";
	}

	private static String field(Piece piece) {
		String expression = piece.expression();
		String value = "(" + (mayNeedRewrite(expression) ? rewriteExpression(expression) : expression) + ")";
		char conversion = piece.conversion();
		if (conversion == 0 && piece.debugText() != null && piece.spec() == null) {
			conversion = 'r';
		}
		switch (conversion) {
			case 'r' -> value = "repr" + value;
			case 's' -> value = "str" + value;
			case 'a' -> value = "ascii" + value;
			default -> {
			}
		}
		String spec = (piece.spec() == null) ? "''" : concatenation(piece.spec());
		return "_sandbox_format(" + value + ", " + spec + ")";
	}

	/** Rewrites the expression of a replacement field with the same rules as the code around it. */
	private static String rewriteExpression(String expression) {
		String wrapped = "(" + expression + ")";
		List<Token> tokens = PythonTokens.tokenize(wrapped);
		if (tokens == null || tokens.size() < 3 || tokens.get(tokens.size() - 2).kind() != Kind.NEWLINE) {
			throw new Unsupported("unreadable expression in an f-string");
		}
		String rendered = CompatRewriter.expression(wrapped, tokens, tokens.size() - 2);
		return rendered.substring(1, rendered.length() - 1);
	}

	// ---------------------------------------------------------------- parsing

	private static List<Piece> parse(Token token) {
		String text = token.text();
		int quote = 0;
		while (text.charAt(quote) != '\'' && text.charAt(quote) != '"') {
			quote++;
		}
		boolean raw = text.substring(0, quote).toLowerCase().indexOf('r') >= 0;
		int quotes = (text.length() - quote >= 6 && text.charAt(quote + 1) == text.charAt(quote)
				&& text.charAt(quote + 2) == text.charAt(quote)) ? 3 : 1;
		String body = text.substring(quote + quotes, text.length() - quotes);
		List<Piece> pieces = new ArrayList<>();
		int end = pieces(body, 0, raw, pieces, false);
		if (end != body.length()) {
			throw new Unsupported("unbalanced braces in an f-string");
		}
		return pieces;
	}

	/**
	 * Reads literal text and replacement fields from {@code at} until the end of the body (or,
	 * in a format spec, until its closing brace); returns where it stopped.
	 */
	private static int pieces(String body, int at, boolean raw, List<Piece> pieces, boolean inSpec) {
		StringBuilder literal = new StringBuilder();
		int i = at;
		while (i < body.length()) {
			char c = body.charAt(i);
			if (c == '{') {
				if (!inSpec && i + 1 < body.length() && body.charAt(i + 1) == '{') {
					literal.append('{');
					i += 2;
					continue;
				}
				flush(literal, raw, pieces);
				i = field(body, i + 1, raw, pieces);
				continue;
			}
			if (c == '}') {
				if (inSpec) {
					break;
				}
				if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
					literal.append('}');
					i += 2;
					continue;
				}
				throw new Unsupported("single '}' in an f-string");
			}
			if (c == '\\' && !raw && i + 1 < body.length()) {
				if (body.charAt(i + 1) == 'N') {
					throw new Unsupported("\\N{...} escape in an f-string");
				}
				literal.append(c).append(body.charAt(i + 1));
				i += 2;
				continue;
			}
			literal.append(c);
			i++;
		}
		flush(literal, raw, pieces);
		return i;
	}

	private static void flush(StringBuilder literal, boolean raw, List<Piece> pieces) {
		if (literal.length() > 0) {
			pieces.add(Piece.text(raw ? literal.toString() : unescape(literal.toString())));
			literal.setLength(0);
		}
	}

	/** Reads one replacement field whose expression starts at {@code at}; returns the index after it. */
	private static int field(String body, int at, boolean raw, List<Piece> pieces) {
		int depth = 0;
		int i = at;
		while (true) {
			if (i >= body.length()) {
				throw new Unsupported("unterminated replacement field");
			}
			char c = body.charAt(i);
			if (c == '\'' || c == '"') {
				int end = PythonTokens.stringEnd(body, i, false);
				if (end < 0) {
					throw new Unsupported("unterminated string in an f-string");
				}
				i = end;
				continue;
			}
			if (c == '\\') {
				throw new Unsupported("backslash in an f-string expression");
			}
			if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || (c == '}' && depth > 0)) {
				depth--;
			}
			else if (depth == 0 && (c == '}' || c == ':' || (c == '!' && (i + 1 >= body.length() || body.charAt(i + 1) != '=')))) {
				break;
			}
			i++;
		}
		String raw0 = body.substring(at, i);
		String expression = raw0;
		String debugText = null;
		String trimmed = raw0.stripTrailing();
		if (trimmed.endsWith("=") && trimmed.length() > 1 && "=!<>".indexOf(trimmed.charAt(trimmed.length() - 2)) < 0) {
			debugText = raw0;
			expression = trimmed.substring(0, trimmed.length() - 1);
		}
		if (expression.isBlank()) {
			throw new Unsupported("empty expression in an f-string");
		}
		char conversion = 0;
		if (body.charAt(i) == '!') {
			if (i + 2 >= body.length() || "rsa".indexOf(body.charAt(i + 1)) < 0) {
				throw new Unsupported("bad conversion in an f-string");
			}
			conversion = body.charAt(i + 1);
			i += 2;
		}
		List<Piece> spec = null;
		if (body.charAt(i) == ':') {
			spec = new ArrayList<>();
			i = pieces(body, i + 1, raw, spec, true);
		}
		if (i >= body.length() || body.charAt(i) != '}') {
			throw new Unsupported("unterminated replacement field");
		}
		pieces.add(new Piece(null, expression, debugText, conversion, spec));
		return i + 1;
	}

	/** The value of the escapes in a non-raw literal piece. */
	static String unescape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c != '\\' || i + 1 >= text.length()) {
				out.append(c);
				i++;
				continue;
			}
			char e = text.charAt(i + 1);
			i += 2;
			switch (e) {
				case '\n' -> {
				}
				case '\\', '\'', '"' -> out.append(e);
				case 'a' -> out.append('\u0007');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'v' -> out.append('\u000b');
				case 'x' -> i = hex(text, i, 2, out);
				case 'u' -> i = hex(text, i, 4, out);
				case 'U' -> i = hex(text, i, 8, out);
				case 'N' -> throw new Unsupported("\\N{...} escape");
				default -> {
					if (e >= '0' && e <= '7') {
						int value = e - '0';
						int digits = 1;
						while (digits < 3 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '7') {
							value = value * 8 + (text.charAt(i++) - '0');
							digits++;
						}
						out.append((char) value);
					}
					else {
						out.append('\\').append(e);
					}
				}
			}
		}
		return out.toString();
	}

	private static int hex(String text, int at, int digits, StringBuilder out) {
		if (at + digits > text.length()) {
			throw new Unsupported("truncated escape");
		}
		try {
			out.appendCodePoint(Integer.parseInt(text.substring(at, at + digits), 16));
		}
		catch (IllegalArgumentException ex) {
			throw new Unsupported("bad escape");
		}
		return at + digits;
	}

}
