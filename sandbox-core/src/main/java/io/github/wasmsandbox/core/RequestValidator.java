package io.github.wasmsandbox.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a request against the limits before any engine sees it, and encodes its inputs as JSON.
 * Shared by every executor so that all of them refuse the same requests with the same words.
 *
 * @since 0.1.0
 */
public final class RequestValidator {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
			"await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
			"global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
			"while", "with", "yield");

	private static final int MAX_INPUT_DEPTH = 64;

	/** Built on first use: Jackson's start-up is most of a fresh JVM's first call without it. */
	private static final class Json {

		static final JsonMapper MAPPER = JsonMapper.builder().build();

	}

	private final SandboxLimits limits;

	/**
	 * A validator for the given limits.
	 * @param limits the limits to check against
	 */
	public RequestValidator(SandboxLimits limits) {
		this.limits = Objects.requireNonNull(limits, "'limits' must not be null");
	}

	/**
	 * Checks and encodes a request.
	 * @param request the request
	 * @return the UTF-8 code and inputs, or the reason to refuse the request
	 */
	public Validated validate(ExecutionRequest request) {
		Objects.requireNonNull(request, "'request' must not be null");
		String code = request.code();
		if (code.isBlank()) {
			return Validated.refused("The code is blank");
		}
		if (code.indexOf('\0') >= 0) {
			return Validated.refused("The code contains NUL bytes, which Python source cannot contain");
		}
		byte[] codeBytes = code.getBytes(StandardCharsets.UTF_8);
		if (codeBytes.length > this.limits.maxCodeBytes()) {
			return Validated.refused("The code is " + codeBytes.length + " bytes, above the limit of "
					+ this.limits.maxCodeBytes() + " bytes");
		}
		for (Map.Entry<String, @Nullable Object> input : request.inputs().entrySet()) {
			String name = input.getKey();
			if (!IDENTIFIER.matcher(name).matches() || KEYWORDS.contains(name)) {
				return Validated.refused("Input name '" + name + "' is not a valid Python identifier");
			}
			String problem = jsonProblem(input.getValue(), name, 0, new IdentityHashMap<>());
			if (problem != null) {
				return Validated.refused(problem);
			}
		}
		byte[] inputs = request.inputs().isEmpty() ? new byte[0] : Json.MAPPER.writeValueAsBytes(request.inputs());
		if (inputs.length > this.limits.maxInputsBytes()) {
			return Validated.refused("The inputs are " + inputs.length + " bytes of JSON, above the limit of "
					+ this.limits.maxInputsBytes() + " bytes");
		}
		return new Validated(codeBytes, inputs, null);
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
			return (Double.isFinite(number)) ? null
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

	/**
	 * A checked request: its code and inputs as UTF-8 bytes, or why it was refused.
	 *
	 * @param code the code as UTF-8
	 * @param inputsJson the inputs as a UTF-8 JSON object, empty when there are none
	 * @param problem why the request was refused, or {@code null} when it is acceptable
	 */
	public record Validated(byte[] code, byte[] inputsJson, @Nullable String problem) {

		static Validated refused(String problem) {
			return new Validated(new byte[0], new byte[0], problem);
		}

		/**
		 * Whether the request was refused.
		 * @return {@code true} when {@link #problem()} is set
		 */
		public boolean isRefused() {
			return this.problem != null;
		}

	}

}
