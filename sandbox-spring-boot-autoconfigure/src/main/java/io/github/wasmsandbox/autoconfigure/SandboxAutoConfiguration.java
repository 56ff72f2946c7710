package io.github.wasmsandbox.autoconfigure;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.wasmsandbox.autoconfigure.SandboxProperties.Settings;
import io.github.wasmsandbox.core.CodeExecutor;
import io.github.wasmsandbox.core.observation.SandboxObservationConvention;
import io.github.wasmsandbox.core.cpython.CPythonWasmExecutor;
import io.github.wasmsandbox.core.resilience.SandboxExecutorService;
import io.github.wasmsandbox.core.subprocess.SubprocessExecutor;
import io.github.wasmsandbox.core.wasm.WasmExecutor;
import io.micrometer.observation.ObservationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Auto-configuration of the sandbox: the WASM engine, the optional CPython fallback, the circuit
 * breaker and bulkhead, and {@link SandboxExecutorService} as the primary {@link CodeExecutor}.
 *
 * <p>
 * The breaker and the bulkhead are named {@value SandboxExecutorService#DEFAULT_NAME}. When the
 * application has a {@link CircuitBreakerRegistry} (or {@link BulkheadRegistry}) bean, they are
 * taken from it, so that its {@code resilience4j.*} settings, metrics and endpoints cover them: an
 * instance or a configuration named {@value SandboxExecutorService#DEFAULT_NAME} in the registry
 * wins over the {@code sandbox.*} properties.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnBooleanProperty(name = "sandbox.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SandboxProperties.class)
public final class SandboxAutoConfiguration {

	/** The name of the circuit breaker bean guarding the engine. */
	public static final String CIRCUIT_BREAKER_BEAN_NAME = "sandboxCircuitBreaker";

	/** The name of the bulkhead bean bounding concurrent executions. */
	public static final String BULKHEAD_BEAN_NAME = "sandboxBulkhead";

	private static final Logger logger = LoggerFactory.getLogger(SandboxAutoConfiguration.class);

	private static final String NAME = SandboxExecutorService.DEFAULT_NAME;

	@Bean
	@ConditionalOnMissingBean
	WasmExecutor wasmExecutor(SandboxProperties properties) {
		return WasmExecutor.builder().limits(properties.toSettings().limits()).build();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "sandbox.cpython.enabled", matchIfMissing = true)
	CPythonWasmExecutor cpythonWasmExecutor(SandboxProperties properties) {
		return CPythonWasmExecutor.builder().limits(properties.toSettings().limits()).build();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty("sandbox.fallback.enabled")
	SubprocessExecutor subprocessExecutor(SandboxProperties properties) {
		Settings settings = properties.toSettings();
		if (settings.sitePackages()) {
			logger.warn("sandbox.fallback.site-packages=true: code sent to the CPython fallback can import every "
					+ "package installed for '{}'", settings.fallbackCommand());
		}
		return SubprocessExecutor.builder()
			.command(settings.fallbackCommand())
			.sitePackages(settings.sitePackages())
			.limits(settings.limits())
			.build();
	}

	@Bean(CIRCUIT_BREAKER_BEAN_NAME)
	@ConditionalOnMissingBean(name = CIRCUIT_BREAKER_BEAN_NAME)
	CircuitBreaker sandboxCircuitBreaker(SandboxProperties properties,
			ObjectProvider<CircuitBreakerRegistry> registries) {
		CircuitBreakerConfig config = properties.toSettings().circuitBreaker();
		CircuitBreakerRegistry registry = registries.getIfUnique();
		if (registry == null) {
			return CircuitBreaker.of(NAME, config);
		}
		return registry.find(NAME)
			.orElseGet(() -> registry.getConfiguration(NAME).isPresent() ? registry.circuitBreaker(NAME, NAME)
					: registry.circuitBreaker(NAME, config));
	}

	@Bean(BULKHEAD_BEAN_NAME)
	@ConditionalOnMissingBean(name = BULKHEAD_BEAN_NAME)
	Bulkhead sandboxBulkhead(SandboxProperties properties, ObjectProvider<BulkheadRegistry> registries) {
		BulkheadConfig config = properties.toSettings().bulkhead();
		BulkheadRegistry registry = registries.getIfUnique();
		if (registry == null) {
			return Bulkhead.of(NAME, config);
		}
		return registry.find(NAME)
			.orElseGet(() -> registry.getConfiguration(NAME).isPresent() ? registry.bulkhead(NAME, NAME)
					: registry.bulkhead(NAME, config));
	}

	@Bean
	@Primary
	@ConditionalOnMissingBean
	SandboxExecutorService sandboxExecutorService(SandboxProperties properties, WasmExecutor wasmExecutor,
			ObjectProvider<SubprocessExecutor> subprocessExecutor,
			ObjectProvider<CPythonWasmExecutor> cpythonWasmExecutor,
			@Qualifier(CIRCUIT_BREAKER_BEAN_NAME) CircuitBreaker circuitBreaker,
			@Qualifier(BULKHEAD_BEAN_NAME) Bulkhead bulkhead,
			ObjectProvider<SandboxExecutorServiceBuilderCustomizer> customizers) {
		Settings settings = properties.toSettings();
		SandboxExecutorService.Builder builder = SandboxExecutorService.builder()
			.primary(wasmExecutor)
			.circuitBreaker(circuitBreaker)
			.bulkhead(bulkhead)
			.fallbackTriggers(settings.fallbackTriggers());
		CPythonWasmExecutor cpython = cpythonWasmExecutor.getIfUnique();
		if (cpython != null) {
			builder.cpython(cpython).cpythonEnabled(cpython.isAvailable());
		}
		else {
			builder.cpythonEnabled(false);
		}
		SubprocessExecutor fallback = subprocessExecutor.getIfUnique();
		if (settings.fallbackEnabled() && fallback != null) {
			builder.fallback(fallback).fallbackEnabled(true);
		}
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "sandbox.execution.warm-up", matchIfMissing = true)
	SandboxWarmUp sandboxWarmUp(WasmExecutor wasmExecutor, ObjectProvider<CPythonWasmExecutor> cpythonWasmExecutor) {
		return new SandboxWarmUp(wasmExecutor, cpythonWasmExecutor.getIfUnique());
	}

	/**
	 * Observes each execution when Micrometer's observation API is present.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ObservationRegistry.class)
	static class ObservationConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "sandboxObservationCustomizer")
		SandboxExecutorServiceBuilderCustomizer sandboxObservationCustomizer(
				ObjectProvider<ObservationRegistry> observationRegistry,
				ObjectProvider<SandboxObservationConvention> observationConvention) {
			return (builder) -> observationRegistry.ifUnique((registry) -> {
				if (!registry.isNoop()) {
					builder.observationRegistry(registry, observationConvention.getIfUnique());
				}
			});
		}

	}

}
