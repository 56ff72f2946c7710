package io.github.wasmsandbox.core.cpython;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.SandboxLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The CPython tier's contract: fresh state, inputs, values, errors with the user's lines,
 * limits and refusals. Skipped (with the reason) on a JVM that cannot load the tier's classes.
 */
class CPythonWasmExecutorTests {

	private static CPythonWasmExecutor executor;

	@BeforeAll
	static void startEngine() {
		assumeThat(CPythonWasmExecutor.isSupportedByThisJvm())
			.as("the CPython WASM tier needs Java %d+, this JVM is Java %d", CPythonWasmExecutor.REQUIRED_JAVA_VERSION,
					Runtime.version().feature())
			.isTrue();
		executor = CPythonWasmExecutor.builder().limits(CPythonTestLimits.limits()).build();
		assertThat(executor.warmUp()).as(String.valueOf(executor.unavailableReason())).isTrue();
	}

	@AfterAll
	static void stopEngine() {
		if (executor != null) {
			executor.close();
		}
	}

	private static ExecutionResult run(String code) {
		return executor.execute(ExecutionRequest.of(code));
	}

	@Test
	void executeWhenCodePrintsShouldCaptureStdout() {
		ExecutionResult result = run("print('hello', 6 * 7)");
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.stdout()).isEqualTo("hello 42\n");
		assertThat(result.stderr()).isEmpty();
		assertThat(result.executor()).isEqualTo("cpython-wasm");
		assertThat(result.error()).isNull();
		assertThat(result.duration()).isPositive();
	}

	@Test
	void executeWhenCodeWritesStderrShouldCaptureItSeparately() {
		ExecutionResult result = run("import sys\nsys.stderr.write('warn\\n')\nprint('out')");
		assertThat(result.stdout()).isEqualTo("out\n");
		assertThat(result.stderr()).isEqualTo("warn\n");
	}

	@Test
	void executeWhenPreviousCallDefinedStateShouldNotSeeIt() {
		assertThat(run("leak = 41\nimport json\njson.leaked = True\nimport sys\nsys.modules['x'] = 1\nprint(leak)")
			.stdout()).isEqualTo("41\n");
		ExecutionResult second = run("import json, sys\nprint(hasattr(json, 'leaked'), 'x' in sys.modules)\nprint(leak)");
		assertThat(second.stdout()).isEqualTo("False False\n");
		assertThat(second.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(second.error().type()).isEqualTo("NameError");
		assertThat(second.error().line()).isEqualTo(3);
	}

	@Test
	void executeWhenCodeUsesWhatMicroPythonLacksShouldRunIt() {
		ExecutionResult result = run("""
				from dataclasses import dataclass
				from typing import NamedTuple
				import re, json, statistics, textwrap, datetime
				@dataclass
				class P:
				    x: int
				    y: int = 2
				m = re.match(r'(?P<k>\\w+)=(?P<v>\\d+)', 'a=12')
				print(P(1), m.group('k'), statistics.mean([1, 2, 4]))
				print(json.dumps({'b': 1, 'a': [1, 2]}, indent=2))
				match P(1):
				    case P(x=1):
				        print('matched')
				print(datetime.datetime(2024, 1, 2, tzinfo=datetime.timezone.utc).isoformat())
				""");
		assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.stdout()).isEqualTo("P(x=1, y=2) a 2.3333333333333335\n{\n  \"b\": 1,\n  \"a\": [\n    1,\n"
				+ "    2\n  ]\n}\nmatched\n2024-01-02T00:00:00+00:00\n");
	}

	@Test
	void executeWhenInputsGivenShouldBindThemAsGlobals() {
		ExecutionResult result = executor.execute(ExecutionRequest.builder("print(name, len(items), cfg['deep'][0])")
			.input("name", "Ada")
			.input("items", List.of(1, 2, 3))
			.input("cfg", Map.of("deep", List.of(true)))
			.build());
		assertThat(result.stdout()).isEqualTo("Ada 3 True\n");
	}

	@Test
	void executeWhenLastStatementIsExpressionShouldReturnItsValue() {
		assertThat(run("x = 20\nx + 22").value()).isEqualTo(42);
		assertThat(run("{'a': [1, 2.5, None, True], 'b': 'é'}").value())
			.isEqualTo(Map.of("a", java.util.Arrays.asList(1, 2.5, null, true), "b", "é"));
		assertThat(run("print('x')").value()).isNull();
		assertThat(run("import datetime\ndatetime.date(2024, 1, 2)").value())
			.isEqualTo("datetime.date(2024, 1, 2)");
		assertThat(run("for i in range(3):\n    i").value()).isNull();
	}

	@Test
	void executeWhenCodeRaisesShouldReportErrorWithUserLine() {
		ExecutionResult result = run("x = 1\n\ndef f():\n    return 1 / 0\nf()");
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.error().type()).isEqualTo("ZeroDivisionError");
		assertThat(result.error().message()).isEqualTo("division by zero");
		assertThat(result.error().line()).isEqualTo(4);
		assertThat(result.error().traceback()).contains("File \"<string>\", line 5", "File \"<string>\", line 4",
				"return 1 / 0")
			.doesNotContain("guest.py");
		assertThat(result.stderr()).isEqualTo(result.error().traceback());
	}

	@Test
	void executeWhenSyntaxErrorShouldReportItsLine() {
		ExecutionResult result = run("x = 1\ny = (\n");
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.error().type()).isEqualTo("SyntaxError");
		assertThat(result.error().line()).isEqualTo(2);
		assertThat(result.error().traceback()).doesNotContain("guest.py");
	}

	@Test
	void executeWhenCodeCallsExitShouldReportStatus() {
		assertThat(run("print('a')\nraise SystemExit(0)").status()).isEqualTo(ExecutionStatus.SUCCESS);
		ExecutionResult failed = run("import sys\nsys.exit(3)");
		assertThat(failed.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(failed.error().type()).isEqualTo("SystemExit");
		assertThat(failed.error().message()).isEqualTo("3");
	}

	@Test
	void executeWhenRandomIsUsedShouldNotReplayTheSameSequence() {
		Object first = run("import random\nrandom.random()").value();
		Object second = run("import random\nrandom.random()").value();
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void executeWhenCodeLoopsForeverShouldTimeOutAndRecover() {
		ExecutionResult result = executor
			.execute(ExecutionRequest.builder("print('start')\nwhile True:\n    pass").timeout(Duration.ofMillis(300)).build());
		assertThat(result.status()).isEqualTo(ExecutionStatus.TIMEOUT);
		assertThat(result.stdout()).isEqualTo("start\n");
		assertThat(run("print('after')").stdout()).isEqualTo("after\n");
	}

	@Test
	void executeWhenOutputFloodsShouldStopAtTheCap() {
		ExecutionResult result = run("while True:\n    print('x' * 100)");
		assertThat(result.status()).isEqualTo(ExecutionStatus.OUTPUT_LIMIT);
		assertThat(result.stdoutTruncated()).isTrue();
		assertThat(result.stdout()).hasSize(CPythonTestLimits.MAX_STDOUT);
	}

	@Test
	void executeWhenCodeAllocatesTooMuchShouldHitMemoryLimitAndRecover() {
		ExecutionResult result = run("x = bytearray(200 * 1024 * 1024)");
		assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionStatus.MEMORY_LIMIT);
		ExecutionResult many = run("chunks = []\nwhile True:\n    chunks.append('y' * 100_000)");
		assertThat(many.status()).as(many.stderr()).isEqualTo(ExecutionStatus.MEMORY_LIMIT);
		assertThat(run("print(sum(range(10)))").stdout()).isEqualTo("45\n");
	}

	@Test
	void executeWhenRequestIsInvalidShouldReject() {
		assertThat(run("   ").status()).isEqualTo(ExecutionStatus.REJECTED);
		ExecutionResult badInput = executor.execute(ExecutionRequest.of("x", Map.of("class", 1)));
		assertThat(badInput.status()).isEqualTo(ExecutionStatus.REJECTED);
		assertThat(badInput.executor()).isEqualTo("cpython-wasm");
		assertThat(badInput.message()).contains("not a valid Python identifier");
	}

	@Test
	void executeWhenEngineFailsToStartShouldBeUnavailable() {
		try (CPythonWasmExecutor broken = CPythonWasmExecutor.builder().engineFactory(() -> {
			throw new IllegalStateException("no module");
		}).build()) {
			ExecutionResult result = broken.execute(ExecutionRequest.of("print(1)"));
			assertThat(result.status()).isEqualTo(ExecutionStatus.UNAVAILABLE);
			assertThat(broken.isAvailable()).isFalse();
			assertThat(broken.unavailableReason()).contains("no module");
		}
	}

	@Test
	void executeWhenMemoryLimitIsBelowTheStartImageShouldBeUnavailable() {
		try (CPythonWasmExecutor small = CPythonWasmExecutor.builder()
			.limits(SandboxLimits.builder().memoryLimitBytes(16L * 1024 * 1024).build())
			.build()) {
			ExecutionResult result = small.execute(ExecutionRequest.of("print(1)"));
			assertThat(result.status()).isEqualTo(ExecutionStatus.UNAVAILABLE);
			assertThat(result.message()).contains("below what CPython needs to start");
		}
	}

}
