package io.github.wasmsandbox.core.wasm;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.SandboxLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pins the compatibility library to CPython: every snippet under {@code compat/<module>/} runs in
 * the WASM sandbox and in CPython, and the two stdouts must be identical.
 */
class CompatDifferentialTests {

	private static WasmExecutor executor;

	@BeforeAll
	static void startEngine() {
		executor = WasmExecutor.builder()
			.limits(SandboxLimits.builder().timeout(Duration.ofSeconds(20)).build())
			.build();
	}

	@AfterAll
	static void stopEngine() {
		executor.close();
	}

	@TestFactory
	Stream<DynamicTest> snippetWhenRunInSandboxShouldPrintWhatCPythonPrints() throws IOException, URISyntaxException {
		assumeTrue(python() != null, "python3 is not installed: the differential tests need CPython as the reference");
		Path root = Path.of(CompatDifferentialTests.class.getResource("/compat").toURI());
		List<Path> snippets;
		try (Stream<Path> files = Files.walk(root)) {
			snippets = files.filter((file) -> file.toString().endsWith(".py")).sorted().toList();
		}
		return snippets.stream().map((snippet) -> DynamicTest.dynamicTest(root.relativize(snippet).toString(), () -> {
			String code = Files.readString(snippet, StandardCharsets.UTF_8);
			String expected = runCPython(snippet);
			ExecutionResult result = executor.execute(ExecutionRequest.of(code));
			assertThat(result.stdout()).as("%s: %s", snippet.getFileName(), result.error()).isEqualTo(expected);
			assertThat(result.isSuccess()).as("%s: %s", snippet.getFileName(), result.error()).isTrue();
		}));
	}

	static String python() {
		for (String candidate : new String[] { "python3", "/usr/bin/python3" }) {
			try {
				Process process = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
				process.getInputStream().readAllBytes();
				if (process.waitFor() == 0) {
					return candidate;
				}
			}
			catch (IOException | InterruptedException ex) {
				// try the next one
			}
		}
		return null;
	}

	static String runCPython(Path snippet) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(python(), "-I", snippet.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return out;
	}

}
