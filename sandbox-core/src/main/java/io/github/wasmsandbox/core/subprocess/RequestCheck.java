package io.github.wasmsandbox.core.subprocess;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.SandboxLimits;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a request against the limits before anything is started. The rules and the words are
 * the ones the WASM engine uses, so that every executor refuses the same requests alike.
 */
final class RequestCheck {

	// ASCII identifiers only, like the WASM engine: MicroPython accepts no other
	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
			"await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
			"global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
			"while", "with", "yield");

	private static final int MAX_INPUT_DEPTH = 64;

	private RequestCheck() {
	}

	/**
	 * Why the request must be refused, or {@code null} when it may run.
	 * @param request the request
	 * @param limits the limits
	 * @param json the mapper that will encode the inputs
	 * @return the problem, or {@code null}
	 */
	static @Nullable String problem(ExecutionRequest request, SandboxLimits limits, JsonMapper json) {
		String code = request.code();
		if (code.isBlank()) {
			return "The code is blank";
		}
		if (code.indexOf('\0') >= 0) {
			return "The code contains NUL bytes, which Python source cannot contain";
		}
		int codeBytes = code.getBytes(StandardCharsets.UTF_8).length;
		if (codeBytes > limits.maxCodeBytes()) {
			return "The code is " + codeBytes + " bytes, above the limit of " + limits.maxCodeBytes() + " bytes";
		}
		for (Map.Entry<String, @Nullable Object> input : request.inputs().entrySet()) {
			String name = input.getKey();
			if (!IDENTIFIER.matcher(name).matches() || KEYWORDS.contains(name)) {
				return "Input name '" + name + "' is not a valid Python identifier";
			}
			String problem = jsonProblem(input.getValue(), name, 0, new IdentityHashMap<>());
			if (problem != null) {
				return problem;
			}
		}
		if (!request.inputs().isEmpty()) {
			int inputBytes = json.writeValueAsBytes(request.inputs()).length;
			if (inputBytes > limits.maxInputsBytes()) {
				return "The inputs are " + inputBytes + " bytes of JSON, above the limit of " + limits.maxInputsBytes()
						+ " bytes";
			}
		}
		return null;
	}

	private static @Nullable String jsonProblem(@Nullable Object value, String path, int depth,
			IdentityHashMap<Object, Boolean> seen) {
		if (depth > MAX_INPUT_DEPTH) {
			return "Input '" + path + "' is nested deeper than " + MAX_INPUT_DEPTH + " levels";
		}
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
				|| value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger || value instanceof BigDecimal) {
			return null;
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			return Double.isFinite(number) ? null
					: "Input '" + path + "' is " + number + ", which JSON cannot represent";
		}
		if (seen.put(value, Boolean.TRUE) != null) {
			return "Input '" + path + "' contains itself";
		}
		try {
			if (value instanceof Map<?, ?> map) {
				for (Map.Entry<?, ?> entry : map.entrySet()) {
					if (!(entry.getKey() instanceof String key)) {
						return "Input '" + path + "' has a key that is not a string: " + entry.getKey();
					}
					String problem = jsonProblem(entry.getValue(), path + "." + key, depth + 1, seen);
					if (problem != null) {
						return problem;
					}
				}
				return null;
			}
			if (value instanceof List<?> list) {
				for (int i = 0; i < list.size(); i++) {
					String problem = jsonProblem(list.get(i), path + "[" + i + "]", depth + 1, seen);
					if (problem != null) {
						return problem;
					}
				}
				return null;
			}
		}
		finally {
			seen.remove(value);
		}
		return "Input '" + path + "' is a " + value.getClass().getName()
				+ ", not a JSON value (null, boolean, number, string, list or map)";
	}

}
