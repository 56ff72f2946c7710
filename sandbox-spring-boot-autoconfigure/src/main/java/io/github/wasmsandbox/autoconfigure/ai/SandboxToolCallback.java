package io.github.wasmsandbox.autoconfigure.ai;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.wasmsandbox.core.CodeExecutor;
import io.github.wasmsandbox.core.ExecutionError;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.ai.tool.execution.ToolExecutionException;

/**
 * A Spring AI {@link ToolCallback} that runs the model's Python code in the sandbox and answers
 * with the {@link ExecutionResult} as compact JSON.
 *
 * <p>
 * Whatever the code does, and whatever arguments the model sends, the answer is a JSON result the
 * model can read and act on: only a failure of the executor itself (an exception, which the
 * sandbox's executors do not throw for guest code) becomes a {@link ToolExecutionException}.
 */
final class SandboxToolCallback implements ToolCallback {

	/** The JSON schema of the tool's arguments. */
	static final String INPUT_SCHEMA = """
			{"type":"object","properties":{\
			"code":{"type":"string","description":"The Python source to run."},\
			"inputs":{"type":"object","description":"Optional values bound as global variables before \
			the code runs; each key must be a Python identifier."}},\
			"required":["code"],"additionalProperties":false}""";

	private static final Logger logger = LoggerFactory.getLogger(SandboxToolCallback.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CodeExecutor executor;

	private final ToolDefinition definition;

	SandboxToolCallback(CodeExecutor executor, String name, String description) {
		this.executor = Objects.requireNonNull(executor, "'executor' must not be null");
		this.definition = ToolDefinition.builder()
			.name(Objects.requireNonNull(name, "'name' must not be null"))
			.description(Objects.requireNonNull(description, "'description' must not be null"))
			.inputSchema(INPUT_SCHEMA)
			.build();
	}

	@Override
	public ToolDefinition getToolDefinition() {
		return this.definition;
	}

	@Override
	public String call(String toolInput, @Nullable ToolContext toolContext) {
		// The tool context carries application data for Java tools; guest code never sees it.
		return call(toolInput);
	}

	@Override
	public String call(String toolInput) {
		ExecutionRequest request;
		try {
			request = parse(toolInput);
		}
		catch (InvalidArgumentsException ex) {
			logger.debug("Tool '{}' called with invalid arguments: {}", this.definition.name(), ex.getMessage());
			return invalidArguments(ex.getMessage());
		}
		ExecutionResult result;
		try {
			result = this.executor.execute(request);
		}
		catch (RuntimeException ex) {
			throw new ToolExecutionException(this.definition, ex);
		}
		logger.debug("Tool '{}' ran code: {} in {} ms on {}", this.definition.name(), result.status(),
				result.duration().toMillis(), result.executor());
		return toJson(result);
	}

	private static ExecutionRequest parse(@Nullable String toolInput) {
		if (toolInput == null || toolInput.isBlank()) {
			throw new InvalidArgumentsException("the arguments are empty; 'code' (a string) is required");
		}
		JsonNode arguments;
		try {
			arguments = JSON.readTree(toolInput);
		}
		catch (JacksonException ex) {
			throw new InvalidArgumentsException("the arguments are not valid JSON (" + ex.getOriginalMessage() + ")");
		}
		if (arguments == null || !arguments.isObject()) {
			throw new InvalidArgumentsException("the arguments must be a JSON object");
		}
		JsonNode code = arguments.get("code");
		if (code == null || code.isNull()) {
			throw new InvalidArgumentsException("'code' (a string of Python source) is required");
		}
		if (!code.isString()) {
			throw new InvalidArgumentsException("'code' must be a string of Python source, not " + code.getNodeType());
		}
		return new ExecutionRequest(code.stringValue(), inputs(arguments.get("inputs")), null);
	}

	private static Map<String, @Nullable Object> inputs(@Nullable JsonNode inputs) {
		if (inputs == null || inputs.isNull()) {
			return Map.of();
		}
		JsonNode object = inputs;
		if (inputs.isString()) {
			// Models now and then send a nested object as a JSON string; take it when it is one.
			try {
				object = JSON.readTree(inputs.stringValue());
			}
			catch (JacksonException ex) {
				throw new InvalidArgumentsException("'inputs' must be a JSON object of global variables");
			}
		}
		if (object == null || !object.isObject()) {
			throw new InvalidArgumentsException("'inputs' must be a JSON object of global variables");
		}
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> property : object.properties()) {
			values.put(property.getKey(), JSON.treeToValue(property.getValue(), Object.class));
		}
		return values;
	}

	private static String invalidArguments(String problem) {
		ObjectNode json = JSON.createObjectNode();
		json.put("status", ExecutionStatus.REJECTED.name());
		json.put("message", "Invalid tool arguments: " + problem
				+ ". Send {\"code\": \"<python source>\", \"inputs\": {<optional globals>}}.");
		return JSON.writeValueAsString(json);
	}

	/**
	 * The result as the model sees it: what it needs to correct itself and nothing else. Empty
	 * and default fields are left out to save tokens; stderr already holds the traceback.
	 */
	static String toJson(ExecutionResult result) {
		ObjectNode json = JSON.createObjectNode();
		json.put("status", result.status().name());
		json.put("stdout", result.stdout());
		if (result.stdoutTruncated()) {
			json.put("stdoutTruncated", true);
		}
		if (!result.stderr().isEmpty()) {
			json.put("stderr", result.stderr());
		}
		if (result.stderrTruncated()) {
			json.put("stderrTruncated", true);
		}
		if (result.value() != null) {
			json.set("value", JSON.valueToTree(result.value()));
		}
		ExecutionError error = result.error();
		if (error != null) {
			ObjectNode errorJson = json.putObject("error");
			errorJson.put("type", error.type());
			errorJson.put("message", error.message());
			if (error.line() != null) {
				errorJson.put("line", error.line());
			}
		}
		if (result.message() != null) {
			json.put("message", result.message());
		}
		json.put("executor", result.executor());
		if (result.fallbackReason() != null) {
			json.put("fallbackReason", result.fallbackReason());
		}
		json.put("durationMillis", result.duration().toMillis());
		return JSON.writeValueAsString(json);
	}

	/**
	 * Arguments the tool cannot run: reported to the model, never thrown out of the tool.
	 */
	private static final class InvalidArgumentsException extends RuntimeException {

		InvalidArgumentsException(String message) {
			super(message, null, false, false);
		}

		@Override
		public String getMessage() {
			return Objects.requireNonNull(super.getMessage());
		}

	}

}
