package io.github.wasmsandbox.autoconfigure;

import io.github.wasmsandbox.core.resilience.SandboxExecutorService;

/**
 * Customizes the auto-configured {@link SandboxExecutorService} before it is built. Customizer
 * beans are applied in {@link org.springframework.core.annotation.Order order}, after the
 * {@code sandbox.*} properties.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SandboxExecutorServiceBuilderCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder, already holding the engines, breaker, bulkhead and fallback
	 * settings
	 */
	void customize(SandboxExecutorService.Builder builder);

}
