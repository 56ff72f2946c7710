package io.github.wasmsandbox.autoconfigure.ai;

import java.time.Duration;

import io.github.wasmsandbox.autoconfigure.SandboxAutoConfiguration;
import io.github.wasmsandbox.core.ExecutionResult;
import org.junit.jupiter.api.Test;

import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SandboxToolAutoConfiguration}. The engine is created but never started: these
 * tests only wire beans.
 */
class SandboxToolAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withPropertyValues("sandbox.cpython.enabled=false")
		.withPropertyValues("sandbox.execution.warm-up=false")
		.withConfiguration(AutoConfigurations.of(SandboxAutoConfiguration.class, SandboxToolAutoConfiguration.class));

	@Test
	void runWhenDefaultsShouldRegisterRunPythonTool() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(ToolCallbackProvider.class)
				.hasBean(SandboxToolAutoConfiguration.TOOL_CALLBACK_PROVIDER_BEAN_NAME);
			ToolCallback[] tools = context.getBean(ToolCallbackProvider.class).getToolCallbacks();
			assertThat(tools).hasSize(1);
			ToolDefinition definition = tools[0].getToolDefinition();
			assertThat(definition.name()).isEqualTo("run_python");
			assertThat(definition.description()).startsWith("Runs Python code in a sandbox")
				.contains("MicroPython 1.27, not CPython")
				.contains("Limits per call: 3 s, 64 MB memory")
				.doesNotContain("CPython (executor");
			assertThat(definition.inputSchema()).isEqualTo(SandboxToolCallback.INPUT_SCHEMA);
		});
	}

	@Test
	void runWhenLimitsAreConfiguredShouldDescribeTheLimitsInForce() {
		this.contextRunner
			.withPropertyValues("sandbox.limits.timeout=1500ms", "sandbox.limits.memory-limit=32MB",
					"sandbox.limits.max-stdout-size=64KB", "sandbox.limits.max-code-size=10KB")
			.run((context) -> assertThat(definition(context.getBean(ToolCallbackProvider.class)).description())
				.contains("Limits per call: 1500 ms, 32 MB memory (garbage is freed only after the call), "
						+ "64 KB stdout, 10 KB code."));
	}

	@Test
	void runWhenFallbackIsEnabledShouldMentionCPython() {
		this.contextRunner.withPropertyValues("sandbox.fallback.enabled=true")
			.run((context) -> assertThat(definition(context.getBean(ToolCallbackProvider.class)).description())
				.contains("may be rerun in CPython"));
	}

	@Test
	void runWhenNameAndDescriptionAreSetShouldUseThem() {
		this.contextRunner.withPropertyValues("sandbox.tool.name=python", "sandbox.tool.description=Runs Python.")
			.run((context) -> {
				ToolDefinition definition = definition(context.getBean(ToolCallbackProvider.class));
				assertThat(definition.name()).isEqualTo("python");
				assertThat(definition.description()).isEqualTo("Runs Python.");
			});
	}

	@Test
	void runWhenUserDefinesTheProviderShouldBackOff() {
		this.contextRunner.withUserConfiguration(UserProviderConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(ToolCallbackProvider.class);
			assertThat(context.getBean(ToolCallbackProvider.class))
				.isSameAs(context.getBean(UserProviderConfiguration.class).provider);
		});
	}

	@Test
	void runWhenUserHasOtherToolsShouldAddTheSandboxTool() {
		this.contextRunner.withUserConfiguration(OtherToolsConfiguration.class)
			.run((context) -> assertThat(context.getBeansOfType(ToolCallbackProvider.class)).hasSize(2)
				.containsKeys("otherTools", SandboxToolAutoConfiguration.TOOL_CALLBACK_PROVIDER_BEAN_NAME));
	}

	@Test
	void runWhenToolIsDisabledShouldNotRegisterIt() {
		this.contextRunner.withPropertyValues("sandbox.tool.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ToolCallbackProvider.class)
				.hasBean("sandboxExecutorService"));
	}

	@Test
	void runWhenSandboxIsDisabledShouldNotRegisterTheTool() {
		this.contextRunner.withPropertyValues("sandbox.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ToolCallbackProvider.class));
	}

	@Test
	void runWhenSpringAiIsMissingShouldNotRegisterTheTool() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ToolCallback.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SandboxToolAutoConfiguration.TOOL_CALLBACK_PROVIDER_BEAN_NAME)
				.hasBean("sandboxExecutorService"));
	}

	@Test
	void runWhenToolNameIsInvalidShouldFailNamingTheProperty() {
		this.contextRunner.withPropertyValues("sandbox.tool.name=run python").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("sandbox.tool.name")
				.hasMessageContaining("letters, digits, underscores or hyphens");
		});
	}

	@Test
	void runWhenToolDescriptionIsBlankShouldFailNamingTheProperty() {
		this.contextRunner.withPropertyValues("sandbox.tool.description= ").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("sandbox.tool.description");
		});
	}

	private static ToolDefinition definition(ToolCallbackProvider provider) {
		return provider.getToolCallbacks()[0].getToolDefinition();
	}

	@Configuration(proxyBeanMethods = false)
	static class UserProviderConfiguration {

		final ToolCallbackProvider provider = ToolCallbackProvider.from();

		@Bean
		ToolCallbackProvider sandboxToolCallbackProvider() {
			return this.provider;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OtherToolsConfiguration {

		@Bean
		ToolCallbackProvider otherTools() {
			return ToolCallbackProvider.from(new SandboxToolCallback(
					(request) -> ExecutionResult.rejected("none", "not used", Duration.ZERO), "other",
					"Another tool."));
		}

	}

}
