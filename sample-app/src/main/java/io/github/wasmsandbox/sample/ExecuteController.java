package io.github.wasmsandbox.sample;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.wasmsandbox.core.CodeExecutor;
import io.github.wasmsandbox.core.ExecutionError;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.RequestValidator;
import io.github.wasmsandbox.core.wasm.WasmExecutor;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/execute}: Python in, the execution result out, the way a workflow tool (n8n,
 * a script, another service) calls a sandbox over HTTP.
 *
 * <p>
 * Statuses: 200 for every guest outcome (SUCCESS, ERROR, TIMEOUT and the other limits: the code
 * ran, read {@code status}); 400 {@code application/problem+json} for a request that cannot run
 * (malformed JSON, no {@code code}, a bad {@code timeout}, code or inputs the sandbox refuses);
 * 429 when every execution slot is busy; 503 when the engine is unavailable or its circuit
 * breaker is open.
 */
@RestController
class ExecuteController {

	private final CodeExecutor executor;

	private final RequestValidator validator;

	private final JsonMapper jsonMapper;

	ExecuteController(CodeExecutor executor, WasmExecutor engine, JsonMapper jsonMapper) {
		this.executor = executor;
		// Checking the request first separates "this request can never run" (400) from "no
		// capacity now" (429): after the check passes, a REJECTED result can only mean capacity.
		this.validator = new RequestValidator(engine.limits());
		this.jsonMapper = jsonMapper;
	}

	@PostMapping(path = "/api/execute", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ExecuteResponse> execute(@RequestBody JsonNode body) {
		ExecutionRequest request = toRequest(body);
		RequestValidator.Validated validated = this.validator.validate(request);
		if (validated.isRefused()) {
			throw badRequest(String.valueOf(validated.problem()));
		}
		ExecutionResult result = this.executor.execute(request);
		ExecuteResponse response = ExecuteResponse.of(result);
		return switch (result.status()) {
			case REJECTED -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, "1")
				.body(response);
			case UNAVAILABLE -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(response);
			default -> ResponseEntity.ok(response);
		};
	}

	private ExecutionRequest toRequest(JsonNode body) {
		if (!body.isObject()) {
			throw badRequest("The body must be a JSON object: {\"code\": \"...\", \"inputs\": {...}, \"timeout\": \"2s\"}");
		}
		JsonNode code = body.get("code");
		if (code == null || code.isNull()) {
			throw badRequest("'code' is required: the Python source to run, as a string");
		}
		if (!code.isString()) {
			throw badRequest("'code' must be a string of Python source");
		}
		return new ExecutionRequest(code.stringValue(), inputs(body.get("inputs")), timeout(body.get("timeout")));
	}

	private Map<String, @Nullable Object> inputs(@Nullable JsonNode inputs) {
		if (inputs == null || inputs.isNull()) {
			return Map.of();
		}
		if (!inputs.isObject()) {
			throw badRequest("'inputs' must be a JSON object; each key becomes a Python global");
		}
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> input : inputs.properties()) {
			values.put(input.getKey(), this.jsonMapper.treeToValue(input.getValue(), Object.class));
		}
		return values;
	}

	private static @Nullable Duration timeout(@Nullable JsonNode timeout) {
		if (timeout == null || timeout.isNull()) {
			return null;
		}
		Duration duration;
		if (timeout.isNumber()) {
			duration = Duration.ofNanos(Math.round(timeout.doubleValue() * 1_000_000_000));
		}
		else if (timeout.isString()) {
			try {
				duration = DurationStyle.detectAndParse(timeout.stringValue());
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				throw badRequest("'timeout' must be a number of seconds or a duration such as \"500ms\" or \"2s\"");
			}
		}
		else {
			throw badRequest("'timeout' must be a number of seconds or a duration such as \"500ms\" or \"2s\"");
		}
		if (duration.isNegative() || duration.isZero()) {
			throw badRequest("'timeout' must be positive; the configured limit is the maximum");
		}
		return duration;
	}

	private static ErrorResponseException badRequest(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid execution request");
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

	/**
	 * The execution result as JSON.
	 *
	 * @param status how the execution ended
	 * @param stdout what the code printed
	 * @param stderr what the code wrote to stderr, traceback included
	 * @param stdoutTruncated whether stdout was cut at the cap
	 * @param stderrTruncated whether stderr was cut at the cap
	 * @param error the uncaught exception, for ERROR
	 * @param value the value of the last expression, as JSON
	 * @param executor {@code wasm}, {@code cpython-wasm} or {@code subprocess}
	 * @param fallbackReason why a fallback ran, if one did
	 * @param message the explanation of a status that carries no Python error
	 * @param durationMillis wall time of the call
	 */
	record ExecuteResponse(ExecutionStatus status, String stdout, String stderr, boolean stdoutTruncated,
			boolean stderrTruncated, @Nullable ExecutionError error, @Nullable Object value, String executor,
			@Nullable String fallbackReason, @Nullable String message, long durationMillis) {

		static ExecuteResponse of(ExecutionResult result) {
			return new ExecuteResponse(result.status(), result.stdout(), result.stderr(), result.stdoutTruncated(),
					result.stderrTruncated(), result.error(), result.value(), result.executor(),
					result.fallbackReason(), result.message(), result.duration().toMillis());
		}

	}

}
