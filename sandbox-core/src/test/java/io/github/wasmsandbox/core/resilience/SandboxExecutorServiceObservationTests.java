package io.github.wasmsandbox.core.resilience;

import java.time.Duration;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.wasmsandbox.core.ExecutionError;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.observation.DefaultSandboxObservationConvention;
import io.github.wasmsandbox.core.observation.SandboxObservationContext;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's observation and its injectable bulkhead, with test doubles for the engines.
 */
class SandboxExecutorServiceObservationTests {

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	@Test
	void executeWhenObservedShouldRecordOneObservationWithExecutorAndStatus() {
		SandboxExecutorService service = SandboxExecutorService.builder()
			.primary((request) -> result(ExecutionStatus.ERROR, "wasm", null))
			.observationRegistry(this.registry)
			.build();
		service.execute(ExecutionRequest.of("print('secret')"));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasNumberOfObservationsEqualTo(1)
			.hasSingleObservationThat()
			.hasNameEqualTo("sandbox.executions")
			.hasContextualNameEqualTo("sandbox execute")
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("executor", "wasm")
			.hasLowCardinalityKeyValue("status", "error")
			.hasHighCardinalityKeyValue("code.size", "15")
			.hasHighCardinalityKeyValue("fallback.reason", KeyValue.NONE_VALUE)
			.hasHighCardinalityKeyValue("output.truncated", "false")
			.doesNotHaveHighCardinalityKeyValueWithKey("code");
	}

	@Test
	void executeWhenFallbackRanShouldTagTheFallbackExecutorAndReason() {
		SandboxExecutorService service = SandboxExecutorService.builder()
			.primary((request) -> ExecutionResult.unavailable("wasm", "broken", Duration.ZERO))
			.fallback((request) -> result(ExecutionStatus.SUCCESS, "subprocess", null))
			.fallbackEnabled(true)
			.observationRegistry(this.registry)
			.build();
		service.execute(ExecutionRequest.of("1"));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasLowCardinalityKeyValue("executor", "subprocess")
			.hasLowCardinalityKeyValue("status", "success")
			.hasHighCardinalityKeyValue("fallback.reason", "primary-unavailable")
			.satisfies((context) -> assertThat(((SandboxObservationContext) context).getResult()).isNotNull());
	}

	@Test
	void executeWhenCustomConventionIsSetShouldUseItsName() {
		SandboxExecutorService service = SandboxExecutorService.builder()
			.primary((request) -> result(ExecutionStatus.SUCCESS, "wasm", null))
			.observationRegistry(this.registry, new DefaultSandboxObservationConvention("python.runs"))
			.build();
		service.execute(ExecutionRequest.of("1"));
		TestObservationRegistryAssert.assertThat(this.registry)
			.hasSingleObservationThat()
			.hasNameEqualTo("python.runs");
	}

	@Test
	void executeWhenNoRegistryIsSetShouldNotObserve() {
		SandboxExecutorService service = SandboxExecutorService.builder()
			.primary((request) -> result(ExecutionStatus.SUCCESS, "wasm", null))
			.build();
		assertThat(service.execute(ExecutionRequest.of("1")).isSuccess()).isTrue();
		TestObservationRegistryAssert.assertThat(this.registry).doesNotHaveAnyObservation();
	}

	@Test
	void buildWhenBulkheadIsGivenShouldUseItsLimitsAndExposeIt() {
		Bulkhead bulkhead = Bulkhead.of("custom",
				BulkheadConfig.custom().maxConcurrentCalls(1).maxWaitDuration(Duration.ZERO).build());
		bulkhead.tryAcquirePermission();
		SandboxExecutorService service = SandboxExecutorService.builder()
			.primary((request) -> result(ExecutionStatus.SUCCESS, "wasm", null))
			.maxConcurrency(8)
			.bulkhead(bulkhead)
			.build();
		assertThat(service.bulkhead()).isSameAs(bulkhead);
		ExecutionResult result = service.execute(ExecutionRequest.of("1"));
		assertThat(result.status()).isEqualTo(ExecutionStatus.REJECTED);
		assertThat(result.message()).contains("all 1 concurrent executions");
		assertThat(SandboxExecutorService.from(service).build().bulkhead()).isSameAs(bulkhead);
	}

	private static ExecutionResult result(ExecutionStatus status, String executor, String reason) {
		ExecutionError error = (status == ExecutionStatus.ERROR)
				? new ExecutionError("ValueError", "bad", "Traceback\nValueError: bad\n", 1) : null;
		return new ExecutionResult(status, "out", "", false, false, error, null, executor, reason, null,
				Duration.ofMillis(1));
	}

}
