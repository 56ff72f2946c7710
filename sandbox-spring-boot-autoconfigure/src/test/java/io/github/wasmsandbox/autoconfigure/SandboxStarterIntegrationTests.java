package io.github.wasmsandbox.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.wasmsandbox.autoconfigure.health.SandboxHealthIndicator;
import io.github.wasmsandbox.core.CodeExecutor;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.resilience.SandboxExecutorService;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A minimal Spring Boot application with the starter's auto-configuration, as a user gets it:
 * code runs in WASM through the injected {@link CodeExecutor}.
 */
@SpringBootTest(properties = { "sandbox.limits.timeout=2s", "sandbox.cpython.enabled=false" })
class SandboxStarterIntegrationTests {

	@Autowired
	private CodeExecutor executor;

	@Autowired
	private SandboxWarmUp warmUp;

	@Autowired
	private SandboxHealthIndicator health;

	@Autowired
	private MeterRegistry meterRegistry;

	@BeforeEach
	void awaitWarmUp() throws Exception {
		// the engine boots in the background after start-up; durations below should not include it
		assertThat(this.warmUp.completion().get(60, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void executeWhenInjectedShouldRunCodeInWasmThroughTheService() {
		ExecutionResult result = this.executor.execute(ExecutionRequest.builder("""
				total = sum(o["amount"] for o in orders)
				print(len(orders), "orders")
				total""").input("orders", List.of(Map.of("amount", 12.5), Map.of("amount", 7.5))).build());
		assertThat(this.executor).isInstanceOf(SandboxExecutorService.class);
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.stdout()).isEqualTo("2 orders\n");
		assertThat(result.value()).isEqualTo(20.0);
		assertThat(result.executor()).isEqualTo("wasm");
		assertThat(this.meterRegistry.get("sandbox.executions").tag("status", "success").timer().count())
			.isPositive();
	}

	@Test
	void startWhenApplicationIsReadyShouldWarmTheEngineUpInTheBackground() {
		assertThat(this.warmUp.completion()).isCompletedWithValue(true);
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void executeWhenGuestLoopsForeverShouldTimeOutAtTheConfiguredLimit() {
		ExecutionResult result = this.executor.execute(ExecutionRequest.of("while True:\n    pass"));
		assertThat(result.status()).isEqualTo(ExecutionStatus.TIMEOUT);
		assertThat(result.duration()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(5));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class SampleApplication {

	}

}
