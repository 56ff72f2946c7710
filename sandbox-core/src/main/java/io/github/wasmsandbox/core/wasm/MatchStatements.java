package io.github.wasmsandbox.core.wasm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.wasmsandbox.core.wasm.CompatRewriter.Unsupported;
import io.github.wasmsandbox.core.wasm.PythonTokens.Kind;
import io.github.wasmsandbox.core.wasm.PythonTokens.Token;

/**
 * Compiles {@code match} statements, which MicroPython's parser does not know, into an
 * {@code if}/{@code elif} chain in place, line for line:
 *
 * <pre>
 * match command.split():                 if (_sandbox_m1 := (command.split())) or True:
 *     case ["go", direction]:                if (_sandbox_b := _sandbox_match(_sandbox_m1, ('seq', (('v', "go"), ('=', 0)), -1), 1)) is not None and ((direction := _sandbox_b[0]) or True):
 *         ...                                    ...
 *     case _:                                elif (_sandbox_b := _sandbox_match(_sandbox_m1, ('_',), 0)) is not None:
 * </pre>
 *
 * The pattern becomes a tuple tree that the guest's {@code _sandbox_match} interprets with
 * CPython's rules, returning the captured values in slot order; the captures are then bound with
 * assignment expressions so that they land in the enclosing scope, as CPython binds them, before
 * the guard runs. The case bodies are untouched: {@code break}, {@code continue} and
 * {@code return} inside them mean what they meant.
 */
final class MatchStatements {

	private final CompatRewriter rewriter;

	private final Deque<Block> open = new ArrayDeque<>();

	private int blocks;

	MatchStatements(CompatRewriter rewriter) {
		this.rewriter = rewriter;
	}

	private static final class Block {

		final String indent;

		final int id;

		String caseIndent;

		Block(String indent, int id) {
			this.indent = indent;
			this.id = id;
		}

	}

	/**
	 * The rewritten logical line [from, to) when it is a {@code match} header or one of its
	 * {@code case} clauses, else {@code null}.
	 */
	String statement(int from, int to) {
		Token first = this.rewriter.token(from);
		String indent = indentOf(first);
		if (indent == null) {
			return null;
		}
		while (!this.open.isEmpty() && indent.length() <= this.open.peek().indent.length()) {
			this.open.pop();
		}
		if (first.kind() != Kind.NAME) {
			return null;
		}
		if (first.text().equals("case") && !this.open.isEmpty()
				&& (this.open.peek().caseIndent == null || this.open.peek().caseIndent.equals(indent))) {
			int colon = headerColon(from, to);
			if (colon < 0) {
				return null;
			}
			Block block = this.open.peek();
			boolean firstCase = block.caseIndent == null;
			block.caseIndent = indent;
			String header = caseClause(block, firstCase, from, colon);
			// a body on the header's own line: `case 1: return "one"`
			return (colon == to - 1) ? header
					: header + this.rewriter.gap(colon, colon + 1) + this.rewriter.render(colon + 1, to);
		}
		int last = to - 1;
		if (first.text().equals("match") && this.rewriter.token(last).is(":") && from + 1 < last && startsCase(to)
				&& !isOperator(this.rewriter.token(from + 1))) {
			Block block = new Block(indent, ++this.blocks);
			this.open.push(block);
			String subject = this.rewriter.render(from + 1, last);
			return "if (" + subjectName(block) + " := (" + subject + padding(from, last, subject) + ")) or True:";
		}
		return null;
	}

	/** The first top-level colon of a {@code case} line: the end of its pattern and guard. */
	private int headerColon(int from, int to) {
		int found = this.rewriter.firstTopLevel(from + 1, to, ":", "lambda", ":=");
		return (found >= 0 && this.rewriter.token(found).is(":")) ? found : -1;
	}

	private static String subjectName(Block block) {
		return "_sandbox_m" + block.id;
	}

	/** Whether the logical line after the one ending at {@code end} starts with {@code case}. */
	private boolean startsCase(int end) {
		Token next = this.rewriter.token(end);
		return next.kind() == Kind.NEWLINE && this.rewriter.token(end + 1).is("case");
	}

	private static boolean isOperator(Token token) {
		return token.kind() == Kind.OP && !token.is("(") && !token.is("[") && !token.is("{") && !token.is("-")
				&& !token.is("*");
	}

	/** The whitespace before a token that starts a physical line, or {@code null}. */
	private String indentOf(Token token) {
		String source = this.rewriter.source();
		int lineStart = source.lastIndexOf('\n', token.start() - 1) + 1;
		String indent = source.substring(lineStart, token.start());
		return indent.isBlank() ? indent : null;
	}

	private String padding(int from, int last, String rendered) {
		int missing = CompatRewriter.lineCount(this.rewriter.text(from, last + 1))
				- CompatRewriter.lineCount(rendered);
		return "\n".repeat(Math.max(0, missing));
	}

	private String caseClause(Block block, boolean firstCase, int from, int last) {
		int guard = this.rewriter.firstTopLevel(from + 1, last, "if");
		int patternEnd = (guard >= 0) ? guard : last;
		if (patternEnd == from + 1) {
			throw new Unsupported("case without a pattern");
		}
		Map<String, Integer> slots = new LinkedHashMap<>();
		String spec = pattern(from + 1, patternEnd, slots);
		StringBuilder condition = new StringBuilder("(_sandbox_b := _sandbox_match(").append(subjectName(block))
			.append(", ")
			.append(spec)
			.append(", ")
			.append(slots.size())
			.append(")) is not None");
		slots.forEach((name, slot) -> condition.append(" and ((")
			.append(name)
			.append(" := _sandbox_b[")
			.append(slot)
			.append("]) or True)"));
		if (guard >= 0) {
			condition.append(" and (").append(this.rewriter.render(guard + 1, last)).append(')');
		}
		String text = condition.toString();
		return (firstCase ? "if (" : "elif (") + text + padding(from, last, text) + "):";
	}

	// ---------------------------------------------------------------- patterns

	/** A pattern, possibly an open sequence {@code a, *rest}. */
	private String pattern(int from, int to, Map<String, Integer> slots) {
		List<int[]> items = this.rewriter.split(from, to, ",", false);
		if (items.size() > 1 || this.rewriter.token(to - 1).is(",")) {
			return sequence(items, slots);
		}
		return asPattern(from, to, slots);
	}

	private String asPattern(int from, int to, Map<String, Integer> slots) {
		if (to - from >= 3 && this.rewriter.token(to - 2).is("as") && this.rewriter.token(to - 1).kind() == Kind.NAME
				&& topLevel(from, to - 2)) {
			String inner = orPattern(from, to - 2, slots);
			return "('as', " + inner + ", " + slot(this.rewriter.token(to - 1).text(), slots) + ")";
		}
		return orPattern(from, to, slots);
	}

	private String orPattern(int from, int to, Map<String, Integer> slots) {
		List<int[]> alternatives = this.rewriter.split(from, to, "|", false);
		if (alternatives.size() == 1) {
			return closed(from, to, slots);
		}
		List<String> specs = new ArrayList<>();
		for (int[] alternative : alternatives) {
			specs.add(closed(alternative[0], alternative[1], slots));
		}
		return "('|', " + tuple(specs) + ")";
	}

	private String closed(int from, int to, Map<String, Integer> slots) {
		if (from >= to) {
			throw new Unsupported("empty pattern");
		}
		Token first = this.rewriter.token(from);
		if (first.kind() == Kind.STRING) {
			for (int j = from; j < to; j++) {
				if (this.rewriter.token(j).kind() != Kind.STRING) {
					throw new Unsupported("bad string pattern");
				}
			}
			return value(from, to);
		}
		if (first.kind() == Kind.NUMBER || first.is("-")) {
			return value(from, to);
		}
		if (first.kind() == Kind.NAME) {
			int j = from + 1;
			while (j + 1 < to && this.rewriter.token(j).is(".") && this.rewriter.token(j + 1).kind() == Kind.NAME) {
				j += 2;
			}
			if (j == to) {
				if (j == from + 1) {
					return switch (first.text()) {
						case "_" -> "('_',)";
						case "None", "True", "False" -> "('v', " + first.text() + ")";
						default -> {
							if (PythonTokens.KEYWORDS.contains(first.text())) {
								throw new Unsupported("keyword in a pattern");
							}
							yield "('=', " + slot(first.text(), slots) + ")";
						}
					};
				}
				return value(from, to);
			}
			if (this.rewriter.token(j).is("(") && this.rewriter.closing(j) == to - 1) {
				return classPattern(from, j, to - 1, slots);
			}
			throw new Unsupported("unreadable pattern");
		}
		if (first.kind() == Kind.OP && this.rewriter.closing(from) == to - 1) {
			List<int[]> items = this.rewriter.split(from + 1, to - 1, ",", false);
			switch (first.text()) {
				case "(" -> {
					if (to - from == 2) {
						return "('seq', (), -1)";
					}
					if (items.size() == 1 && !this.rewriter.token(to - 2).is(",")) {
						return asPattern(from + 1, to - 1, slots);
					}
					return sequence(items, slots);
				}
				case "[" -> {
					return sequence(items, slots);
				}
				case "{" -> {
					return mapping(items, slots);
				}
				default -> {
				}
			}
		}
		throw new Unsupported("unreadable pattern");
	}

	private String value(int from, int to) {
		return "('v', " + this.rewriter.text(from, to) + ")";
	}

	private String sequence(List<int[]> items, Map<String, Integer> slots) {
		List<String> specs = new ArrayList<>();
		int star = -1;
		for (int[] item : items) {
			if (this.rewriter.token(item[0]).is("*")) {
				if (star >= 0 || item[1] - item[0] != 2 || this.rewriter.token(item[0] + 1).kind() != Kind.NAME) {
					throw new Unsupported("bad star pattern");
				}
				star = specs.size();
				String name = this.rewriter.token(item[0] + 1).text();
				specs.add("('*', " + (name.equals("_") ? "-1" : slot(name, slots)) + ")");
			}
			else {
				specs.add(asPattern(item[0], item[1], slots));
			}
		}
		return "('seq', " + tuple(specs) + ", " + star + ")";
	}

	private String mapping(List<int[]> items, Map<String, Integer> slots) {
		List<String> specs = new ArrayList<>();
		String rest = "-1";
		for (int[] item : items) {
			if (this.rewriter.token(item[0]).is("**")) {
				if (item[1] - item[0] != 2) {
					throw new Unsupported("bad mapping rest");
				}
				rest = String.valueOf(slot(this.rewriter.token(item[0] + 1).text(), slots));
				continue;
			}
			List<int[]> parts = this.rewriter.split(item[0], item[1], ":", false);
			if (parts.size() != 2) {
				throw new Unsupported("bad mapping item");
			}
			String key = this.rewriter.text(parts.get(0)[0], parts.get(0)[1]);
			specs.add("(" + key + ", " + asPattern(parts.get(1)[0], parts.get(1)[1], slots) + ")");
		}
		return "('map', " + tuple(specs) + ", " + rest + ")";
	}

	private String classPattern(int from, int open, int close, Map<String, Integer> slots) {
		List<String> positional = new ArrayList<>();
		List<String> keywords = new ArrayList<>();
		for (int[] item : this.rewriter.split(open + 1, close, ",", false)) {
			if (item[1] - item[0] >= 3 && this.rewriter.token(item[0]).kind() == Kind.NAME
					&& this.rewriter.token(item[0] + 1).is("=")) {
				keywords.add("('" + this.rewriter.token(item[0]).text() + "', "
						+ asPattern(item[0] + 2, item[1], slots) + ")");
			}
			else {
				if (!keywords.isEmpty()) {
					throw new Unsupported("positional pattern after a keyword pattern");
				}
				positional.add(asPattern(item[0], item[1], slots));
			}
		}
		return "('cls', " + this.rewriter.text(from, open) + ", " + tuple(positional) + ", " + tuple(keywords) + ")";
	}

	private static int slot(String name, Map<String, Integer> slots) {
		if (PythonTokens.KEYWORDS.contains(name)) {
			throw new Unsupported("keyword as a capture name");
		}
		return slots.computeIfAbsent(name, (key) -> slots.size());
	}

	private static String tuple(List<String> items) {
		if (items.isEmpty()) {
			return "()";
		}
		return "(" + String.join(", ", items) + ((items.size() == 1) ? ",)" : ")");
	}

	private boolean topLevel(int from, int to) {
		int depth = 0;
		for (int j = from; j < to; j++) {
			Token t = this.rewriter.token(j);
			if (t.is("(") || t.is("[") || t.is("{")) {
				depth++;
			}
			else if (t.is(")") || t.is("]") || t.is("}")) {
				depth--;
			}
		}
		return depth == 0;
	}

}
