package io.github.wasmsandbox.autoconfigure.metrics;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetricsPublisher;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetricsPublisher;
import io.github.wasmsandbox.autoconfigure.SandboxAutoConfiguration;
import io.github.wasmsandbox.core.resilience.SandboxExecutorService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the sandbox's meters, when Micrometer is present: {@link SandboxMetrics},
 * and Resilience4j's tagged metrics for the sandbox's circuit breaker and bulkhead.
 *
 * <p>
 * The breaker's (bulkhead's) metrics are bound here only when the application has no
 * {@link CircuitBreakerRegistry} ({@link BulkheadRegistry}) bean: with one, the breaker lives in
 * that registry, whose metrics publisher (Resilience4j's Spring Boot support registers one)
 * already covers it, and binding it again would duplicate the meters.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SandboxAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, ObservationHandler.class })
@ConditionalOnBean({ MeterRegistry.class, SandboxExecutorService.class })
public final class SandboxMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SandboxMetrics sandboxMetrics(ObjectProvider<SandboxExecutorService> sandboxExecutorService) {
		// looked up lazily: the service needs the observation registry, which needs this handler
		return new SandboxMetrics(sandboxExecutorService::getObject);
	}

	/**
	 * Resilience4j's tagged meters ({@code resilience4j.circuitbreaker.*},
	 * {@code resilience4j.bulkhead.*}, tag {@code name=sandbox}).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(TaggedCircuitBreakerMetricsPublisher.class)
	static class Resilience4jMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean(CircuitBreakerRegistry.class)
		MeterBinder sandboxCircuitBreakerMetrics(ObjectProvider<SandboxExecutorService> sandboxExecutorService) {
			return (registry) -> new TaggedCircuitBreakerMetricsPublisher(registry)
				.publishMetrics(sandboxExecutorService.getObject().circuitBreaker());
		}

		@Bean
		@ConditionalOnMissingBean(BulkheadRegistry.class)
		MeterBinder sandboxBulkheadMetrics(ObjectProvider<SandboxExecutorService> sandboxExecutorService) {
			return (registry) -> new TaggedBulkheadMetricsPublisher(registry)
				.publishMetrics(sandboxExecutorService.getObject().bulkhead());
		}

	}

}
