package io.github.wasmsandbox.core.wasm;

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

/**
 * The engine's semantics: fresh state, inputs, values, errors, limits.
 */
class WasmExecutorTests {

	private static WasmExecutor executor;

	/** A small cap and a long deadline: memory tests must end by the cap, not by the clock. */
	private static WasmExecutor smallMemory;

	@BeforeAll
	static void startEngine() {
		smallMemory = WasmExecutor.builder()
			.limits(SandboxLimits.builder()
				.timeout(Duration.ofSeconds(30))
				.memoryLimitBytes(16L * 1024 * 1024)
				.maxConcurrency(1)
				.build())
			.build();
		executor = WasmExecutor.builder()
			.limits(SandboxLimits.builder()
				.timeout(Duration.ofSeconds(2))
				.memoryLimitBytes(32L * 1024 * 1024)
				.maxStdoutBytes(10_000)
				.maxStderrBytes(10_000)
				.maxCodeBytes(64 * 1024)
				.maxConcurrency(2)
				.build())
			.build();
		assertThat(executor.warmUp()).isTrue();
	}

	@AfterAll
	static void stopEngine() {
		executor.close();
		smallMemory.close();
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
		assertThat(result.executor()).isEqualTo("wasm");
		assertThat(result.error()).isNull();
		assertThat(result.fallbackReason()).isNull();
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
		assertThat(run("leak = 41\nimport json\njson.leaked = True\nprint(leak)").stdout()).isEqualTo("41\n");
		ExecutionResult second = run("import json\nprint(hasattr(json, 'leaked'))\nprint(leak)");
		assertThat(second.stdout()).isEqualTo("False\n");
		assertThat(second.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(second.error().type()).isEqualTo("NameError");
	}

	@Test
	void executeWhenPreviousCallFilledMemoryShouldStartFromCleanHeap() {
		run("big = [str(i) * 50 for i in range(100000)]");
		ExecutionResult result = run("import gc\nprint(gc.mem_alloc() < 2_000_000)");
		assertThat(result.stdout()).isEqualTo("True\n");
	}

	@Test
	void executeWhenCalledAgainShouldDrawNewRandomNumbers() {
		Object first = run("import random\nrandom.getrandbits(32)").value();
		Object second = run("import random\nrandom.getrandbits(32)").value();
		Object third = run("import random\nrandom.getrandbits(32)").value();
		assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
	}

	@Test
	void executeWhenCompatibilityModulesArePreloadedShouldStillGiveFreshState() {
		assertThat(executor.awaitPreloaded(Duration.ofSeconds(60))).isTrue();
		run("import json\njson.dumps = None\nimport collections\ncollections.Counter = 1");
		ExecutionResult result = run("import json, collections\nprint(json.dumps({'a': 1}), collections.Counter('aab')['a'])");
		assertThat(result.stdout()).isEqualTo("{\"a\": 1} 2\n");
	}

	@Test
	void executeWhenInputsGivenShouldBindThemAsGlobals() {
		ExecutionResult result = executor.execute(ExecutionRequest.builder("print(name, nums[1], cfg['on'], nothing)")
			.input("name", "Ada")
			.input("nums", List.of(1, 2.5, 3))
			.input("cfg", Map.of("on", true))
			.input("nothing", null)
			.build());
		assertThat(result.stdout()).isEqualTo("Ada 2.5 True None\n");
	}

	@Test
	void executeWhenLastStatementIsExpressionShouldReturnItsValue() {
		assertThat(run("x = 20\nx * 2 + 2").value()).isEqualTo(42);
		assertThat(run("{'a': [1, 2.5, None], 'b': 'text'}").value())
			.isEqualTo(Map.of("a", java.util.Arrays.asList(1, 2.5, null), "b", "text"));
		assertThat(run("a = 1; b = 2; a + b").value()).isEqualTo(3);
		assertThat(run("(1, 'two')").value()).isEqualTo(List.of(1, "two"));
	}

	@Test
	void executeWhenLastValueIsNotJsonShouldReturnRepr() {
		assertThat(run("{3}").value()).isEqualTo("{3}");
		assertThat(run("class P:\n    def __repr__(self):\n        return 'P!'\nP()").value()).isEqualTo("P!");
	}

	@Test
	void executeWhenLastStatementIsNotExpressionShouldReturnNoValue() {
		assertThat(run("x = 1").value()).isNull();
		assertThat(run("for i in range(3):\n    i").value()).isNull();
		assertThat(run("print('side effect')").value()).isNull();
		assertThat(run("def f():\n    return 1\n").value()).isNull();
	}

	@Test
	void executeWhenLastExpressionIsMultiLineShouldStillReturnValue() {
		ExecutionResult result = run("items = [1, 2, 3]\nsum(\n    items\n)");
		assertThat(result.value()).isEqualTo(6);
		assertThat(run("s = '''a\nb'''\nlen(s)").value()).isEqualTo(3);
	}

	@Test
	void executeWhenCodeRaisesShouldReportTypeMessageTracebackAndLine() {
		ExecutionResult result = run("def f(x):\n    return 10 / x\n\nf(0)\n");
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.error().type()).isEqualTo("ZeroDivisionError");
		assertThat(result.error().message()).isEqualTo("divide by zero");
		assertThat(result.error().line()).isEqualTo(2);
		assertThat(result.error().traceback()).contains("File \"<string>\", line 4, in <module>")
			.contains("File \"<string>\", line 2, in f")
			.doesNotContain("<stdin>")
			.doesNotContain("_sandbox");
		assertThat(result.stderr()).isEqualTo(result.error().traceback());
	}

	@Test
	void executeWhenInputsBoundAndErrorInLastExpressionShouldKeepUserLineNumbers() {
		ExecutionResult result = executor.execute(ExecutionRequest.builder("a = 1\nb = 2\nmissing + a").input("z", 1).build());
		assertThat(result.error().type()).isEqualTo("NameError");
		assertThat(result.error().line()).isEqualTo(3);
	}

	@Test
	void executeWhenSyntaxIsInvalidShouldReportSyntaxErrorWithLine() {
		ExecutionResult result = run("x = 1\ndef broken(:\n    pass\n");
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.error().type()).isEqualTo("SyntaxError");
		assertThat(result.error().line()).isEqualTo(2);
	}

	@Test
	void executeWhenExceptionIsKeyErrorShouldKeepMessage() {
		ExecutionResult result = run("d = {}\nd['missing']");
		assertThat(result.error().type()).isEqualTo("KeyError");
		assertThat(result.error().message()).contains("missing");
	}

	@Test
	void executeWhenSysExitZeroShouldSucceed() {
		ExecutionResult result = run("import sys\nprint('done')\nsys.exit(0)\nprint('never')");
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.stdout()).isEqualTo("done\n");
	}

	@Test
	void executeWhenSysExitNonZeroShouldReportError() {
		ExecutionResult result = run("import sys\nsys.exit(3)");
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.error().type()).isEqualTo("SystemExit");
		assertThat(result.error().message()).isEqualTo("3");
	}

	@Test
	void executeWhenCodeIsBlankShouldReject() {
		ExecutionResult result = run("   \n\t");
		assertThat(result.status()).isEqualTo(ExecutionStatus.REJECTED);
		assertThat(result.message()).contains("blank");
	}

	@Test
	void executeWhenCodeIsTooLargeShouldRejectNamingTheLimit() {
		ExecutionResult result = run("x = 1\n".repeat(20_000));
		assertThat(result.status()).isEqualTo(ExecutionStatus.REJECTED);
		assertThat(result.message()).contains("65536");
	}

	@Test
	void executeWhenCodeContainsNulShouldReject() {
		ExecutionResult result = run("print('a')\0print('b')");
		assertThat(result.status()).isEqualTo(ExecutionStatus.REJECTED);
		assertThat(result.message()).contains("NUL");
	}

	@Test
	void executeWhenInputIsNotJsonCompatibleShouldReject() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("print(x)", Map.of("x", new Object())));
		assertThat(result.status()).isEqualTo(ExecutionStatus.REJECTED);
		assertThat(result.message()).contains("'x'").contains("not a JSON value");
	}

	@Test
	void executeWhenInputNameIsNotIdentifierShouldReject() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("print(1)", Map.of("not valid", 1)));
		assertThat(result.status()).isEqualTo(ExecutionStatus.REJECTED);
		assertThat(result.message()).contains("not a valid Python identifier");
		assertThat(executor.execute(ExecutionRequest.of("print(1)", Map.of("class", 1))).status())
			.isEqualTo(ExecutionStatus.REJECTED);
	}

	@Test
	void executeWhenInputIsNaNShouldReject() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("print(x)", Map.of("x", Double.NaN)));
		assertThat(result.status()).isEqualTo(ExecutionStatus.REJECTED);
	}

	@Test
	void executeWhenGuestLoopsForeverShouldTimeOutKeepingPartialOutput() {
		ExecutionResult result = executor.execute(ExecutionRequest.builder("print('before')\nwhile True:\n    pass")
			.timeout(Duration.ofMillis(300))
			.build());
		assertThat(result.status()).isEqualTo(ExecutionStatus.TIMEOUT);
		assertThat(result.stdout()).isEqualTo("before\n");
		assertThat(result.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(run("print('alive')").stdout()).isEqualTo("alive\n");
	}

	@Test
	void executeWhenRequestedTimeoutExceedsMaximumShouldUseMaximum() {
		ExecutionResult result = executor.execute(ExecutionRequest.builder("while True:\n    pass")
			.timeout(Duration.ofMinutes(10))
			.build());
		assertThat(result.status()).isEqualTo(ExecutionStatus.TIMEOUT);
		assertThat(result.duration()).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void executeWhenGuestAllocatesOneHugeBlockShouldHitMemoryLimit() {
		ExecutionResult result = run("b = bytearray(100 * 1024 * 1024)");
		assertThat(result.status()).isEqualTo(ExecutionStatus.MEMORY_LIMIT);
		assertThat(result.message()).contains("memory limit");
	}

	@Test
	void executeWhenGuestAllocatesManySmallObjectsShouldHitMemoryLimitPromptly() {
		ExecutionResult result = smallMemory
			.execute(ExecutionRequest.of("keep = []\nwhile True:\n    keep.append(str(len(keep)) * 10)"));
		assertThat(result.status()).isEqualTo(ExecutionStatus.MEMORY_LIMIT);
	}

	@Test
	void executeWhenGarbageExceedsLimitWithinOneCallShouldHitMemoryLimitNotHang() {
		// garbage is not collected during a call, so this ends at the cap, well before the deadline
		ExecutionResult result = smallMemory.execute(ExecutionRequest.of("for i in range(10_000_000):\n    s = str(i) * 10"));
		assertThat(result.status()).isEqualTo(ExecutionStatus.MEMORY_LIMIT);
	}

	@Test
	void executeWhenOutputExceedsCapShouldStopAndKeepOutputUpToCap() {
		ExecutionResult result = run("while True:\n    print('x' * 99)");
		assertThat(result.status()).isEqualTo(ExecutionStatus.OUTPUT_LIMIT);
		assertThat(result.stdoutTruncated()).isTrue();
		assertThat(result.stdout()).hasSize(10_000).startsWith("xxx");
	}

	@Test
	void executeWhenStderrExceedsCapShouldStop() {
		ExecutionResult result = run("import sys\nwhile True:\n    sys.stderr.write('e' * 100)");
		assertThat(result.status()).isEqualTo(ExecutionStatus.OUTPUT_LIMIT);
		assertThat(result.stderrTruncated()).isTrue();
	}

	@Test
	void executeWhenOutputCutInsideMultiByteCharacterShouldDropPartialCharacter() {
		ExecutionResult result = run("print('a')\nwhile True:\n    print('\u00e9' * 1000)");
		assertThat(result.status()).isEqualTo(ExecutionStatus.OUTPUT_LIMIT);
		assertThat(result.stdout()).doesNotContain("\uFFFD");
	}

	@Test
	void executeWhenRecursionIsUnboundedShouldReportRecursionErrorWithShortTraceback() {
		ExecutionResult result = run("def f(n):\n    return f(n + 1)\nf(0)");
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.error().message()).contains("maximum recursion depth exceeded");
		assertThat(result.error().traceback()).contains("more times]");
		assertThat(result.error().traceback().lines().count()).isLessThan(12);
	}

	@Test
	void executeWhenRecursionIsModerateShouldSucceed() {
		ExecutionResult result = run("def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\ndepth(100)");
		assertThat(result.value()).isEqualTo(100);
	}

	@Test
	void executeWhenLiteralIsDeeplyNestedShouldReportErrorNotCrash() {
		// MicroPython's parser keeps its own stack on the heap: deep nesting either parses or fails
		// with a Python error or runs out of time; it must never take the host's stack with it
		ExecutionResult result = run("x = " + "[".repeat(30_000) + "]".repeat(30_000) + "\nprint('parsed')");
		assertThat(result.status()).isIn(ExecutionStatus.SUCCESS, ExecutionStatus.ERROR, ExecutionStatus.MEMORY_LIMIT,
				ExecutionStatus.TIMEOUT);
		if (result.status() == ExecutionStatus.SUCCESS) {
			assertThat(result.stdout()).isEqualTo("parsed\n");
		}
		ExecutionResult calls = run("x = " + "abs(".repeat(10_000) + "1" + ")".repeat(10_000));
		assertThat(calls.status()).isIn(ExecutionStatus.SUCCESS, ExecutionStatus.ERROR, ExecutionStatus.MEMORY_LIMIT,
				ExecutionStatus.TIMEOUT);
		assertThat(run("print('alive')").stdout()).isEqualTo("alive\n");
	}

	@Test
	void executeWhenSleepingShouldTimeOutWithoutBurningCpu() {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpuBefore = totalGuestCpu(threads);
		ExecutionResult result = executor.execute(ExecutionRequest.builder("import time\ntime.sleep(100)")
			.timeout(Duration.ofMillis(1000))
			.build());
		long cpuUsed = totalGuestCpu(threads) - cpuBefore;
		assertThat(result.status()).isEqualTo(ExecutionStatus.TIMEOUT);
		assertThat(Duration.ofNanos(cpuUsed)).isLessThan(Duration.ofMillis(500));
	}

	@Test
	void executeWhenSleepingBrieflyShouldWaitAndSucceed() {
		ExecutionResult result = run("import time\nt = time.ticks_ms()\ntime.sleep(0.1)\ntime.ticks_diff(time.ticks_ms(), t) >= 100");
		assertThat(result.value()).isEqualTo(true);
	}

	@Test
	void executeWhenCalledConcurrentlyShouldIsolateCalls() throws Exception {
		java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<ExecutionResult>> futures = new java.util.ArrayList<>();
			for (int i = 0; i < 16; i++) {
				int n = i;
				futures.add(callers.submit(() -> executor.execute(ExecutionRequest.builder("total = sum(range(n))\nprint(n, total)\ntotal")
					.input("n", n * 1000)
					.build())));
			}
			for (int i = 0; i < 16; i++) {
				ExecutionResult result = futures.get(i).get();
				long n = i * 1000L;
				assertThat(result.stdout()).isEqualTo(n + " " + (n * (n - 1) / 2) + "\n");
			}
		}
		finally {
			callers.shutdownNow();
		}
	}

	private static long totalGuestCpu(java.lang.management.ThreadMXBean threads) {
		long total = 0;
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().startsWith("wasm-sandbox-")) {
				long cpu = threads.getThreadCpuTime(thread.getId());
				total += Math.max(cpu, 0);
			}
		}
		return total;
	}

}
