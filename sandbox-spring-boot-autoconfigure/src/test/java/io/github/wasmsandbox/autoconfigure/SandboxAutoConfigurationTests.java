package io.github.wasmsandbox.autoconfigure;

import java.time.Duration;
import java.util.EnumSet;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.wasmsandbox.core.CodeExecutor;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.SandboxLimits;
import io.github.wasmsandbox.core.resilience.FallbackTrigger;
import io.github.wasmsandbox.core.cpython.CPythonWasmExecutor;
import io.github.wasmsandbox.core.resilience.SandboxExecutorService;
import io.github.wasmsandbox.core.subprocess.SubprocessExecutor;
import io.github.wasmsandbox.core.wasm.WasmExecutor;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SandboxAutoConfiguration}.
 */
class SandboxAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SandboxAutoConfiguration.class))
		// the CPython tier boots for tens of seconds: only the tests about it turn it on
		.withPropertyValues("sandbox.cpython.enabled=false");

	@Test
	void autoConfigurationWhenCPythonTierNotDisabledShouldProvideItAndOfferItToTheService() {
		this.contextRunner.withPropertyValues("sandbox.cpython.enabled=true").run((context) -> {
			assertThat(context).hasSingleBean(CPythonWasmExecutor.class);
			assertThat(context.getBean(SandboxExecutorService.class).isCPythonTierActive())
				.isEqualTo(CPythonWasmExecutor.isSupportedByThisJvm());
		});
	}

	@Test
	void autoConfigurationWhenCPythonTierDisabledShouldBackOff() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(CPythonWasmExecutor.class);
			assertThat(context.getBean(SandboxExecutorService.class).isCPythonTierActive()).isFalse();
		});
	}

	@Test
	void autoConfigurationWhenDefaultsShouldProvideEngineBreakerBulkheadAndPrimaryService() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(WasmExecutor.class)
				.hasSingleBean(SandboxExecutorService.class)
				.hasSingleBean(SandboxWarmUp.class)
				.hasBean(SandboxAutoConfiguration.CIRCUIT_BREAKER_BEAN_NAME)
				.hasBean(SandboxAutoConfiguration.BULKHEAD_BEAN_NAME)
				.doesNotHaveBean(SubprocessExecutor.class);
			SandboxExecutorService service = context.getBean(SandboxExecutorService.class);
			assertThat(context.getBean(CodeExecutor.class)).isSameAs(service);
			assertThat(context.getBean(WasmExecutor.class).limits())
				.isEqualTo(SandboxLimits.builder().maxConcurrency(Runtime.getRuntime().availableProcessors()).build());
			assertThat(service.isFallbackEnabled()).isFalse();
			assertThat(service.fallbackTriggers()).isEqualTo(FallbackTrigger.DEFAULTS);
			CircuitBreaker breaker = service.circuitBreaker();
			assertThat(breaker).isSameAs(context.getBean(SandboxAutoConfiguration.CIRCUIT_BREAKER_BEAN_NAME));
			assertThat(breaker.getName()).isEqualTo("sandbox");
			CircuitBreakerConfig config = breaker.getCircuitBreakerConfig();
			assertThat(config.getFailureRateThreshold()).isEqualTo(50f);
			assertThat(config.getMinimumNumberOfCalls()).isEqualTo(10);
			assertThat(config.getSlidingWindowSize()).isEqualTo(20);
			assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(3);
			assertThat(service.bulkhead()).isSameAs(context.getBean(SandboxAutoConfiguration.BULKHEAD_BEAN_NAME));
			assertThat(service.bulkhead().getBulkheadConfig().getMaxWaitDuration())
				.isEqualTo(Duration.ofMillis(SandboxExecutorService.DEFAULT_QUEUE_TIMEOUT_MILLIS));
		});
	}

	@Test
	void autoConfigurationWhenEveryPropertyIsSetShouldBindAndTranslateIt() {
		this.contextRunner
			.withPropertyValues("sandbox.execution.max-concurrency=3", "sandbox.execution.queue-timeout=250ms",
					"sandbox.execution.warm-up=false", "sandbox.limits.timeout=5s", "sandbox.limits.memory-limit=32MB",
					"sandbox.limits.max-stdout-size=10KB", "sandbox.limits.max-stderr-size=2KB",
					"sandbox.limits.max-code-size=4KB", "sandbox.limits.max-inputs-size=1MB",
					"sandbox.fallback.enabled=true", "sandbox.fallback.command=python3",
					"sandbox.fallback.on=missing-module, recursion-depth", "sandbox.fallback.site-packages=true",
					"sandbox.circuit-breaker.failure-rate-threshold=25",
					"sandbox.circuit-breaker.minimum-number-of-calls=4", "sandbox.circuit-breaker.sliding-window-size=8",
					"sandbox.circuit-breaker.wait-duration-in-open-state=7s",
					"sandbox.circuit-breaker.permitted-number-of-calls-in-half-open-state=2")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(SandboxWarmUp.class).hasSingleBean(SubprocessExecutor.class);
				SandboxLimits limits = SandboxLimits.builder()
					.timeout(Duration.ofSeconds(5))
					.memoryLimitBytes(32L * 1024 * 1024)
					.maxStdoutBytes(10 * 1024)
					.maxStderrBytes(2 * 1024)
					.maxCodeBytes(4 * 1024)
					.maxInputsBytes(1024 * 1024)
					.maxConcurrency(3)
					.build();
				assertThat(context.getBean(WasmExecutor.class).limits()).isEqualTo(limits);
				assertThat(context.getBean(SubprocessExecutor.class).limits()).isEqualTo(limits);
				SandboxExecutorService service = context.getBean(SandboxExecutorService.class);
				assertThat(service.isFallbackEnabled()).isTrue();
				assertThat(service.fallbackTriggers())
					.isEqualTo(EnumSet.of(FallbackTrigger.MISSING_MODULE, FallbackTrigger.RECURSION_DEPTH));
				BulkheadConfig bulkhead = service.bulkhead().getBulkheadConfig();
				assertThat(bulkhead.getMaxConcurrentCalls()).isEqualTo(3);
				assertThat(bulkhead.getMaxWaitDuration()).isEqualTo(Duration.ofMillis(250));
				CircuitBreakerConfig breaker = service.circuitBreaker().getCircuitBreakerConfig();
				assertThat(breaker.getFailureRateThreshold()).isEqualTo(25f);
				assertThat(breaker.getMinimumNumberOfCalls()).isEqualTo(4);
				assertThat(breaker.getSlidingWindowSize()).isEqualTo(8);
				assertThat(breaker.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(7000L);
				assertThat(breaker.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(2);
			});
	}

	@Test
	void autoConfigurationWhenDisabledShouldBackOffEntirely() {
		this.contextRunner.withPropertyValues("sandbox.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WasmExecutor.class)
				.doesNotHaveBean(SandboxExecutorService.class)
				.doesNotHaveBean(SandboxProperties.class)
				.doesNotHaveBean(SandboxAutoConfiguration.CIRCUIT_BREAKER_BEAN_NAME));
	}

	@Test
	void autoConfigurationWhenUserDefinesBeansShouldBackOff() {
		this.contextRunner.withUserConfiguration(UserBeansConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(WasmExecutor.class).hasSingleBean(SandboxExecutorService.class);
			assertThat(context.getBean(WasmExecutor.class)).isSameAs(context.getBean("userWasmExecutor"));
			assertThat(context.getBean(SandboxExecutorService.class))
				.isSameAs(context.getBean("userSandboxExecutorService"));
		});
	}

	@Test
	void autoConfigurationWhenUserDefinesBreakerAndBulkheadShouldUseThem() {
		this.contextRunner.withUserConfiguration(UserBreakerConfiguration.class).run((context) -> {
			SandboxExecutorService service = context.getBean(SandboxExecutorService.class);
			assertThat(service.circuitBreaker().getName()).isEqualTo("mine");
			assertThat(service.bulkhead().getName()).isEqualTo("mine");
		});
	}

	@Test
	void autoConfigurationWhenRegistriesExistShouldRegisterBreakerAndBulkheadInThem() {
		this.contextRunner.withUserConfiguration(RegistriesConfiguration.class)
			.withPropertyValues("sandbox.circuit-breaker.sliding-window-size=7", "sandbox.execution.max-concurrency=2")
			.run((context) -> {
				SandboxExecutorService service = context.getBean(SandboxExecutorService.class);
				CircuitBreakerRegistry breakers = context.getBean(CircuitBreakerRegistry.class);
				assertThat(breakers.find("sandbox")).containsSame(service.circuitBreaker());
				assertThat(service.circuitBreaker().getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(7);
				BulkheadRegistry bulkheads = context.getBean(BulkheadRegistry.class);
				assertThat(bulkheads.find("sandbox")).containsSame(service.bulkhead());
				assertThat(service.bulkhead().getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(2);
			});
	}

	@Test
	void autoConfigurationWhenRegistryConfiguresSandboxShouldPreferItOverProperties() {
		this.contextRunner.withUserConfiguration(ConfiguredRegistriesConfiguration.class)
			.withPropertyValues("sandbox.circuit-breaker.sliding-window-size=7")
			.run((context) -> {
				SandboxExecutorService service = context.getBean(SandboxExecutorService.class);
				assertThat(service.circuitBreaker().getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(42);
				assertThat(service.bulkhead().getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(5);
			});
	}

	@Test
	void autoConfigurationWhenFallbackIsDisabledShouldNotCreateSubprocessExecutor() {
		this.contextRunner.withPropertyValues("sandbox.fallback.site-packages=true")
			.run((context) -> assertThat(context).doesNotHaveBean(SubprocessExecutor.class));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sandbox.limits.timeout=0s                              | sandbox.limits.timeout                 | must be positive
			sandbox.limits.timeout=-1s                             | sandbox.limits.timeout                 | must be positive
			sandbox.limits.memory-limit=1MB                        | sandbox.limits.memory-limit            | must be between 4MB
			sandbox.limits.max-stdout-size=0B                      | sandbox.limits.max-stdout-size         | must be between 1B
			sandbox.execution.max-concurrency=0                    | sandbox.execution.max-concurrency      | must be at least 1
			sandbox.execution.queue-timeout=-5ms                   | sandbox.execution.queue-timeout        | zero (do not wait) or positive
			sandbox.fallback.on=missing-module,typo                | sandbox.fallback.on                    | allowed values are [missing-module, missing-attribute
			sandbox.circuit-breaker.failure-rate-threshold=150     | sandbox.circuit-breaker.failure-rate-threshold | above 0 and at most 100
			sandbox.circuit-breaker.wait-duration-in-open-state=0s | sandbox.circuit-breaker.wait-duration-in-open-state | at least 1ms
			""")
	void autoConfigurationWhenPropertyIsInvalidShouldFailNamingThePropertyAndRange(String property, String name,
			String reason) {
		this.contextRunner.withPropertyValues(property).run((context) -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			while (failure.getCause() != null && !(failure instanceof InvalidConfigurationPropertyValueException)) {
				failure = failure.getCause();
			}
			assertThat(failure).isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining(name)
				.hasMessageContaining(reason);
			assertThat(((InvalidConfigurationPropertyValueException) failure).getName()).isEqualTo(name);
		});
	}

	@Test
	void autoConfigurationWhenMicrometerIsMissingShouldRunWithoutObservation() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer"))
			.run((context) -> assertThat(context).hasSingleBean(SandboxExecutorService.class)
				.doesNotHaveBean("sandboxObservationCustomizer"));
	}

	@Test
	void autoConfigurationWhenSpringAiIsMissingShouldStillProvideTheService() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.ai"))
			.run((context) -> assertThat(context).hasSingleBean(SandboxExecutorService.class));
	}

	@Test
	void executeWhenObservationRegistryExistsShouldObserveRealExecutions() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		SharedWasmExecutor.in(this.contextRunner).withBean(TestObservationRegistry.class, () -> registry).run((context) -> {
			CodeExecutor executor = context.getBean(CodeExecutor.class);
			ExecutionResult result = executor.execute(ExecutionRequest.of("print('hi')\n6 * 7"));
			assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
			assertThat(result.value()).isEqualTo(42);
			TestObservationRegistryAssert.assertThat(registry)
				.hasSingleObservationThat()
				.hasNameEqualTo("sandbox.executions")
				.hasBeenStopped()
				.hasLowCardinalityKeyValue("executor", "wasm")
				.hasLowCardinalityKeyValue("status", "success");
		});
	}

	@Test
	void autoConfigurationWhenCustomizerExistsShouldApplyItLast() {
		this.contextRunner.withBean(SandboxExecutorServiceBuilderCustomizer.class,
				() -> (builder) -> builder.fallbackTriggers(EnumSet.of(FallbackTrigger.REGEX)))
			.run((context) -> assertThat(context.getBean(SandboxExecutorService.class).fallbackTriggers())
				.containsExactly(FallbackTrigger.REGEX));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeansConfiguration {

		@Bean
		WasmExecutor userWasmExecutor() {
			return WasmExecutor.builder().build();
		}

		@Bean
		SandboxExecutorService userSandboxExecutorService(WasmExecutor userWasmExecutor) {
			return SandboxExecutorService.builder().primary(userWasmExecutor).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserBreakerConfiguration {

		@Bean
		CircuitBreaker sandboxCircuitBreaker() {
			return CircuitBreaker.ofDefaults("mine");
		}

		@Bean
		Bulkhead sandboxBulkhead() {
			return Bulkhead.ofDefaults("mine");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RegistriesConfiguration {

		@Bean
		CircuitBreakerRegistry circuitBreakerRegistry() {
			return CircuitBreakerRegistry.ofDefaults();
		}

		@Bean
		BulkheadRegistry bulkheadRegistry() {
			return BulkheadRegistry.ofDefaults();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConfiguredRegistriesConfiguration {

		@Bean
		CircuitBreakerRegistry circuitBreakerRegistry() {
			CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
			registry.addConfiguration("sandbox", CircuitBreakerConfig.custom().slidingWindowSize(42).build());
			return registry;
		}

		@Bean
		BulkheadRegistry bulkheadRegistry() {
			BulkheadRegistry registry = BulkheadRegistry.ofDefaults();
			registry.bulkhead("sandbox", BulkheadConfig.custom().maxConcurrentCalls(5).build());
			return registry;
		}

	}

}
