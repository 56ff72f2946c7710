package io.github.wasmsandbox.core.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.wasmsandbox.core.CodeExecutor;
import io.github.wasmsandbox.core.ExecutionError;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.subprocess.SubprocessExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The service's breaker, bulkhead and fallback policy, with test doubles for the primary engine.
 */
class SandboxExecutorServiceTests {

	private final MutableClock clock = new MutableClock();

	private final CountingExecutor fallback = new CountingExecutor((request) -> result(ExecutionStatus.SUCCESS,
			null, "subprocess"));

	@Test
	void executeWhenEngineFaultsReachTheFailureRateShouldOpenTheBreakerAndFailFast() {
		CircuitBreaker breaker = breaker();
		CountingExecutor primary = new CountingExecutor((request) -> unavailable());
		SandboxExecutorService service = SandboxExecutorService.builder().primary(primary).circuitBreaker(breaker).build();
		for (int i = 0; i < 4; i++) {
			assertThat(service.execute(ExecutionRequest.of("x")).status()).isEqualTo(ExecutionStatus.UNAVAILABLE);
		}
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		ExecutionResult result = service.execute(ExecutionRequest.of("x"));
		assertThat(primary.calls()).isEqualTo(4);
		assertThat(result.status()).isEqualTo(ExecutionStatus.UNAVAILABLE);
		assertThat(result.message()).contains("circuit breaker 'test' is open")
			.contains("sandbox.fallback.enabled=false");
	}

	@Test
	void executeWhenBreakerIsOpenAndFallbackEnabledShouldFallBack() {
		CircuitBreaker breaker = breaker();
		breaker.transitionToOpenState();
		CountingExecutor primary = new CountingExecutor((request) -> result(ExecutionStatus.SUCCESS, null, "wasm"));
		SandboxExecutorService service = serviceWithFallback(primary, breaker);
		ExecutionResult result = service.execute(ExecutionRequest.of("x"));
		assertThat(primary.calls()).isZero();
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.executor()).isEqualTo("subprocess");
		assertThat(result.fallbackReason()).isEqualTo("circuit-open");
	}

	@Test
	void executeWhenPrimaryIsUnavailableAndFallbackEnabledShouldFallBack() {
		SandboxExecutorService service = serviceWithFallback(new CountingExecutor((request) -> unavailable()),
				breaker());
		ExecutionResult result = service.execute(ExecutionRequest.of("x"));
		assertThat(result.executor()).isEqualTo("subprocess");
		assertThat(result.fallbackReason()).isEqualTo("primary-unavailable");
	}

	@Test
	void executeWhenPrimaryThrowsShouldCountAFailureAndReportUnavailable() {
		CircuitBreaker breaker = breaker();
		SandboxExecutorService service = SandboxExecutorService.builder().primary((request) -> {
			throw new IllegalStateException("instantiation failed");
		}).circuitBreaker(breaker).build();
		ExecutionResult result = service.execute(ExecutionRequest.of("x"));
		assertThat(result.status()).isEqualTo(ExecutionStatus.UNAVAILABLE);
		assertThat(result.message()).contains("instantiation failed");
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
	}

	@Test
	void executeWhenOpenBreakerWaitIsOverShouldHalfOpenAndCloseOnSuccess() {
		CircuitBreaker breaker = breaker();
		AtomicInteger faults = new AtomicInteger(4);
		CountingExecutor primary = new CountingExecutor((request) -> (faults.getAndDecrement() > 0) ? unavailable()
				: result(ExecutionStatus.SUCCESS, null, "wasm"));
		SandboxExecutorService service = SandboxExecutorService.builder().primary(primary).circuitBreaker(breaker).build();
		for (int i = 0; i < 4; i++) {
			service.execute(ExecutionRequest.of("x"));
		}
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		this.clock.advance(Duration.ofSeconds(9));
		assertThat(service.execute(ExecutionRequest.of("x")).status()).isEqualTo(ExecutionStatus.UNAVAILABLE);
		assertThat(primary.calls()).isEqualTo(4);
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(service.execute(ExecutionRequest.of("x")).status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
		assertThat(service.execute(ExecutionRequest.of("x")).status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@ParameterizedTest
	@EnumSource(value = ExecutionStatus.class, names = { "SUCCESS", "ERROR", "TIMEOUT", "MEMORY_LIMIT",
			"OUTPUT_LIMIT", "REJECTED" })
	void executeWhenGuestOutcomesRepeatShouldNeverOpenTheBreaker(ExecutionStatus status) {
		CircuitBreaker breaker = breaker();
		ExecutionError error = (status == ExecutionStatus.ERROR) ? error("ZeroDivisionError", "divide by zero")
				: null;
		SandboxExecutorService service = SandboxExecutorService.builder()
			.primary((request) -> result(status, error, "wasm"))
			.circuitBreaker(breaker)
			.build();
		for (int i = 0; i < 20; i++) {
			assertThat(service.execute(ExecutionRequest.of("x")).status()).isEqualTo(status);
		}
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
	}

	@Test
	void executeWhenAllSlotsAreBusyBeyondTheQueueTimeoutShouldReject() throws Exception {
		CountDownLatch entered = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		SandboxExecutorService service = SandboxExecutorService.builder().primary((request) -> {
			entered.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return result(ExecutionStatus.SUCCESS, null, "wasm");
		}).maxConcurrency(2).queueTimeout(Duration.ofMillis(50)).build();
		ExecutorService callers = Executors.newFixedThreadPool(2);
		try {
			Future<ExecutionResult> first = callers.submit(() -> service.execute(ExecutionRequest.of("x")));
			Future<ExecutionResult> second = callers.submit(() -> service.execute(ExecutionRequest.of("x")));
			assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
			ExecutionResult third = service.execute(ExecutionRequest.of("x"));
			release.countDown();
			assertThat(third.status()).isEqualTo(ExecutionStatus.REJECTED);
			assertThat(third.message()).contains("50 ms").contains("all 2 concurrent executions");
			assertThat(first.get(5, TimeUnit.SECONDS).status()).isEqualTo(ExecutionStatus.SUCCESS);
			assertThat(second.get(5, TimeUnit.SECONDS).status()).isEqualTo(ExecutionStatus.SUCCESS);
			assertThat(service.execute(ExecutionRequest.of("x")).status()).isEqualTo(ExecutionStatus.SUCCESS);
		}
		finally {
			release.countDown();
			callers.shutdownNow();
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			ImportError         | no module named 'typing'                                     | missing-module
			ImportError         | can't import name groupby                                    | missing-module
			AttributeError      | 'str' object has no attribute 'title'                        | missing-attribute
			AttributeError      | module 're' has no attribute 'findall'                       | missing-attribute
			AttributeError      | type object 'int' has no attribute '__subclasses__'          | missing-attribute
			NameError           | name 'format' isn't defined                                  | missing-builtin
			NotImplementedError | only slices with step=1 (aka None) are supported             | not-implemented
			NotImplementedError | unicode name escapes                                         | not-implemented
			SyntaxError         | invalid syntax                                               | unsupported-syntax
			TypeError           | extra keyword arguments given                                | keyword-arguments
			TypeError           | function doesn't take keyword arguments                      | keyword-arguments
			ValueError          | regex too complex                                            | regex
			ValueError          | invalid format specifier                                     | format-spec
			TypeError           | can't convert 'Decimal' object to str implicitly             | format-spec
			""")
	void executeWhenMicroPythonCannotRunTheCodeShouldFallBackWithTheTrigger(String type, String message,
			String reason) {
		SandboxExecutorService service = serviceWithFallback(
				new CountingExecutor((request) -> result(ExecutionStatus.ERROR, error(type, message), "wasm")),
				breaker());
		ExecutionResult result = service.execute(ExecutionRequest.of("x"));
		assertThat(this.fallback.calls()).isEqualTo(1);
		assertThat(result.executor()).isEqualTo("subprocess");
		assertThat(result.fallbackReason()).isEqualTo(reason);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			ZeroDivisionError   | divide by zero
			NameError           | name 'totl' isn't defined
			AttributeError      | 'Order' object has no attribute 'price'
			TypeError           | unexpected keyword argument 'b'
			KeyError            | x
			RuntimeError        | maximum recursion depth exceeded
			TypeError           | can't convert 'int' object to str implicitly
			""")
	void executeWhenTheCodeIsWrongShouldNotFallBack(String type, String message) {
		SandboxExecutorService service = serviceWithFallback(
				new CountingExecutor((request) -> result(ExecutionStatus.ERROR, error(type, message), "wasm")),
				breaker());
		ExecutionResult result = service.execute(ExecutionRequest.of("x"));
		assertThat(this.fallback.calls()).isZero();
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.executor()).isEqualTo("wasm");
		assertThat(result.fallbackReason()).isNull();
	}

	@ParameterizedTest
	@EnumSource(value = ExecutionStatus.class, names = { "TIMEOUT", "MEMORY_LIMIT", "OUTPUT_LIMIT" })
	void executeWhenPrimaryHitsALimitShouldNeverFallBack(ExecutionStatus status) {
		// the stderr looks like a trigger on purpose: limits win over anything the code printed
		SandboxExecutorService service = serviceWithFallback(new CountingExecutor((request) -> new ExecutionResult(
				status, "", "ImportError: no module named 'typing'\n", false, false, null, null, "wasm", null,
				"limit", Duration.ZERO)), breaker());
		ExecutionResult result = service.execute(ExecutionRequest.of("x"));
		assertThat(this.fallback.calls()).isZero();
		assertThat(result.status()).isEqualTo(status);
		assertThat(result.executor()).isEqualTo("wasm");
	}

	@Test
	void executeWhenFallbackIsDisabledShouldReturnThePrimarysError() {
		CountingExecutor primary = new CountingExecutor(
				(request) -> result(ExecutionStatus.ERROR, error("ImportError", "no module named 'typing'"), "wasm"));
		SandboxExecutorService service = SandboxExecutorService.builder()
			.primary(primary)
			.fallback(this.fallback)
			.circuitBreaker(breaker())
			.build();
		ExecutionResult result = service.execute(ExecutionRequest.of("import typing"));
		assertThat(service.isFallbackEnabled()).isFalse();
		assertThat(this.fallback.calls()).isZero();
		assertThat(result.error().type()).isEqualTo("ImportError");
		assertThat(result.fallbackReason()).isNull();
	}

	@Test
	void executeWhenTriggerIsNotConfiguredShouldNotFallBack() {
		SandboxExecutorService service = SandboxExecutorService.builder()
			.primary((request) -> result(ExecutionStatus.ERROR, error("SyntaxError", "invalid syntax"), "wasm"))
			.fallback(this.fallback)
			.fallbackEnabled(true)
			.fallbackTriggers(EnumSet.of(FallbackTrigger.MISSING_MODULE))
			.circuitBreaker(breaker())
			.build();
		assertThat(service.execute(ExecutionRequest.of("match x:")).executor()).isEqualTo("wasm");
		assertThat(this.fallback.calls()).isZero();
	}

	@Test
	void executeWhenFallingBackShouldReportTheWholeCallsDuration() {
		CountingExecutor primary = new CountingExecutor((request) -> {
			this.clock.advance(Duration.ofMillis(30));
			return result(ExecutionStatus.ERROR, error("ImportError", "no module named 'csv'"), "wasm");
		});
		CountingExecutor slowFallback = new CountingExecutor((request) -> {
			this.clock.advance(Duration.ofMillis(70));
			return result(ExecutionStatus.SUCCESS, null, "subprocess");
		});
		SandboxExecutorService service = SandboxExecutorService.builder()
			.primary(primary)
			.fallback(slowFallback)
			.fallbackEnabled(true)
			.clock(this.clock)
			.build();
		assertThat(service.execute(ExecutionRequest.of("import csv")).duration()).isEqualTo(Duration.ofMillis(100));
	}

	@Test
	void executeWhenMicroPythonLacksAModuleShouldRunTheCodeInCPython() {
		SubprocessExecutor subprocess = SubprocessExecutor.ofDefaults();
		assumeTrue(subprocess.isAvailable(), "needs python3");
		SandboxExecutorService service = SandboxExecutorService.builder()
			.primary((request) -> result(ExecutionStatus.ERROR, error("ImportError", "no module named 'dataclasses'"),
					"wasm"))
			.fallback(subprocess)
			.fallbackEnabled(true)
			.build();
		ExecutionResult result = service.execute(ExecutionRequest.of("""
				from dataclasses import dataclass
				@dataclass
				class Point:
				    x: int
				    y: int
				print(Point(1, 2))
				"""));
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.stdout()).isEqualTo("Point(x=1, y=2)\n");
		assertThat(result.executor()).isEqualTo("subprocess");
		assertThat(result.fallbackReason()).isEqualTo("missing-module");
	}

	@Test
	void executeWhenFallbackHitsALimitShouldReportItFromTheFallback() {
		SubprocessExecutor subprocess = SubprocessExecutor.ofDefaults();
		assumeTrue(subprocess.isAvailable(), "needs python3");
		SandboxExecutorService service = SandboxExecutorService.builder()
			.primary((request) -> result(ExecutionStatus.ERROR, error("ImportError", "no module named 'typing'"),
					"wasm"))
			.fallback(subprocess)
			.fallbackEnabled(true)
			.build();
		ExecutionResult result = service.execute(ExecutionRequest.builder("import typing\nwhile True:\n    pass")
			.timeout(Duration.ofMillis(300))
			.build());
		assertThat(result.status()).isEqualTo(ExecutionStatus.TIMEOUT);
		assertThat(result.executor()).isEqualTo("subprocess");
	}

	@Test
	void executeWhenMicroPythonCannotRunTheCodeShouldTryCPythonBeforeTheSubprocess() {
		CountingExecutor cpython = new CountingExecutor((request) -> result(ExecutionStatus.SUCCESS, null, "cpython-wasm"));
		SandboxExecutorService service = serviceWithTiers(
				(request) -> result(ExecutionStatus.ERROR, error("ImportError", "no module named 'typing'"), "wasm"),
				cpython, true);
		ExecutionResult result = service.execute(ExecutionRequest.of("import typing"));
		assertThat(service.isCPythonTierActive()).isTrue();
		assertThat(result.executor()).isEqualTo("cpython-wasm");
		assertThat(result.fallbackReason()).isEqualTo("missing-module");
		assertThat(cpython.calls()).isOne();
		assertThat(this.fallback.calls()).isZero();
	}

	@Test
	void executeWhenCPythonIsUnavailableShouldGoOnToTheSubprocessOnlyWhenEnabled() {
		CodeExecutor primary = (request) -> result(ExecutionStatus.ERROR, error("SyntaxError", "invalid syntax"), "wasm");
		CodeExecutor cpython = (request) -> ExecutionResult.unavailable("cpython-wasm", "needs Java 25", Duration.ZERO);
		ExecutionResult withSubprocess = serviceWithTiers(primary, cpython, true).execute(ExecutionRequest.of("x"));
		assertThat(withSubprocess.executor()).isEqualTo("subprocess");
		assertThat(withSubprocess.fallbackReason()).isEqualTo("primary-unavailable");
		ExecutionResult without = serviceWithTiers(primary, cpython, false).execute(ExecutionRequest.of("x"));
		assertThat(without.status()).isEqualTo(ExecutionStatus.UNAVAILABLE);
		assertThat(without.executor()).isEqualTo("cpython-wasm");
		assertThat(this.fallback.calls()).isOne();
	}

	@Test
	void executeWhenCPythonLacksAModuleShouldGoOnToTheSubprocess() {
		CountingExecutor cpython = new CountingExecutor((request) -> result(ExecutionStatus.ERROR,
				error("ModuleNotFoundError", "No module named 'numpy'"), "cpython-wasm"));
		ExecutionResult result = serviceWithTiers(
				(request) -> result(ExecutionStatus.ERROR, error("ImportError", "no module named 'numpy'"), "wasm"),
				cpython, true)
			.execute(ExecutionRequest.of("import numpy"));
		assertThat(result.executor()).isEqualTo("subprocess");
		assertThat(result.fallbackReason()).isEqualTo("missing-module");
		assertThat(cpython.calls()).isOne();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			SyntaxError    | invalid syntax
			NameError      | name 'format' is not defined
			AttributeError | 'str' object has no attribute 'title'
			TypeError      | extra keyword arguments given
			""")
	void executeWhenCPythonReportsAnErrorShouldReturnIt(String type, String message) {
		CountingExecutor cpython = new CountingExecutor(
				(request) -> result(ExecutionStatus.ERROR, error(type, message), "cpython-wasm"));
		ExecutionResult result = serviceWithTiers(
				(request) -> result(ExecutionStatus.ERROR, error("SyntaxError", "invalid syntax"), "wasm"), cpython, true)
			.execute(ExecutionRequest.of("x"));
		assertThat(result.executor()).isEqualTo("cpython-wasm");
		assertThat(result.error().type()).isEqualTo(type);
		assertThat(this.fallback.calls()).isZero();
	}

	@ParameterizedTest
	@EnumSource(value = ExecutionStatus.class, names = { "TIMEOUT", "MEMORY_LIMIT", "OUTPUT_LIMIT" })
	void executeWhenCPythonHitsALimitShouldNeverReachTheSubprocess(ExecutionStatus status) {
		CountingExecutor cpython = new CountingExecutor((request) -> new ExecutionResult(status, "",
				"ModuleNotFoundError: No module named 'x'\n", false, false, null, null, "cpython-wasm", null, "limit",
				Duration.ZERO));
		ExecutionResult result = serviceWithTiers(
				(request) -> result(ExecutionStatus.ERROR, error("ImportError", "no module named 'typing'"), "wasm"),
				cpython, true)
			.execute(ExecutionRequest.of("import typing"));
		assertThat(result.status()).isEqualTo(status);
		assertThat(result.executor()).isEqualTo("cpython-wasm");
		assertThat(this.fallback.calls()).isZero();
	}

	@Test
	void executeWhenMicroPythonRunsOutOfMemoryShouldRetryInCPythonWithWhatIsLeftOfTheDeadline() {
		CountingExecutor primary = new CountingExecutor((request) -> {
			this.clock.advance(Duration.ofMillis(1200));
			return new ExecutionResult(ExecutionStatus.MEMORY_LIMIT, "", "", false, false, null, null, "wasm", null,
					"out of memory", Duration.ZERO);
		});
		List<Duration> timeouts = new java.util.ArrayList<>();
		CountingExecutor cpython = new CountingExecutor((request) -> {
			timeouts.add(request.timeout());
			return result(ExecutionStatus.SUCCESS, null, "cpython-wasm");
		});
		SandboxExecutorService service = SandboxExecutorService.from(serviceWithTiers(primary, cpython, true))
			.defaultTimeout(Duration.ofSeconds(3))
			.build();
		ExecutionResult result = service.execute(ExecutionRequest.of("x = [str(i) * 50 for i in range(10 ** 6)]"));
		assertThat(result.executor()).isEqualTo("cpython-wasm");
		assertThat(result.fallbackReason()).isEqualTo("memory-limit");
		assertThat(timeouts).containsExactly(Duration.ofMillis(1800));
		ExecutionResult own = service
			.execute(ExecutionRequest.builder("x").timeout(Duration.ofMillis(2000)).build());
		assertThat(own.executor()).isEqualTo("cpython-wasm");
		assertThat(timeouts).last().isEqualTo(Duration.ofMillis(800));
		ExecutionResult late = service.execute(ExecutionRequest.builder("x").timeout(Duration.ofMillis(1000)).build());
		assertThat(late.status()).isEqualTo(ExecutionStatus.MEMORY_LIMIT);
		assertThat(late.executor()).isEqualTo("wasm");
		assertThat(cpython.calls()).isEqualTo(2);
		assertThat(this.fallback.calls()).isZero();
	}

	@Test
	void executeWhenCPythonTierIsDisabledShouldSkipIt() {
		CountingExecutor cpython = new CountingExecutor((request) -> result(ExecutionStatus.SUCCESS, null, "cpython-wasm"));
		SandboxExecutorService service = SandboxExecutorService.builder()
			.primary((request) -> result(ExecutionStatus.ERROR, error("ImportError", "no module named 'typing'"), "wasm"))
			.cpython(cpython)
			.cpythonEnabled(false)
			.fallback(this.fallback)
			.fallbackEnabled(true)
			.circuitBreaker(breaker())
			.build();
		assertThat(service.isCPythonTierActive()).isFalse();
		assertThat(service.execute(ExecutionRequest.of("import typing")).executor()).isEqualTo("subprocess");
		assertThat(cpython.calls()).isZero();
	}

	@Test
	void executeWhenBreakerIsOpenShouldUseTheCPythonTier() {
		CircuitBreaker breaker = breaker();
		breaker.transitionToOpenState();
		CountingExecutor cpython = new CountingExecutor((request) -> result(ExecutionStatus.SUCCESS, null, "cpython-wasm"));
		ExecutionResult result = SandboxExecutorService.builder()
			.primary((request) -> unavailable())
			.cpython(cpython)
			.circuitBreaker(breaker)
			.build()
			.execute(ExecutionRequest.of("x"));
		assertThat(result.executor()).isEqualTo("cpython-wasm");
		assertThat(result.fallbackReason()).isEqualTo("circuit-open");
	}

	@Test
	void buildWhenFallbackIsEnabledWithoutExecutorShouldFail() {
		assertThatIllegalStateException()
			.isThrownBy(() -> SandboxExecutorService.builder().primary((request) -> unavailable()).fallbackEnabled(true).build())
			.withMessageContaining("fallback");
		assertThatIllegalStateException().isThrownBy(() -> SandboxExecutorService.builder().build())
			.withMessageContaining("primary");
		assertThatIllegalArgumentException().isThrownBy(() -> SandboxExecutorService.builder().maxConcurrency(0))
			.withMessageContaining("'maxConcurrency'");
	}

	@Test
	void fromValueWhenGivenAPropertyValueShouldFindTheTriggerOrListTheAllowedOnes() {
		assertThat(FallbackTrigger.fromValue("keyword-arguments")).isEqualTo(FallbackTrigger.KEYWORD_ARGUMENTS);
		assertThat(FallbackTrigger.DEFAULTS).doesNotContain(FallbackTrigger.RECURSION_DEPTH)
			.contains(FallbackTrigger.MISSING_MODULE);
		assertThatIllegalArgumentException().isThrownBy(() -> FallbackTrigger.fromValue("everything"))
			.withMessageContaining("'everything'")
			.withMessageContaining("missing-module, missing-attribute");
	}

	private SandboxExecutorService serviceWithFallback(CodeExecutor primary, CircuitBreaker breaker) {
		return SandboxExecutorService.builder()
			.primary(primary)
			.fallback(this.fallback)
			.fallbackEnabled(true)
			.circuitBreaker(breaker)
			.build();
	}

	private SandboxExecutorService serviceWithTiers(CodeExecutor primary, CodeExecutor cpython,
			boolean fallbackEnabled) {
		return SandboxExecutorService.builder()
			.primary(primary)
			.cpython(cpython)
			.fallback(this.fallback)
			.fallbackEnabled(fallbackEnabled)
			.circuitBreaker(breaker())
			.clock(this.clock)
			.build();
	}

	private CircuitBreaker breaker() {
		return CircuitBreaker.of("test", CircuitBreakerConfig.custom()
			.slidingWindowSize(4)
			.minimumNumberOfCalls(4)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofSeconds(10))
			.permittedNumberOfCallsInHalfOpenState(2)
			.clock(this.clock)
			.build());
	}

	private static ExecutionResult unavailable() {
		return ExecutionResult.unavailable("wasm", "The module failed to instantiate", Duration.ZERO);
	}

	private static ExecutionResult result(ExecutionStatus status, ExecutionError error, String executor) {
		return new ExecutionResult(status, "", "", false, false, error, null, executor, null, null, Duration.ZERO);
	}

	private static ExecutionError error(String type, String message) {
		return new ExecutionError(type, message, type + ": " + message + "\n", 1);
	}

	static final class CountingExecutor implements CodeExecutor {

		private final AtomicInteger calls = new AtomicInteger();

		private final Function<ExecutionRequest, ExecutionResult> behaviour;

		CountingExecutor(Function<ExecutionRequest, ExecutionResult> behaviour) {
			this.behaviour = behaviour;
		}

		@Override
		public ExecutionResult execute(ExecutionRequest request) {
			this.calls.incrementAndGet();
			return this.behaviour.apply(request);
		}

		int calls() {
			return this.calls.get();
		}

	}

	static final class MutableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
