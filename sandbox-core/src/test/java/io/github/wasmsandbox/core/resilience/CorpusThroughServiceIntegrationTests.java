package io.github.wasmsandbox.core.resilience;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.SandboxLimits;
import io.github.wasmsandbox.core.cpython.CPythonWasmExecutor;
import io.github.wasmsandbox.core.subprocess.SubprocessExecutor;
import io.github.wasmsandbox.core.wasm.WasmExecutor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared corpus through the whole service, WASM first and the CPython subprocess fallback
 * enabled: every case must end with CPython's exact output, in one executor or the other, except
 * what the report lists: WASM divergences (success with other output, which no fallback can
 * catch) and limits, which by policy never fall back.
 */
class CorpusThroughServiceIntegrationTests {

	@Test
	void corpusWhenCPythonTierOnAndSubprocessOffShouldEndWithCPythonOutputOrBeReported() throws IOException {
		Path cases = Path.of(System.getProperty("sandbox.corpus", "../../shared/corpus"), "cases");
		assumeTrue(Files.isDirectory(cases), "the shared corpus is not at " + cases);
		assumeTrue(CPythonWasmExecutor.isSupportedByThisJvm(), "the CPython WASM tier needs Java "
				+ CPythonWasmExecutor.REQUIRED_JAVA_VERSION + "+, this JVM is Java " + Runtime.version().feature());
		SandboxLimits limits = SandboxLimits.builder().timeout(Duration.ofSeconds(10)).memoryLimitBytes(96L << 20).build();
		try (WasmExecutor wasm = WasmExecutor.builder().limits(limits).build();
				CPythonWasmExecutor cpython = CPythonWasmExecutor.builder().limits(limits).build()) {
			assertThat(cpython.warmUp()).as(String.valueOf(cpython.unavailableReason())).isTrue();
			SandboxExecutorService service = SandboxExecutorService.builder()
				.primary(wasm)
				.cpython(cpython)
				.cpythonEnabled(true)
				.build();
			assertThat(service.isCPythonTierActive()).isTrue();
			assertThat(runCorpus(service, cases, "WASM, then CPython in WASM").get("failed")).as("cases that ended neither with CPython's output nor as a reported divergence or limit")
				.isEmpty();
		}
	}

	@Test
	void corpusWhenFallbackEnabledShouldEndWithCPythonOutputOrBeReported() throws IOException {
		Path cases = Path.of(System.getProperty("sandbox.corpus", "../../shared/corpus"), "cases");
		assumeTrue(Files.isDirectory(cases), "the shared corpus is not at " + cases);
		SandboxLimits limits = SandboxLimits.builder().timeout(Duration.ofSeconds(5)).build();
		SubprocessExecutor subprocess = SubprocessExecutor.builder().limits(limits).build();
		assumeTrue(subprocess.isAvailable(), "python3 is not available for the fallback");
		Map<String, List<String>> report;
		try (WasmExecutor wasm = WasmExecutor.builder().limits(limits).build()) {
			SandboxExecutorService service = SandboxExecutorService.builder()
				.primary(wasm)
				.fallback(subprocess)
				.fallbackEnabled(true)
				.cpythonEnabled(false)
				.build();
			report = runCorpus(service, cases, "WASM, then CPython subprocess");
		}
		assertThat(report.get("failed")).as("cases that ended neither with CPython's output nor as a reported divergence or limit")
			.isEmpty();
	}

	private static Map<String, List<String>> runCorpus(SandboxExecutorService service, Path cases, String route)
			throws IOException {
		Map<String, List<String>> report = new LinkedHashMap<>();
		for (String key : List.of("wasm", "fallback", "divergence", "limit", "failed")) {
			report.put(key, new ArrayList<>());
		}
		List<Path> scripts;
		try (Stream<Path> files = Files.list(cases)) {
			scripts = files.filter((file) -> file.toString().endsWith(".py")).sorted().toList();
		}
		for (Path script : scripts) {
			String expected = Files.readString(Path.of(script.toString().replaceAll("\\.py$", ".expected")),
					StandardCharsets.UTF_8);
			ExecutionResult result = service.execute(ExecutionRequest.of(Files.readString(script)));
			String name = script.getFileName().toString();
			if (result.isSuccess() && result.stdout().equals(expected)) {
				report.get(result.fallbackReason() == null ? "wasm" : "fallback")
					.add(name + " (" + result.executor() + ((result.fallbackReason() != null) ? ", " + result.fallbackReason() : "") + ")");
			}
			else if (result.isSuccess() && "wasm".equals(result.executor())) {
				report.get("divergence").add(name);
			}
			else if (result.status().isLimit()) {
				report.get("limit").add(name + " " + result.status() + " in " + result.executor());
			}
			else {
				report.get("failed").add(name + " " + result.status() + " in " + result.executor() + ": "
						+ ((result.error() != null) ? result.error().type() + ": " + result.error().message()
								: result.message()));
			}
		}
		StringBuilder text = new StringBuilder("\nCorpus through SandboxExecutorService (" + route + "):");
		report.forEach((key, names) -> text.append(' ').append(key).append('=').append(names.size()));
		report.forEach((key, names) -> {
			if (!key.equals("wasm")) {
				names.forEach((name) -> text.append("\n  ").append(key).append("  ").append(name));
			}
		});
		System.out.println(text);
		return report;
	}

}
