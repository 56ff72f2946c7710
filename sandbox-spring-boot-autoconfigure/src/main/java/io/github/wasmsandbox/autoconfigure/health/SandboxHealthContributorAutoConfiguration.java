package io.github.wasmsandbox.autoconfigure.health;

import io.github.wasmsandbox.autoconfigure.SandboxAutoConfiguration;
import io.github.wasmsandbox.core.resilience.SandboxExecutorService;
import io.github.wasmsandbox.core.subprocess.SubprocessExecutor;
import io.github.wasmsandbox.core.wasm.WasmExecutor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code sandbox} health indicator, when Spring Boot's health support
 * is present.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SandboxAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(WasmExecutor.class)
@ConditionalOnEnabledHealthIndicator("sandbox")
public final class SandboxHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "sandboxHealthIndicator", "sandboxHealthContributor" })
	SandboxHealthIndicator sandboxHealthIndicator(WasmExecutor wasmExecutor,
			ObjectProvider<SandboxExecutorService> sandboxExecutorService,
			ObjectProvider<SubprocessExecutor> subprocessExecutor) {
		return new SandboxHealthIndicator(wasmExecutor, sandboxExecutorService.getIfUnique(),
				subprocessExecutor.getIfUnique());
	}

}
