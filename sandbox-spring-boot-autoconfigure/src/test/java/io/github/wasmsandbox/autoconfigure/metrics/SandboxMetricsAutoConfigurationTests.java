package io.github.wasmsandbox.autoconfigure.metrics;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetricsPublisher;
import io.github.wasmsandbox.autoconfigure.SandboxAutoConfiguration;
import io.github.wasmsandbox.autoconfigure.SandboxExecutorServiceBuilderCustomizer;
import io.github.wasmsandbox.autoconfigure.SharedWasmExecutor;
import io.github.wasmsandbox.core.CodeExecutor;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.resilience.SandboxExecutorService;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SandboxMetricsAutoConfiguration} and {@link SandboxMetrics}, with the real
 * engine and Spring Boot's observation and metrics auto-configuration.
 */
class SandboxMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withPropertyValues("sandbox.cpython.enabled=false")
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				SandboxAutoConfiguration.class, SandboxMetricsAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class);

	@Test
	void executeWhenMetricsAreConfiguredShouldRecordTimerOutputsAndGaugeWithTags() {
		SharedWasmExecutor.in(this.contextRunner).run((context) -> {
			assertThat(context).hasSingleBean(SandboxMetrics.class);
			CodeExecutor executor = context.getBean(CodeExecutor.class);
			assertThat(executor.execute(ExecutionRequest.of("print('hello')")).status())
				.isEqualTo(ExecutionStatus.SUCCESS);
			assertThat(executor.execute(ExecutionRequest.of("1 / 0")).status()).isEqualTo(ExecutionStatus.ERROR);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			Timer success = registry.get("sandbox.executions").tag("executor", "wasm").tag("status", "success").timer();
			Timer error = registry.get("sandbox.executions").tag("executor", "wasm").tag("status", "error").timer();
			assertThat(success.count()).isOne();
			assertThat(error.count()).isOne();
			assertThat(success.getId().getTags()).extracting("key").containsOnly("executor", "status", "error");
			DistributionSummary stdout = registry.get("sandbox.outputs").tag("stream", "stdout").summary();
			assertThat(stdout.count()).isEqualTo(2);
			assertThat(stdout.totalAmount()).isEqualTo("hello\n".length());
			assertThat(stdout.getId().getBaseUnit()).isEqualTo("bytes");
			assertThat(registry.get("sandbox.outputs").tag("stream", "stderr").summary().totalAmount()).isPositive();
			assertThat(registry.get("sandbox.active").gauge().value()).isZero();
			assertThat(registry.find("sandbox.fallbacks").counters()).isEmpty();
			assertThat(registry.get("resilience4j.circuitbreaker.state")
				.tag("name", "sandbox")
				.tag("state", "closed")
				.gauge()
				.value()).isOne();
			assertThat(registry.get("resilience4j.bulkhead.max.allowed.concurrent.calls")
				.tag("name", "sandbox")
				.gauge()
				.value()).isEqualTo(Runtime.getRuntime().availableProcessors());
		});
	}

	@Test
	void executeWhenCodeFallsBackShouldCountTheFallbackByReason() {
		SandboxExecutorServiceBuilderCustomizer fallback = (builder) -> builder.fallbackEnabled(true)
			.fallback((request) -> new ExecutionResult(ExecutionStatus.SUCCESS, "from cpython\n", "", false, false,
					null, null, "subprocess", null, null, Duration.ofMillis(1)));
		SharedWasmExecutor.in(this.contextRunner).withBean(SandboxExecutorServiceBuilderCustomizer.class, () -> fallback).run((context) -> {
			ExecutionResult result = context.getBean(CodeExecutor.class)
				.execute(ExecutionRequest.of("import sqlite3\nprint(sqlite3)"));
			assertThat(result.executor()).isEqualTo("subprocess");
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("sandbox.fallbacks").tag("reason", "missing-module").counter().count()).isOne();
			assertThat(registry.get("sandbox.executions")
				.tag("executor", "subprocess")
				.tag("status", "success")
				.timer()
				.count()).isOne();
		});
	}

	@Test
	void autoConfigurationWhenNoMeterRegistryShouldBackOff() {
		new ApplicationContextRunner()
		.withPropertyValues("sandbox.cpython.enabled=false").withConfiguration(AutoConfigurations.of(SandboxAutoConfiguration.class,
				SandboxMetricsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasSingleBean(SandboxExecutorService.class)
				.doesNotHaveBean(SandboxMetrics.class));
	}

	@Test
	void autoConfigurationWhenSandboxIsDisabledShouldBackOff() {
		this.contextRunner.withPropertyValues("sandbox.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SandboxMetrics.class));
	}

	@Test
	void autoConfigurationWhenMicrometerIsMissingShouldBackOff() {
		new ApplicationContextRunner()
		.withPropertyValues("sandbox.cpython.enabled=false").withConfiguration(AutoConfigurations.of(SandboxAutoConfiguration.class,
				SandboxMetricsAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("io.micrometer"))
			.run((context) -> assertThat(context).hasSingleBean(SandboxExecutorService.class)
				.doesNotHaveBean(SandboxMetrics.class));
	}

	@Test
	void autoConfigurationWhenUserDefinesBinderShouldBackOff() {
		this.contextRunner.withBean("customSandboxMetrics", SandboxMetrics.class,
				() -> new SandboxMetrics(SandboxExecutorService.builder().primary((request) -> null).build()))
			.run((context) -> assertThat(context).hasSingleBean(SandboxMetrics.class).hasBean("customSandboxMetrics"));
	}

	@Test
	void autoConfigurationWhenResilience4jMicrometerIsMissingShouldSkipBreakerMetrics() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(TaggedCircuitBreakerMetricsPublisher.class))
			.run((context) -> assertThat(context).hasSingleBean(SandboxMetrics.class)
				.doesNotHaveBean("sandboxCircuitBreakerMetrics")
				.doesNotHaveBean("sandboxBulkheadMetrics"));
	}

	@Test
	void autoConfigurationWhenCircuitBreakerRegistryExistsShouldLeaveBreakerMetricsToIt() {
		this.contextRunner.withBean(CircuitBreakerRegistry.class, CircuitBreakerRegistry::ofDefaults)
			.run((context) -> assertThat(context).doesNotHaveBean("sandboxCircuitBreakerMetrics")
				.hasBean("sandboxBulkheadMetrics"));
	}

	@Test
	void autoConfigurationWhenPropertyIsInvalidShouldFailNamingTheProperty() {
		this.contextRunner.withPropertyValues("sandbox.fallback.on=nope")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("sandbox.fallback.on"));
	}

}
