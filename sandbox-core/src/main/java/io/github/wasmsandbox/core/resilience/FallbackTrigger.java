package io.github.wasmsandbox.core.resilience;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.wasmsandbox.core.ExecutionError;

/**
 * A kind of error that means "MicroPython cannot run this" rather than "this code is wrong", and
 * so sends the code to the fallback when the fallback is enabled. Each constant matches the
 * exception type and message MicroPython 1.27 raises; its {@link #value()} is the name used in
 * configuration ({@code sandbox.fallback.on}).
 *
 * <p>
 * The matching errs towards falling back: an error CPython would raise too (a real syntax error,
 * the code's own {@code NotImplementedError}) is run again and fails again, which costs time but
 * never correctness, and gives the agent CPython's message.
 *
 * @since 0.1.0
 */
public enum FallbackTrigger {

	/**
	 * A module or a name in it that MicroPython lacks: {@code ImportError: no module named
	 * 'typing'}, {@code ImportError: can't import name groupby}; also CPython's {@code No module
	 * named 'numpy'}, the one error that sends code on from the CPython tier.
	 */
	MISSING_MODULE("missing-module", "ImportError|ModuleNotFoundError",
			"[Nn]o module named .*|can't import name .*|cannot import name .*"),

	/**
	 * A method or attribute of a built-in type or a standard module that MicroPython lacks:
	 * {@code AttributeError: 'str' object has no attribute 'title'}, {@code AttributeError:
	 * module 're' has no attribute 'findall'}. The same error on the code's own classes is not
	 * matched.
	 */
	MISSING_ATTRIBUTE("missing-attribute", "AttributeError",
			"(?:'(?:" + Names.BUILT_IN_TYPES + ")' object|type object '(?:" + Names.BUILT_IN_TYPES
					+ ")'|module '[\\w.]+') has no attribute '\\w+'"),

	/**
	 * A CPython built-in that MicroPython lacks: {@code NameError: name 'format' isn't defined}.
	 * A name the code itself forgot to define is not matched.
	 */
	MISSING_BUILTIN("missing-builtin", "NameError", "name '(?:" + Names.BUILT_INS + ")' (?:isn't|is not) defined"),

	/**
	 * A feature MicroPython leaves out: {@code NotImplementedError: only slices with step=1 (aka
	 * None) are supported}, {@code NotImplementedError: unicode name escapes}.
	 */
	NOT_IMPLEMENTED("not-implemented", "NotImplementedError", ".*"),

	/**
	 * Syntax MicroPython does not parse: {@code match} statements, positional-only parameters,
	 * {@code except*}. MicroPython reports them all as {@code SyntaxError: invalid syntax}, like a
	 * real syntax error, so every SyntaxError is matched.
	 */
	UNSUPPORTED_SYNTAX("unsupported-syntax", "SyntaxError|IndentationError|TabError", ".*"),

	/**
	 * Keyword arguments a MicroPython built-in does not take: {@code TypeError: extra keyword
	 * arguments given} ({@code json.dumps(indent=2)}), {@code TypeError: function doesn't take
	 * keyword arguments}.
	 */
	KEYWORD_ARGUMENTS("keyword-arguments", "TypeError",
			"extra keyword arguments given|function doesn't take keyword arguments|keyword argument\\(s\\) not implemented.*"),

	/**
	 * A regular expression MicroPython's {@code re} cannot compile: {@code ValueError: regex too
	 * complex} (named groups, for example).
	 */
	REGEX("regex", "ValueError|error", "regex too complex|Error in regex.*"),

	/**
	 * A format spec MicroPython cannot apply because its f-strings and {@code str.format} never
	 * call {@code __format__}: {@code ValueError: invalid format specifier} (e.g.
	 * {@code f"{day:%Y-%m-%d}"} on a date), or {@code TypeError: can't convert 'Decimal' object to
	 * str implicitly} for a width or alignment on an object that is not a built-in type. Code whose
	 * spec or concatenation is wrong in CPython too fails there with CPython's own message.
	 */
	FORMAT_SPEC("format-spec", "ValueError|TypeError",
			"invalid format specifier|can't convert '(?!(?:" + Names.BUILT_IN_TYPES + ")')\\w+' object to str implicitly"),

	/**
	 * MicroPython's much smaller recursion limit: {@code RuntimeError: maximum recursion depth
	 * exceeded}. Not a default: it is a resource limit, and limits never send code to a weaker
	 * box unless asked to.
	 */
	RECURSION_DEPTH("recursion-depth", "RuntimeError|RecursionError", "maximum recursion depth exceeded.*");

	/** The triggers enabled by default: all but {@link #RECURSION_DEPTH}. */
	public static final Set<FallbackTrigger> DEFAULTS = Collections
		.unmodifiableSet(EnumSet.complementOf(EnumSet.of(RECURSION_DEPTH)));

	private final String value;

	private final Pattern type;

	private final Pattern message;

	FallbackTrigger(String value, String type, String message) {
		this.value = value;
		this.type = Pattern.compile(type);
		this.message = Pattern.compile(message, Pattern.DOTALL);
	}

	/**
	 * The name of this trigger in configuration, for example {@code missing-module}; also the
	 * {@code fallbackReason} of a result it sent to the fallback.
	 * @return the value
	 */
	public String value() {
		return this.value;
	}

	/**
	 * The trigger with the given configuration name.
	 * @param value the name, for example {@code missing-module}
	 * @return the trigger
	 * @throws IllegalArgumentException when no trigger has that name; the message lists the
	 * allowed ones
	 */
	public static FallbackTrigger fromValue(String value) {
		Objects.requireNonNull(value, "'value' must not be null");
		for (FallbackTrigger trigger : values()) {
			if (trigger.value.equals(value)) {
				return trigger;
			}
		}
		throw new IllegalArgumentException("Unknown fallback trigger '" + value + "', allowed values are "
				+ Arrays.stream(values()).map(FallbackTrigger::value).collect(Collectors.joining(", ")));
	}

	/**
	 * Whether the error is one this trigger stands for.
	 * @param error the error the primary engine reported
	 * @return {@code true} when it matches
	 */
	boolean matches(ExecutionError error) {
		Matcher message = this.message.matcher(error.message().strip());
		return this.type.matcher(error.type()).matches() && message.matches();
	}

	private static final class Names {

		// type names as MicroPython and CPython print them; a code's own class of the same name is rare
		static final String BUILT_IN_TYPES = String.join("|", "str", "bytes", "bytearray", "list", "dict", "set",
				"frozenset", "tuple", "int", "float", "complex", "bool", "range", "NoneType", "object", "type",
				"function", "builtin_function_or_method", "method", "bound_method", "closure", "generator",
				"memoryview", "slice", "map", "filter", "zip", "enumerate", "reversed", "iterator", "str_iterator",
				"list_iterator", "dict_keys", "dict_values", "dict_items", "dict_view", "OrderedDict", "deque",
				"defaultdict", "match", "Match", "Pattern", "StringIO", "BytesIO", "TextIOWrapper", "FileIO",
				"datetime", "date", "time", "timedelta", "timezone", "property", "staticmethod", "classmethod",
				"super", "Exception", "BaseException");

		// dir(builtins) of CPython 3.11 without the private names
		static final String BUILT_INS = String.join("|", "ArithmeticError", "AssertionError", "AttributeError",
				"BaseException", "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BufferError",
				"BytesWarning", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
				"ConnectionRefusedError", "ConnectionResetError", "DeprecationWarning", "EOFError", "Ellipsis",
				"EncodingWarning", "EnvironmentError", "Exception", "ExceptionGroup", "FileExistsError",
				"FileNotFoundError", "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError",
				"ImportError", "ImportWarning", "IndentationError", "IndexError", "InterruptedError",
				"IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
				"ModuleNotFoundError", "NameError", "NotADirectoryError", "NotImplemented", "NotImplementedError",
				"OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
				"RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
				"StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit",
				"TabError", "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
				"UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
				"ValueError", "Warning", "ZeroDivisionError", "abs", "aiter", "all", "anext", "any", "ascii", "bin",
				"bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
				"copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit",
				"filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex",
				"id", "input", "int", "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map",
				"max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property",
				"quit", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod",
				"str", "sum", "super", "tuple", "type", "vars", "zip");

		private Names() {
		}

	}

}
