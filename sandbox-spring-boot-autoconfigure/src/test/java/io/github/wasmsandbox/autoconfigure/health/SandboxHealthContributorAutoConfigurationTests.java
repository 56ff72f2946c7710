package io.github.wasmsandbox.autoconfigure.health;

import java.util.Map;

import io.github.wasmsandbox.autoconfigure.SandboxAutoConfiguration;
import io.github.wasmsandbox.autoconfigure.SharedWasmExecutor;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.resilience.SandboxExecutorService;
import io.github.wasmsandbox.core.wasm.WasmExecutor;
import io.github.wasmsandbox.core.wasm.WasmExecutorFixtures;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SandboxHealthContributorAutoConfiguration} and {@link SandboxHealthIndicator},
 * with the real engine.
 */
class SandboxHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withPropertyValues("sandbox.cpython.enabled=false").withConfiguration(
			AutoConfigurations.of(SandboxAutoConfiguration.class, SandboxHealthContributorAutoConfiguration.class));

	@Test
	void healthWhenEngineRunsTheCanaryShouldBeUpWithDetails() {
		SharedWasmExecutor.in(this.contextRunner).run((context) -> {
			assertThat(context).hasSingleBean(SandboxHealthIndicator.class).hasBean("sandboxHealthIndicator");
			Health health = context.getBean(SandboxHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			Map<String, Object> details = health.getDetails();
			assertThat(details).containsEntry("engine", "wasm")
				.containsEntry("micropython", WasmExecutor.MICROPYTHON_VERSION)
				.containsEntry("runtime", WasmExecutor.RUNTIME)
				.containsEntry("jitHugeMethods", true)
				.containsEntry("circuitBreaker", "CLOSED")
				.containsEntry("executions",
						Map.of("active", 0, "maxConcurrency", Runtime.getRuntime().availableProcessors()))
				.containsEntry("fallback", Map.of("enabled", false));
			assertThat(details.get("canary")).asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("outcome", "passed")
				.containsKeys("durationMillis", "checkedAt");
		});
	}

	@Test
	void healthWhenCheckedAgainWithinTheTtlShouldReuseTheCanary() {
		SharedWasmExecutor.in(this.contextRunner).run((context) -> {
			HealthIndicator indicator = context.getBean(SandboxHealthIndicator.class);
			Object first = indicator.health().getDetails().get("canary");
			Object second = indicator.health().getDetails().get("canary");
			assertThat(second).isEqualTo(first);
		});
	}

	@Test
	void healthWhenEngineCannotStartShouldBeDown() {
		this.contextRunner
			.withBean("wasmExecutor", WasmExecutor.class,
					() -> WasmExecutorFixtures.engineFailingToStart("compiled module missing"))
			.run((context) -> {
				Health health = context.getBean(SandboxHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails().get("canary"))
					.asInstanceOf(InstanceOfAssertFactories.MAP)
					.containsEntry("outcome", "failed")
					.hasEntrySatisfying("problem",
							(problem) -> assertThat(problem.toString()).startsWith("UNAVAILABLE")
								.contains("compiled module missing"));
			});
	}

	@Test
	void healthWhenEngineFaultsOpenTheBreakerShouldBeDownAndReportTheBreaker() {
		this.contextRunner
			.withBean("wasmExecutor", WasmExecutor.class,
					() -> WasmExecutorFixtures.engineFailingToStart("compiled module missing"))
			.withPropertyValues("sandbox.circuit-breaker.minimum-number-of-calls=2",
					"sandbox.circuit-breaker.sliding-window-size=2")
			.run((context) -> {
				SandboxExecutorService service = context.getBean(SandboxExecutorService.class);
				for (int i = 0; i < 2; i++) {
					assertThat(service.execute(ExecutionRequest.of("1")).status())
						.isEqualTo(ExecutionStatus.UNAVAILABLE);
				}
				Health health = context.getBean(SandboxHealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("circuitBreaker", "OPEN");
			});
	}

	@Test
	void healthWhenBreakerIsOpenButEngineWorksShouldBeOutOfService() {
		SharedWasmExecutor.in(this.contextRunner).run((context) -> {
			context.getBean(SandboxExecutorService.class).circuitBreaker().transitionToOpenState();
			Health health = context.getBean(SandboxHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(health.getDetails()).containsEntry("circuitBreaker", "OPEN");
			assertThat(health.getDetails().get("canary"))
				.asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("outcome", "passed");
		});
	}

	@Test
	void healthWhenFallbackIsEnabledShouldReportItsAvailabilityAndIsolation() {
		SharedWasmExecutor.in(this.contextRunner).withPropertyValues("sandbox.fallback.enabled=true").run((context) -> {
			Map<String, Object> details = context.getBean(SandboxHealthIndicator.class).health().getDetails();
			assertThat(details.get("fallback")).asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("enabled", true)
				.containsKeys("available", "isolation");
		});
	}

	@Test
	void autoConfigurationWhenHealthIndicatorIsDisabledShouldBackOff() {
		this.contextRunner.withPropertyValues("management.health.sandbox.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SandboxHealthIndicator.class));
	}

	@Test
	void autoConfigurationWhenUserDefinesIndicatorShouldBackOff() {
		this.contextRunner.withBean("sandboxHealthIndicator", HealthIndicator.class, () -> () -> Health.up().build())
			.run((context) -> assertThat(context).doesNotHaveBean(SandboxHealthIndicator.class)
				.hasSingleBean(HealthIndicator.class));
	}

	@Test
	void autoConfigurationWhenSandboxIsDisabledShouldBackOff() {
		this.contextRunner.withPropertyValues("sandbox.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SandboxHealthIndicator.class));
	}

	@Test
	void autoConfigurationWhenHealthSupportIsMissingShouldBackOff() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasSingleBean(SandboxExecutorService.class)
				.doesNotHaveBean(SandboxHealthIndicator.class));
	}

	@Test
	void autoConfigurationWhenPropertyIsInvalidShouldFailNamingTheProperty() {
		this.contextRunner.withPropertyValues("sandbox.limits.memory-limit=2MB")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("sandbox.limits.memory-limit"));
	}

}
