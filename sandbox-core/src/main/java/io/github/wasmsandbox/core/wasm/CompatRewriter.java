package io.github.wasmsandbox.core.wasm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.wasmsandbox.core.wasm.PythonTokens.Kind;
import io.github.wasmsandbox.core.wasm.PythonTokens.Token;

/**
 * Rewrites the CPython constructs MicroPython cannot run into calls of helper builtins that the
 * guest's library implements exactly ({@code _sandbox_*}, installed by the prelude):
 * <ul>
 * <li>calls of built-in methods MicroPython lacks ({@code s.title()}, {@code n.bit_length()},
 * {@code str.casefold} as a value) go through {@code _sandbox_attr(obj, 'name')}, which keeps any
 * real attribute and supplies the missing ones;</li>
 * <li>slices with a step ({@code s[::-1]}, {@code a[i::i] = ...}, {@code del a[::2]});</li>
 * <li>f-strings with a format spec, a {@code =} or a brace inside a nested literal become a
 * concatenation of {@code _sandbox_format} calls (MicroPython's f-strings never call
 * {@code __format__} and ignore the grouping option), and {@code str.format} calls go through
 * {@code _sandbox_str_format} for the same reasons;</li>
 * <li>unpacking in displays ({@code [*a, b]}, {@code {**a, 'k': v}}, {@code (*a, b)},
 * {@code {*a, *b}});</li>
 * <li>string prefixes in capitals ({@code F"..."}, {@code Rb'...'}), which MicroPython's lexer
 * rejects, are lowered;</li>
 * <li>{@code dict(mapping)} calls, which MicroPython rejects for dict subclasses such as
 * {@code Counter}, go through {@code _sandbox_dict_call} (unless the source binds {@code dict});</li>
 * <li>{@code match} statements, compiled to {@code if}/{@code elif} over {@code _sandbox_match}
 * (see {@link MatchStatements});</li>
 * <li>an assignment expression inside a comprehension at module level ({@code [y for x in xs if
 * (y := f(x))]}), which MicroPython's compiler rejects ("identifier redefined as global"), binds
 * the module global through {@code _sandbox_bind(globals(), 'y', f(x))}, as CPython does.</li>
 * </ul>
 * Every rewrite keeps the line structure: a construct that spanned n lines is padded back to n
 * lines inside its own brackets, so tracebacks keep pointing at the user's lines. Source the
 * scanner cannot read, or a construct it cannot rewrite exactly, is left as written: MicroPython
 * then reports its own error and the fallback policy can route the call elsewhere.
 */
final class CompatRewriter {

	/**
	 * Built-in methods MicroPython 1.27 lacks, or has for ASCII only ({@code upper}, {@code lower},
	 * the {@code is*} tests, {@code center} without a fill character) or unstable
	 * ({@code list.sort}), which the library supplies
	 * through {@code _sandbox_attr}; a test pins this list to the library's {@code _SUPPORTED}.
	 */
	static final Set<String> MISSING_METHODS = Set.of("title", "capitalize", "casefold", "ljust", "rjust", "zfill",
			"translate", "maketrans", "swapcase", "expandtabs", "removeprefix", "removesuffix", "isascii",
			"isprintable", "isidentifier", "isdecimal", "isnumeric", "isalnum", "istitle", "format_map", "upper",
			"lower", "isupper", "islower", "isalpha", "isdigit", "isspace", "center", "bit_length", "bit_count",
			"as_integer_ratio", "conjugate", "real", "imag", "numerator", "denominator", "is_integer", "hex",
			"fromhex", "sort");

	/** Names that, used as a receiver, are the built-in types whose methods can be missing. */
	private static final Set<String> BUILTIN_TYPES = Set.of("str", "int", "float", "bytes", "bytearray");

	/** Attributes of numbers MicroPython lacks, read without a call. */
	private static final Set<String> MISSING_PROPERTIES = Set.of("real", "imag", "numerator", "denominator");

	/** Statements whose names are not expressions (a rewritten {@code del x.real} would not compile). */
	private static final Set<String> VERBATIM_STATEMENTS = Set.of("import", "from", "global", "nonlocal", "del");

	/**
	 * Text without a match cannot hold anything the rules rewrite: an f-string prefix, a quote
	 * followed by {@code %}, a call of a method in {@link #MISSING_METHODS} or of {@code format}, a star after
	 * an opening bracket or comma, two colons after a bracket on one line, a line starting with
	 * {@code match}, a string prefix with a capital letter.
	 * False positives only cost the full scan.
	 */
	private static final java.util.regex.Pattern TRIGGER = java.util.regex.Pattern.compile("(?i:\\b[rbu]?f[rb]?['\"])|['\"]\\s*%"
			+ "|\\.\\s*(?:" + String.join("|", new java.util.TreeSet<>(MISSING_METHODS)) + "|format)\\b"
			+ "|[\\[({,]\\s*\\*|\\[[^\\n]*:[^\\n]*:|(?m:^\\s*match\\b)|\\bdict\\s*\\(|\\b[rbufRBUF]{0,2}[RBUF][rbufRBUF]{0,2}['\"]|:=");

	/** A source that binds the name {@code dict} itself keeps its own {@code dict(...)} calls. */
	private static final java.util.regex.Pattern DICT_REBOUND = java.util.regex.Pattern
		.compile("\\bdict\\s*=(?!=)|(?m:^\\s*dict\\s*:)|\\b(?:def|class|as|for|global|nonlocal|import)\\s+dict\\b"
				+ "|\\bdef\\s+\\w+\\s*\\((?:[^)]*[,(])?\\s*\\**dict\\s*[,=):]|\\blambda\\s+(?:[^:]*,)?\\s*\\**dict\\s*[,:=]");

	private static final Set<String> MULTIPLICATIVE = Set.of("*", "/", "//", "%", "@", "**");

	private static final Set<String> ASSIGNMENTS = Set.of("=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=",
			"<<=", "&=", "|=", "^=", "@=");

	private final String source;

	private final List<Token> tokens;

	private final MatchStatements matches;

	/** Whether the name {@code dict} keeps meaning the built-in type in this source. */
	private final boolean dictIsBuiltin;

	/**
	 * Assignment expressions to rewrite: the index of the target name to the end of the value,
	 * for each {@code :=} inside a comprehension at module level.
	 */
	private final Map<Integer, Integer> moduleWalrus;

	private CompatRewriter(String source, List<Token> tokens) {
		this.source = source;
		this.tokens = tokens;
		this.dictIsBuiltin = !DICT_REBOUND.matcher(source).find();
		this.matches = new MatchStatements(this);
		this.moduleWalrus = source.contains(":=") ? moduleLevelWalrus() : Map.of();
	}

	/**
	 * The source with every construct above rewritten, or the source itself when nothing needs
	 * rewriting or the source cannot be read.
	 */
	static String rewrite(String source) {
		if (!TRIGGER.matcher(source).find()) {
			// most scripts: nothing any rule could change, so no tokenizing at all
			return source;
		}
		List<Token> tokens = PythonTokens.tokenize(source);
		if (tokens == null) {
			return source;
		}
		try {
			CompatRewriter rewriter = new CompatRewriter(source, tokens);
			String rewritten = rewriter.program();
			return (lineCount(rewritten) == lineCount(source)) ? rewritten : source;
		}
		catch (Unsupported ex) {
			return source;
		}
	}

	/** Thrown when a construct cannot be rewritten exactly: the whole source is then left alone. */
	static final class Unsupported extends RuntimeException {

		Unsupported(String reason) {
			super(reason, null, false, false);
		}

	}

	/** Renders tokens [0, end) of a wrapped expression (an f-string's field) with the same rules. */
	static String expression(String source, List<Token> tokens, int end) {
		return new CompatRewriter(source, tokens).render(0, end);
	}

	// ---------------------------------------------------------------- statements

	private String program() {
		StringBuilder out = new StringBuilder(this.source.length() + 64);
		int written = 0;
		int i = 0;
		while (this.tokens.get(i).kind() != Kind.END) {
			int end = lineEnd(i);
			Token first = this.tokens.get(i);
			out.append(this.source, written, first.start());
			out.append(statement(i, end));
			written = this.tokens.get(end - 1).end();
			i = end;
			if (this.tokens.get(i).kind() == Kind.NEWLINE) {
				out.append(this.source, written, this.tokens.get(i).end());
				written = this.tokens.get(i).end();
				i++;
			}
		}
		out.append(this.source, written, this.source.length());
		return out.toString();
	}

	/** Index of the NEWLINE, {@code ;} or END that ends the logical line starting at {@code i}. */
	int lineEnd(int i) {
		int depth = 0;
		int j = i;
		while (true) {
			Token t = this.tokens.get(j);
			if (t.kind() == Kind.END || t.kind() == Kind.NEWLINE) {
				return j;
			}
			if (t.kind() == Kind.OP) {
				switch (t.text()) {
					case "(", "[", "{" -> depth++;
					case ")", "]", "}" -> depth--;
					case ";" -> {
						if (depth == 0) {
							return j + 1;
						}
					}
					default -> {
					}
				}
			}
			j++;
		}
	}

	/** Renders one logical line, tokens [from, to). */
	private String statement(int from, int to) {
		int last = to - 1;
		if (last > from && this.tokens.get(last).is(";")) {
			return statement(from, last) + gap(last - 1, last) + ";";
		}
		String compiled = this.matches.statement(from, to);
		if (compiled != null) {
			return compiled;
		}
		Token first = this.tokens.get(from);
		if (first.kind() == Kind.NAME && VERBATIM_STATEMENTS.contains(first.text())
				&& !(first.is("del") && extendedSliceStatement(from, to) != null)) {
			return text(from, to);
		}
		String sliceStatement = extendedSliceStatement(from, to);
		if (sliceStatement != null) {
			return sliceStatement;
		}
		return render(from, to);
	}

	/**
	 * {@code target[a:b:c] = value} and {@code del target[a:b:c]}: MicroPython cannot assign or
	 * delete extended slices.
	 */
	private String extendedSliceStatement(int from, int to) {
		boolean delete = this.tokens.get(from).is("del");
		int start = delete ? from + 1 : from;
		if (!startsPrimary(start)) {
			return null;
		}
		Chain chain = chain(start, to);
		if (chain.trailers.isEmpty()) {
			return null;
		}
		int[] subscript = chain.trailers.get(chain.trailers.size() - 1);
		if (!this.tokens.get(subscript[0]).is("[")) {
			return null;
		}
		List<int[]> parts = sliceParts(subscript[0] + 1, subscript[1] - 1);
		if (parts == null) {
			return null;
		}
		String target = chain.rendered(chain.trailers.size() - 1);
		if (delete) {
			return (chain.end == to)
					? pad(from, to - 1, "_sandbox_delslice(" + target + ", " + sliceArguments(parts) + ")") : null;
		}
		if (chain.end >= to || !this.tokens.get(chain.end).is("=")) {
			return null;
		}
		for (int j = chain.end + 1; j < to; j++) {
			if (this.tokens.get(j).is("=")) {
				return null;
			}
		}
		String value = render(chain.end + 1, to);
		return pad(from, to - 1, "_sandbox_setslice(" + target + ", " + sliceArguments(parts) + ", " + value + ")");
	}

	/**
	 * Finds the {@code :=} inside comprehensions of module-level statements. A comprehension is
	 * compiled as a function, and CPython binds its assignment expressions in the scope around it,
	 * here the module; MicroPython refuses to compile them there. Statements inside a {@code def}
	 * or {@code class} (by indentation) and statements with a {@code lambda} (whose own scope
	 * would take the binding) are left alone.
	 */
	private Map<Integer, Integer> moduleLevelWalrus() {
		Map<Integer, Integer> found = new HashMap<>();
		Deque<Integer> scopeIndents = new ArrayDeque<>();
		int i = 0;
		while (this.tokens.get(i).kind() != Kind.END) {
			int end = lineEnd(i);
			Token first = this.tokens.get(i);
			if (first.lineStart()) {
				int indent = first.start() - (this.source.lastIndexOf('\n', first.start() - 1) + 1);
				while (!scopeIndents.isEmpty() && indent <= scopeIndents.peek()) {
					scopeIndents.pop();
				}
				boolean opensScope = first.is("def") || first.is("class")
						|| (first.is("async") && this.tokens.get(i + 1).is("def"));
				if (opensScope) {
					scopeIndents.push(indent);
				}
				else if (scopeIndents.isEmpty()) {
					comprehensionWalrus(i, end, found);
				}
			}
			else if (scopeIndents.isEmpty()) {
				comprehensionWalrus(i, end, found);
			}
			i = end;
			if (this.tokens.get(i).kind() == Kind.NEWLINE) {
				i++;
			}
		}
		return found;
	}

	private void comprehensionWalrus(int from, int to, Map<Integer, Integer> found) {
		for (int j = from; j < to; j++) {
			if (this.tokens.get(j).is("lambda")) {
				return;
			}
		}
		Deque<Integer> open = new ArrayDeque<>();
		for (int j = from; j < to; j++) {
			Token t = this.tokens.get(j);
			if (t.is("(") || t.is("[") || t.is("{")) {
				open.push(j);
			}
			else if (t.is(")") || t.is("]") || t.is("}")) {
				if (!open.isEmpty()) {
					open.pop();
				}
			}
			else if (t.is(":=") && j > from && this.tokens.get(j - 1).kind() == Kind.NAME
					&& !PythonTokens.KEYWORDS.contains(this.tokens.get(j - 1).text()) && insideComprehension(open)) {
				// the value ends at a comma, a `for` or `async for`, or the bracket around it
				int close = closing(open.peek());
				int end = firstTopLevel(j + 1, close, ",", "for", "async");
				end = (end >= 0) ? end : close;
				if (end > j + 1) {
					found.put(j - 1, end);
				}
			}
		}
	}

	/** Whether one of the brackets around a token holds a {@code for} directly: a comprehension. */
	private boolean insideComprehension(Deque<Integer> brackets) {
		for (int bracket : brackets) {
			if (firstTopLevel(bracket + 1, closing(bracket), "for") >= 0) {
				return true;
			}
		}
		return false;
	}

	// ---------------------------------------------------------------- expressions

	/** Renders tokens [from, to) with the inter-token text kept and every expression rewritten. */
	String render(int from, int to) {
		StringBuilder out = new StringBuilder();
		int i = from;
		while (i < to) {
			if (i > from) {
				out.append(gap(i - 1, i));
			}
			Integer walrusEnd = this.moduleWalrus.get(i);
			if (walrusEnd != null && walrusEnd <= to) {
				out.append(pad(i, walrusEnd - 1, "_sandbox_bind(globals(), '" + this.tokens.get(i).text() + "', "
						+ render(i + 2, walrusEnd) + ")"));
				i = walrusEnd;
				continue;
			}
			if (startsPrimary(i)) {
				Chain chain = chain(i, to);
				int operandEnd = percentOperandEnd(chain, from, to);
				if (operandEnd > 0) {
					out.append(pad(i, operandEnd - 1, "_sandbox_percent(" + chain.rendered(0) + ", "
							+ render(chain.end + 1, operandEnd) + ")"));
					i = operandEnd;
					continue;
				}
				out.append(chain.rendered(chain.trailers.size()));
				i = chain.end;
				continue;
			}
			out.append(this.tokens.get(i).text());
			i++;
		}
		return out.toString();
	}

	/**
	 * When the chain is a str literal with a {@code %} in it, used as the left operand of {@code %}:
	 * the end of the right operand (MicroPython's {@code %} rounds floats differently from
	 * CPython), else -1. A literal right after a multiplicative operator is not the left operand
	 * ({@code 2 * "%d" % n} is {@code (2 * "%d") % n}) and stays native.
	 */
	private int percentOperandEnd(Chain chain, int from, int to) {
		if (this.tokens.get(chain.start).kind() != Kind.STRING || !chain.trailers.isEmpty() || chain.end >= to
				|| !this.tokens.get(chain.end).is("%")) {
			return -1;
		}
		if (chain.start > from && MULTIPLICATIVE.contains(this.tokens.get(chain.start - 1).text())) {
			return -1;
		}
		for (int j = chain.start; j < chain.atomEnd; j++) {
			Token literal = this.tokens.get(j);
			if (literal.kind() != Kind.STRING || literal.text().indexOf('%') < 0) {
				continue;
			}
			String prefix = literal.text().substring(0, literal.text().indexOf(literal.text().charAt(
					literal.text().length() - 1))).toLowerCase();
			if (prefix.contains("b") || prefix.contains("f")) {
				return -1;
			}
			return operandEnd(chain.end + 1, to);
		}
		return -1;
	}

	/** The end of a unary-or-power operand starting at {@code j}, or -1. */
	private int operandEnd(int j, int to) {
		int k = j;
		while (k < to && (this.tokens.get(k).is("-") || this.tokens.get(k).is("+") || this.tokens.get(k).is("~"))) {
			k++;
		}
		if (k >= to || !startsPrimary(k)) {
			return -1;
		}
		int end = chain(k, to).end;
		if (end < to && this.tokens.get(end).is("**")) {
			return operandEnd(end + 1, to);
		}
		return end;
	}

	boolean startsPrimary(int i) {
		Token t = this.tokens.get(i);
		return switch (t.kind()) {
			case NAME -> !PythonTokens.KEYWORDS.contains(t.text()) || t.text().equals("True")
					|| t.text().equals("False") || t.text().equals("None");
			case NUMBER, STRING -> true;
			case OP -> t.text().equals("(") || t.text().equals("[") || t.text().equals("{");
			default -> false;
		};
	}

	/** An atom and its trailers ({@code .name}, calls, subscripts) starting at token {@code i}. */
	private Chain chain(int i, int limit) {
		Token t = this.tokens.get(i);
		int atomEnd;
		if (t.kind() == Kind.STRING) {
			atomEnd = i + 1;
			while (atomEnd < limit && this.tokens.get(atomEnd).kind() == Kind.STRING) {
				atomEnd++;
			}
		}
		else if (t.kind() == Kind.OP) {
			atomEnd = closing(i) + 1;
		}
		else {
			atomEnd = i + 1;
		}
		Chain chain = new Chain(i, atomEnd);
		int j = atomEnd;
		while (j < limit) {
			Token next = this.tokens.get(j);
			if (next.is(".") && j + 1 < limit && this.tokens.get(j + 1).kind() == Kind.NAME) {
				chain.trailers.add(new int[] { j, j + 2 });
				j += 2;
			}
			else if (next.is("(") || next.is("[")) {
				int close = closing(j);
				chain.trailers.add(new int[] { j, close + 1 });
				j = close + 1;
			}
			else {
				break;
			}
		}
		chain.end = j;
		return chain;
	}

	/** Index of the bracket closing the one at {@code open}. */
	int closing(int open) {
		int depth = 0;
		for (int j = open;; j++) {
			Token t = this.tokens.get(j);
			if (t.kind() == Kind.END) {
				throw new Unsupported("unbalanced brackets");
			}
			if (t.kind() == Kind.OP) {
				switch (t.text()) {
					case "(", "[", "{" -> depth++;
					case ")", "]", "}" -> {
						if (--depth == 0) {
							return j;
						}
					}
					default -> {
					}
				}
			}
		}
	}

	private final class Chain {

		final int start;

		final int atomEnd;

		final List<int[]> trailers = new ArrayList<>();

		int end;

		Chain(int start, int atomEnd) {
			this.start = start;
			this.atomEnd = atomEnd;
		}

		/** The atom with its first {@code count} trailers, rewritten. */
		String rendered(int count) {
			String acc = atom(this.start, this.atomEnd);
			if (count > 0 && dictIsBuiltin && acc.equals("dict") && tokens.get(this.trailers.get(0)[0]).is("(")) {
				// dict(mapping) of a dict subclass (Counter, OrderedDict...) fails in MicroPython
				acc = "_sandbox_dict_call";
			}
			int previousEnd = this.atomEnd;
			for (int k = 0; k < count; k++) {
				int[] trailer = this.trailers.get(k);
				Token open = tokens.get(trailer[0]);
				boolean callFollows = k + 1 < this.trailers.size() && tokens.get(this.trailers.get(k + 1)[0]).is("(");
				if (open.is(".")) {
					String name = tokens.get(trailer[0] + 1).text();
					boolean typeReceiver = k == 0 && this.atomEnd == this.start + 1
							&& BUILTIN_TYPES.contains(tokens.get(this.start).text());
					if (MISSING_METHODS.contains(name) && (callFollows || ((typeReceiver || MISSING_PROPERTIES.contains(name))
							&& !assignedAfter(k)))) {
						acc = pad(this.start, trailer[1] - 1, "_sandbox_attr(" + acc + ", '" + name + "')");
						previousEnd = trailer[1];
						continue;
					}
					if (name.equals("format") && callFollows) {
						int[] call = this.trailers.get(k + 1);
						String arguments = (call[1] - call[0] > 2) ? ", " + render(call[0] + 1, call[1] - 1) : "";
						acc = pad(this.start, call[1] - 1, "_sandbox_format_call(" + acc + arguments + ")");
						previousEnd = call[1];
						k++;
						continue;
					}
				}
				else if (open.is("[") && !(k == this.trailers.size() - 1 && assignedAfter(k))) {
					List<int[]> parts = sliceParts(trailer[0] + 1, trailer[1] - 1);
					if (parts != null) {
						acc = pad(this.start, trailer[1] - 1,
								"_sandbox_slice(" + acc + ", " + sliceArguments(parts) + ")");
						previousEnd = trailer[1];
						continue;
					}
				}
				acc = acc + gap(previousEnd - 1, trailer[0]) + trailerText(trailer);
				previousEnd = trailer[1];
			}
			return acc;
		}

		private boolean assignedAfter(int k) {
			if (k != this.trailers.size() - 1) {
				return false;
			}
			Token next = tokens.get(this.end);
			return next.kind() == Kind.OP && ASSIGNMENTS.contains(next.text());
		}

		private String trailerText(int[] trailer) {
			Token open = tokens.get(trailer[0]);
			if (open.is(".")) {
				return text(trailer[0], trailer[1]);
			}
			int close = trailer[1] - 1;
			if (close == trailer[0] + 1) {
				return open.text() + gap(trailer[0], close) + tokens.get(close).text();
			}
			return open.text() + gap(trailer[0], trailer[0] + 1) + render(trailer[0] + 1, close) + gap(close - 1, close)
					+ tokens.get(close).text();
		}

	}

	/**
	 * The three parts of a subscript {@code a:b:c} as token ranges (empty ranges for omitted
	 * parts), or {@code null} when the subscript is not a single slice with two colons.
	 */
	private List<int[]> sliceParts(int from, int to) {
		if (firstTopLevel(from, to, ",", "lambda") >= 0) {
			return null;
		}
		List<int[]> parts = split(from, to, ":", true);
		return (parts.size() == 3) ? parts : null;
	}

	private String sliceArguments(List<int[]> parts) {
		StringBuilder out = new StringBuilder();
		for (int[] part : parts) {
			if (out.length() > 0) {
				out.append(", ");
			}
			out.append((part[0] == part[1]) ? "None" : render(part[0], part[1]));
		}
		return out.toString();
	}

	/** An atom: a name, number, string group or bracketed display, rewritten. */
	private String atom(int from, int to) {
		Token t = this.tokens.get(from);
		if (t.kind() == Kind.STRING) {
			return FStrings.group(this, from, to);
		}
		if (t.kind() != Kind.OP) {
			return t.text();
		}
		int close = to - 1;
		String inner = (close == from + 1) ? gap(from, close)
				: gap(from, from + 1) + render(from + 1, close) + gap(close - 1, close);
		List<int[]> items = items(from + 1, close);
		if (items == null || items.isEmpty()) {
			return t.text() + inner + this.tokens.get(close).text();
		}
		boolean starred = false;
		boolean doubleStarred = false;
		boolean dict = false;
		for (int[] item : items) {
			Token head = this.tokens.get(item[0]);
			starred |= head.is("*");
			doubleStarred |= head.is("**");
			dict |= hasTopLevelColon(item[0], item[1]);
		}
		boolean tuple = t.is("(") && (items.size() > 1 || trailingComma(from + 1, close));
		if (t.is("{") && doubleStarred) {
			return pad(from, close, "_sandbox_dict(" + unpacked(items, "**", "{", "}") + ")");
		}
		if (starred && !doubleStarred && (t.is("[") || tuple || (t.is("{") && !dict))) {
			String helper = t.is("[") ? "_sandbox_list(" : t.is("(") ? "_sandbox_tuple(" : "_sandbox_set(";
			return pad(from, close, helper + unpacked(items, "*", "[", "]") + ")");
		}
		return t.text() + inner + this.tokens.get(close).text();
	}

	/** The display's items as token ranges, or {@code null} for a comprehension. */
	private List<int[]> items(int from, int to) {
		return (firstTopLevel(from, to, "for") >= 0) ? null : split(from, to, ",", false);
	}

	private boolean trailingComma(int from, int to) {
		return to > from && this.tokens.get(to - 1).is(",");
	}

	private boolean hasTopLevelColon(int from, int to) {
		int found = firstTopLevel(from, to, ":", "lambda");
		return found >= 0 && this.tokens.get(found).is(":");
	}

	/**
	 * The index of the first token in [from, to) outside every bracket opened in that range that
	 * is one of the given operators or names, or -1.
	 */
	int firstTopLevel(int from, int to, String... wanted) {
		int depth = 0;
		for (int j = from; j < to; j++) {
			Token t = this.tokens.get(j);
			if (t.is("(") || t.is("[") || t.is("{")) {
				depth++;
			}
			else if (t.is(")") || t.is("]") || t.is("}")) {
				depth--;
			}
			else if (depth == 0) {
				for (String text : wanted) {
					if (t.is(text)) {
						return j;
					}
				}
			}
		}
		return -1;
	}

	/**
	 * Token ranges of [from, to) between the separators outside brackets; an empty last range
	 * (a trailing separator, or none at all) is kept only when asked.
	 */
	List<int[]> split(int from, int to, String separator, boolean keepEmptyLast) {
		List<int[]> parts = new ArrayList<>();
		int start = from;
		int at;
		while ((at = firstTopLevel(start, to, separator)) >= 0) {
			parts.add(new int[] { start, at });
			start = at + 1;
		}
		if (start < to || keepEmptyLast) {
			parts.add(new int[] { start, to });
		}
		return parts;
	}

	/**
	 * Helper arguments for a display with unpacking: each {@code *x} (or {@code **x}) becomes
	 * {@code x}, each run of plain items one bracketed literal, in source order.
	 */
	private String unpacked(List<int[]> items, String star, String open, String close) {
		StringBuilder out = new StringBuilder();
		StringBuilder run = new StringBuilder();
		for (int[] item : items) {
			boolean unpack = this.tokens.get(item[0]).is(star);
			if (unpack) {
				if (run.length() > 0) {
					out.append(out.length() > 0 ? ", " : "").append(open).append(run).append(close);
					run.setLength(0);
				}
				out.append(out.length() > 0 ? ", " : "").append(render(item[0] + 1, item[1]));
			}
			else {
				run.append(run.length() > 0 ? ", " : "").append(render(item[0], item[1]));
			}
		}
		if (run.length() > 0) {
			out.append(out.length() > 0 ? ", " : "").append(open).append(run).append(close);
		}
		return out.toString();
	}

	// ---------------------------------------------------------------- text

	Token token(int i) {
		return this.tokens.get(i);
	}

	String source() {
		return this.source;
	}

	/** The source text between token {@code before} and token {@code after}. */
	String gap(int before, int after) {
		return this.source.substring(this.tokens.get(before).end(), this.tokens.get(after).start());
	}

	/** The source text of tokens [from, to), verbatim. */
	String text(int from, int to) {
		return this.source.substring(this.tokens.get(from).start(), this.tokens.get(to - 1).end());
	}

	/**
	 * The replacement for tokens [from, last], padded with the line breaks the original spanned
	 * and the replacement dropped; they go before its closing bracket, where Python ignores them.
	 */
	String pad(int from, int last, String replacement) {
		int missing = lineCount(this.source.substring(this.tokens.get(from).start(), this.tokens.get(last).end()))
				- lineCount(replacement);
		if (missing <= 0) {
			return replacement;
		}
		if (!replacement.endsWith(")")) {
			throw new Unsupported("cannot keep the line structure");
		}
		return replacement.substring(0, replacement.length() - 1) + "\n".repeat(missing) + ")";
	}

	static int lineCount(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				count++;
			}
		}
		return count;
	}

	/** A Python string literal with the given value, readable by MicroPython. */
	static String literal(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\'' -> out.append("\\'");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						out.append(String.format("\\x%02x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('\'').toString();
	}

}
