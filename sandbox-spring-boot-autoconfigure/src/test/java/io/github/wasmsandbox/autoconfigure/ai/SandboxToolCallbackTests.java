package io.github.wasmsandbox.autoconfigure.ai;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.github.wasmsandbox.core.CodeExecutor;
import io.github.wasmsandbox.core.ExecutionError;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.SandboxLimits;
import io.github.wasmsandbox.core.wasm.WasmExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.ai.chat.model.ToolContext;
import org.springframework.ai.tool.execution.ToolExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SandboxToolCallback} and {@link SandboxToolDescription}: the schema, the JSON
 * result, malformed arguments, and guest faults coming back as results, with the real engine.
 */
class SandboxToolCallbackTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static WasmExecutor engine;

	private static SandboxToolCallback tool;

	@BeforeAll
	static void startEngine() {
		engine = WasmExecutor.builder()
			.limits(SandboxLimits.builder().timeout(Duration.ofSeconds(2)).maxStdoutBytes(1024).build())
			.build();
		tool = new SandboxToolCallback(engine, "run_python", SandboxToolDescription.of(engine.limits(), false));
	}

	@AfterAll
	static void stopEngine() {
		engine.close();
	}

	@Test
	void getToolDefinitionWhenCreatedShouldDeclareCodeRequiredAndInputsOptional() {
		JsonNode schema = JSON.readTree(tool.getToolDefinition().inputSchema());
		assertThat(schema.get("type").stringValue()).isEqualTo("object");
		assertThat(schema.get("required").values()).extracting(JsonNode::stringValue).containsExactly("code");
		assertThat(schema.get("properties").get("code").get("type").stringValue()).isEqualTo("string");
		assertThat(schema.get("properties").get("inputs").get("type").stringValue()).isEqualTo("object");
		assertThat(tool.getToolDefinition().name()).isEqualTo("run_python");
	}

	@Test
	void descriptionWhenWrittenShouldStayShortAndCoverWhatTheModelNeeds() {
		String description = SandboxToolDescription.of(SandboxLimits.ofDefaults(), false);
		assertThat(description).hasSizeLessThan(1400)
			.contains("MicroPython 1.27, not CPython", "starts fresh", "self-contained", "end with an expression",
					"\"inputs\"", "No files, network", "Limits per call: 3 s, 64 MB memory", "1 MB stdout",
					"256 KB code", "match statements", "s[::-1]", "{**a} and [*a]", ":= in comprehensions", "slice() objects",
					"a few million steps per second",
					"re, json, typing, dataclasses, collections");
		assertThat(SandboxToolDescription.of(null, false)).doesNotContain("Limits per call");
	}

	@Test
	void descriptionWhenEngineChangesShouldStillBeTrue() {
		// Pins the description to the engine: what it says works must run, what it says does not
		// must fail; when the engine closes a gap, this fails and the description loses a line.
		List<String> claimedWorking = List.of("match [1, 2]:\n  case [1, x]: print(x)", "print(f'{3.14159:,.2f} {1+1=}')",
				"a = {'x': 1}\nprint({**a, 'y': 2}, [*a, 'z'])", "print('abc'[::-1], 'a b'.title(), (5).bit_length())",
				"print('ab'.ljust(4) + '|', 'AB'.casefold(), 'ab'.translate({97: 'x'}))",
				"t = 0\nprint([t := t + v for v in [1]])");
		List<String> claimedGaps = List.of("print([1, 2, 3][slice(1, 2)])", "open('data.txt')", "import socket");
		// Right after start-up the engine compiles library modules on each import (until its
		// preloaded snapshot is ready), so importing them all may take longer than the 2 s above.
		try (WasmExecutor patient = WasmExecutor.builder()
			.limits(SandboxLimits.builder().timeout(Duration.ofSeconds(60)).build())
			.build()) {
			for (String code : claimedWorking) {
				assertThat(patient.execute(ExecutionRequest.of(code)).status()).as(code)
					.isEqualTo(ExecutionStatus.SUCCESS);
			}
			for (String code : claimedGaps) {
				assertThat(patient.execute(ExecutionRequest.of(code)).status()).as(code)
					.isEqualTo(ExecutionStatus.ERROR);
			}
			String modules = "import math, random, re, json, typing, dataclasses, collections, itertools, "
					+ "functools, datetime, calendar, decimal, statistics, csv, string, textwrap, enum, fractions, uuid, copy, "
					+ "heapq, bisect, urllib.parse, base64, hashlib, pprint";
			assertThat(patient.execute(ExecutionRequest.of(modules)).status()).isEqualTo(ExecutionStatus.SUCCESS);
			assertThat(patient.execute(ExecutionRequest.of("''.join(reversed('abc')), dict({'x': 1}), list([1])"))
				.value()).isEqualTo(List.of("cba", Map.of("x", 1), List.of(1)));
		}
	}

	@Test
	void callWhenCodeSucceedsShouldReturnCompactJsonResult() {
		JsonNode result = call("""
				{"code": "total = sum(o['amount'] for o in orders)\\nprint(len(orders), 'orders')\\ntotal",
				 "inputs": {"orders": [{"amount": 12.5}, {"amount": 7.5}]}}""");
		assertThat(result.get("status").stringValue()).isEqualTo("SUCCESS");
		assertThat(result.get("stdout").stringValue()).isEqualTo("2 orders\n");
		assertThat(result.get("value").doubleValue()).isEqualTo(20.0);
		assertThat(result.get("executor").stringValue()).isEqualTo("wasm");
		assertThat(result.get("durationMillis").isIntegralNumber()).isTrue();
		assertThat(result.has("stderr")).isFalse();
		assertThat(result.has("error")).isFalse();
		assertThat(result.has("stdoutTruncated")).isFalse();
	}

	@Test
	void callWhenCodeRaisesShouldReturnErrorWithTypeLineAndTraceback() {
		JsonNode result = call("{\"code\": \"x = 1\\ny = x / 0\"}");
		assertThat(result.get("status").stringValue()).isEqualTo("ERROR");
		assertThat(result.get("error").get("type").stringValue()).isEqualTo("ZeroDivisionError");
		assertThat(result.get("error").get("line").intValue()).isEqualTo(2);
		assertThat(result.get("stderr").stringValue()).contains("ZeroDivisionError");
	}

	@Test
	void callWhenCodeHasSyntaxErrorShouldReturnErrorResult() {
		JsonNode result = call("{\"code\": \"def f(:\\n  pass\"}");
		assertThat(result.get("status").stringValue()).isEqualTo("ERROR");
		assertThat(result.get("error").get("type").stringValue()).isEqualTo("SyntaxError");
	}

	@Test
	void callWhenCodeLoopsForeverShouldReturnTimeout() {
		JsonNode result = call("{\"code\": \"while True:\\n  pass\"}");
		assertThat(result.get("status").stringValue()).isEqualTo("TIMEOUT");
		assertThat(result.get("message").stringValue()).isNotBlank();
	}

	@Test
	void callWhenOutputPassesTheCapShouldReturnTruncatedOutput() {
		JsonNode result = call("{\"code\": \"while True:\\n  print('x' * 100)\"}");
		assertThat(result.get("status").stringValue()).isEqualTo("OUTPUT_LIMIT");
		assertThat(result.get("stdoutTruncated").booleanValue()).isTrue();
		assertThat(result.get("stdout").stringValue()).hasSizeLessThanOrEqualTo(1024);
	}

	@Test
	void callWhenCodeOpensAFileShouldReturnErrorResult() {
		JsonNode result = call("{\"code\": \"open('/etc/passwd').read()\"}");
		assertThat(result.get("status").stringValue()).isEqualTo("ERROR");
		assertThat(result.get("error").get("type").stringValue()).isEqualTo("OSError");
	}

	@Test
	void callWhenInputsAreAJsonStringShouldBindThem() {
		JsonNode result = call("{\"code\": \"n * 2\", \"inputs\": \"{\\\"n\\\": 21}\"}");
		assertThat(result.get("value").intValue()).isEqualTo(42);
	}

	@Test
	void callWhenArgumentsAreNotJsonShouldReturnRejectedResult() {
		JsonNode result = call("print('hi')");
		assertThat(result.get("status").stringValue()).isEqualTo("REJECTED");
		assertThat(result.get("message").stringValue()).startsWith("Invalid tool arguments: the arguments are not valid JSON")
			.contains("{\"code\": \"<python source>\"");
	}

	@Test
	void callWhenCodeIsMissingShouldReturnRejectedResult() {
		assertThat(call("{\"inputs\": {}}").get("message").stringValue()).contains("'code'").contains("required");
		assertThat(call("").get("status").stringValue()).isEqualTo("REJECTED");
		assertThat(call("[1, 2]").get("message").stringValue()).contains("must be a JSON object");
	}

	@Test
	void callWhenCodeIsNotAStringShouldReturnRejectedResult() {
		assertThat(call("{\"code\": 42}").get("message").stringValue()).contains("'code' must be a string");
	}

	@Test
	void callWhenInputsAreNotAnObjectShouldReturnRejectedResult() {
		assertThat(call("{\"code\": \"1\", \"inputs\": [1]}").get("message").stringValue())
			.contains("'inputs' must be a JSON object");
	}

	@Test
	void callWhenInputNameIsNotAnIdentifierShouldReturnTheExecutorsRejection() {
		JsonNode result = call("{\"code\": \"1\", \"inputs\": {\"not valid\": 1}}");
		assertThat(result.get("status").stringValue()).isEqualTo("REJECTED");
		assertThat(result.get("message").stringValue()).contains("not a valid Python identifier");
	}

	@Test
	void callWhenToolContextIsGivenShouldRunTheCode() {
		String json = tool.call("{\"code\": \"6 * 7\"}", new ToolContext(Map.of("user", "u1")));
		assertThat(JSON.readTree(json).get("value").intValue()).isEqualTo(42);
	}

	@Test
	void callWhenExecutorFailsShouldThrowToolExecutionException() {
		SandboxToolCallback failing = new SandboxToolCallback((request) -> {
			throw new IllegalStateException("executor closed");
		}, "run_python", "Runs Python.");
		assertThatExceptionOfType(ToolExecutionException.class).isThrownBy(() -> failing.call("{\"code\": \"1\"}"))
			.satisfies((ex) -> assertThat(ex.getToolDefinition().name()).isEqualTo("run_python"))
			.havingCause()
			.withMessage("executor closed");
	}

	@Test
	@SuppressWarnings("unchecked")
	void callWhenArgumentsAreValidShouldPassThemWithTheExecutorsTimeout() {
		AtomicReference<ExecutionRequest> seen = new AtomicReference<>();
		CodeExecutor recording = (request) -> {
			seen.set(request);
			return new ExecutionResult(ExecutionStatus.ERROR, "", "Traceback...\n", false, true,
					new ExecutionError("ValueError", "bad", "Traceback...", null), null, "subprocess",
					"missing-module", null, Duration.ofMillis(7));
		};
		String json = new SandboxToolCallback(recording, "run_python", "Runs Python.")
			.call("{\"code\": \"f(xs)\", \"inputs\": {\"xs\": [1, 2.5, \"a\", null, true, {\"k\": 1}]}}");
		assertThat(seen.get().code()).isEqualTo("f(xs)");
		assertThat(seen.get().inputs()).containsOnlyKeys("xs");
		assertThat((List<Object>) seen.get().inputs().get("xs")).containsExactly(1, 2.5, "a", null, true, Map.of("k", 1));
		assertThat(seen.get().timeout()).isNull();
		assertThat(json).isEqualTo("{\"status\":\"ERROR\",\"stdout\":\"\",\"stderr\":\"Traceback...\\n\","
				+ "\"stderrTruncated\":true,\"error\":{\"type\":\"ValueError\",\"message\":\"bad\"},"
				+ "\"executor\":\"subprocess\",\"fallbackReason\":\"missing-module\",\"durationMillis\":7}");
	}

	private static JsonNode call(String arguments) {
		return JSON.readTree(tool.call(arguments));
	}

}
