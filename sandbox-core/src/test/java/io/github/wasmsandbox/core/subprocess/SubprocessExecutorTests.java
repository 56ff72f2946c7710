package io.github.wasmsandbox.core.subprocess;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.SandboxLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The request/result contract of {@link SubprocessExecutor}: the same as the WASM engine's.
 */
class SubprocessExecutorTests {

	private static SubprocessExecutor executor;

	@BeforeAll
	static void createExecutor() {
		executor = SubprocessExecutor.builder()
			.limits(SandboxLimits.builder().timeout(Duration.ofSeconds(5)).maxCodeBytes(1000).build())
			.build();
		assumeTrue(executor.isAvailable(), () -> "needs python3: " + executor.unavailableReason().orElse(""));
	}

	@Test
	void executeWhenLastStatementIsExpressionShouldReturnItsValueWithInputsBound() {
		ExecutionResult result = executor.execute(ExecutionRequest.builder("""
				total = sum(xs)
				print('total', total)
				{'total': total, 'who': name, 'big': 2 ** 70, 'pair': (1, 2.5), 'none': None}
				""").input("xs", List.of(1, 2, 3)).input("name", "ada").build());
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.executor()).isEqualTo("subprocess");
		assertThat(result.stdout()).isEqualTo("total 6\n");
		assertThat(result.stderr()).isEmpty();
		assertThat(result.value()).isInstanceOf(Map.class);
		@SuppressWarnings("unchecked")
		Map<String, Object> value = (Map<String, Object>) result.value();
		assertThat(value).containsEntry("total", 6)
			.containsEntry("who", "ada")
			.containsEntry("big", new java.math.BigInteger("1180591620717411303424"))
			.containsEntry("pair", List.of(1, 2.5))
			.containsEntry("none", null);
	}

	@Test
	void executeWhenLastStatementIsNotAnExpressionShouldReturnNoValue() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("x = 1\nif x:\n    y = 2\n"));
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.value()).isNull();
	}

	@Test
	void executeWhenValueIsNotJsonShouldReturnItsRepr() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("import datetime\ndatetime.date(2024, 1, 2)"));
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.value()).isEqualTo("datetime.date(2024, 1, 2)");
	}

	@Test
	void executeWhenCodePrintsSomethingLikeTheResultShouldNotMistakeItForTheResult() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("""
				import sys
				print('{"valueJson": "666"}')
				print('{"error": {"type": "X"}}', file=sys.stderr)
				x = 1
				"""));
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.value()).isNull();
		assertThat(result.error()).isNull();
		assertThat(result.stdout()).isEqualTo("{\"valueJson\": \"666\"}\n");
		assertThat(result.stderr()).isEqualTo("{\"error\": {\"type\": \"X\"}}\n");
	}

	@Test
	void executeWhenCodeRaisesShouldReportTheErrorWithoutRunnerFrames() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("""
				print('before')
				def divide(a, b):
				    return a / b
				divide(1, 0)
				"""));
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.stdout()).isEqualTo("before\n");
		assertThat(result.error()).isNotNull();
		assertThat(result.error().type()).isEqualTo("ZeroDivisionError");
		assertThat(result.error().message()).isEqualTo("division by zero");
		assertThat(result.error().line()).isEqualTo(3);
		assertThat(result.error().traceback()).startsWith("Traceback (most recent call last):\n")
			.contains("File \"<string>\", line 4, in <module>")
			.contains("File \"<string>\", line 3, in divide")
			.doesNotContain("runner")
			.endsWith("ZeroDivisionError: division by zero\n");
		assertThat(result.stderr()).isEqualTo(result.error().traceback());
	}

	@Test
	void executeWhenCodeHasSyntaxErrorShouldReportItsLine() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("x = 1\nprint((x)\n"));
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.error().type()).isEqualTo("SyntaxError");
		assertThat(result.error().line()).isEqualTo(2);
		assertThat(result.error().traceback()).doesNotContain("ast.py").doesNotContain("runner");
	}

	@Test
	void executeWhenCodeExitsWithStatusShouldReportSystemExit() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("import sys\nprint('bye')\nsys.exit(3)"));
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.error().type()).isEqualTo("SystemExit");
		assertThat(result.error().message()).isEqualTo("3");
		assertThat(result.stdout()).isEqualTo("bye\n");
	}

	@Test
	void executeWhenCodeIsBlankShouldReject() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("  \n"));
		assertThat(result.status()).isEqualTo(ExecutionStatus.REJECTED);
		assertThat(result.message()).isEqualTo("The code is blank");
	}

	@Test
	void executeWhenCodeIsOverTheSizeCapShouldReject() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("x = 1\n".repeat(200)));
		assertThat(result.status()).isEqualTo(ExecutionStatus.REJECTED);
		assertThat(result.message()).contains("1200 bytes").contains("limit of 1000 bytes");
	}

	@Test
	void executeWhenInputNameIsNotAnIdentifierShouldReject() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("x", Map.of("not-a-name", 1)));
		assertThat(result.status()).isEqualTo(ExecutionStatus.REJECTED);
		assertThat(result.message()).contains("'not-a-name'").contains("identifier");
	}

	@Test
	void executeWhenInputIsNotJsonShouldReject() {
		ExecutionResult nan = executor.execute(ExecutionRequest.of("x", Map.of("x", Double.NaN)));
		ExecutionResult object = executor.execute(ExecutionRequest.of("x", Map.of("x", List.of(new Object()))));
		assertThat(nan.status()).isEqualTo(ExecutionStatus.REJECTED);
		assertThat(object.status()).isEqualTo(ExecutionStatus.REJECTED);
		assertThat(object.message()).contains("x[0]").contains("not a JSON value");
	}

	@Test
	void executeWhenPythonIsMissingShouldBeUnavailableNotThrow() {
		SubprocessExecutor missing = SubprocessExecutor.builder().command("/nonexistent/bin/python3").build();
		ExecutionResult result = missing.execute(ExecutionRequest.of("print(1)"));
		assertThat(missing.isAvailable()).isFalse();
		assertThat(missing.isolation()).isEmpty();
		assertThat(result.status()).isEqualTo(ExecutionStatus.UNAVAILABLE);
		assertThat(result.executor()).isEqualTo("subprocess");
		assertThat(result.message()).contains("/nonexistent/bin/python3").contains("not found");
	}

	@Test
	void executeWhenCodeLoopsForeverShouldTimeOutAndKeepPartialOutput() {
		ExecutionResult result = executor.execute(ExecutionRequest.builder("print('started')\nwhile True:\n    pass")
			.timeout(Duration.ofMillis(500))
			.build());
		assertThat(result.status()).isEqualTo(ExecutionStatus.TIMEOUT);
		assertThat(result.stdout()).isEqualTo("started\n");
		assertThat(result.message()).contains("500 ms");
		assertThat(result.duration()).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void executeWhenOutputExceedsTheCapShouldKeepOutputUpToTheCapAndStop() {
		SubprocessExecutor capped = SubprocessExecutor.builder()
			.limits(SandboxLimits.builder().maxStdoutBytes(1000).timeout(Duration.ofSeconds(10)).build())
			.build();
		ExecutionResult result = capped.execute(ExecutionRequest.of("while True:\n    print('é' * 99)"));
		assertThat(result.status()).isEqualTo(ExecutionStatus.OUTPUT_LIMIT);
		assertThat(result.stdoutTruncated()).isTrue();
		assertThat(result.stderrTruncated()).isFalse();
		assertThat(result.message()).contains("stdout");
		// 'é' is two bytes: 5 lines of 199 bytes, then the cap falls inside the third 'é', which is dropped
		assertThat(result.stdout()).startsWith("é".repeat(99) + "\n").hasSize(502);
		assertThat(result.duration()).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void executeWhenValueIsLargerThanTheOutputCapShouldReportOutputLimit() {
		SubprocessExecutor capped = SubprocessExecutor.builder()
			.limits(SandboxLimits.builder().maxStdoutBytes(1000).build())
			.build();
		ExecutionResult result = capped.execute(ExecutionRequest.of("'x' * 5000"));
		assertThat(result.status()).isEqualTo(ExecutionStatus.OUTPUT_LIMIT);
		assertThat(result.value()).isNull();
		assertThat(result.message()).contains("5002 bytes");
	}

	@Test
	void buildWhenArgumentsAreOutOfRangeShouldFailNamingThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> SubprocessExecutor.builder().maxOpenFiles(3))
			.withMessageContaining("'maxOpenFiles'");
		assertThatIllegalArgumentException().isThrownBy(() -> SubprocessExecutor.builder().command(" "))
			.withMessageContaining("'command'");
	}

	@Test
	void fromWhenGivenAnExecutorShouldCopyItsSettings() {
		SubprocessExecutor copy = SubprocessExecutor.from(executor).build();
		assertThat(copy.limits()).isEqualTo(executor.limits());
		assertThat(copy.isolation()).isEqualTo(executor.isolation());
	}

}
