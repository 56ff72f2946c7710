package io.github.wasmsandbox.autoconfigure.ai;

import java.util.regex.Pattern;

import io.github.wasmsandbox.autoconfigure.SandboxAutoConfiguration;
import io.github.wasmsandbox.autoconfigure.SandboxProperties;
import io.github.wasmsandbox.core.CodeExecutor;
import io.github.wasmsandbox.core.SandboxLimits;
import io.github.wasmsandbox.core.resilience.SandboxExecutorService;
import io.github.wasmsandbox.core.wasm.WasmExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the sandbox as a Spring AI tool: a {@link ToolCallbackProvider} bean named
 * {@value #TOOL_CALLBACK_PROVIDER_BEAN_NAME} with one tool, {@code run_python} by default, that
 * runs the model's code on the primary {@link CodeExecutor}.
 *
 * <p>
 * Registering the tool offers it to no model by itself: it reaches one when the application hands
 * the provider to a {@code ChatClient} ({@code defaultToolCallbacks(provider)}) or runs Spring
 * AI's MCP server, which picks up every {@link ToolCallbackProvider} bean.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SandboxAutoConfiguration.class)
@ConditionalOnClass(ToolCallback.class)
@ConditionalOnBooleanProperty(name = "sandbox.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "sandbox.tool.enabled", matchIfMissing = true)
@ConditionalOnBean(CodeExecutor.class)
@EnableConfigurationProperties(SandboxProperties.class)
public final class SandboxToolAutoConfiguration {

	/** The name of the bean providing the sandbox tool. */
	public static final String TOOL_CALLBACK_PROVIDER_BEAN_NAME = "sandboxToolCallbackProvider";

	private static final Logger logger = LoggerFactory.getLogger(SandboxToolAutoConfiguration.class);

	/** What OpenAI, Anthropic and Gemini accept as a function name. */
	private static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	@Bean(TOOL_CALLBACK_PROVIDER_BEAN_NAME)
	@ConditionalOnMissingBean(name = TOOL_CALLBACK_PROVIDER_BEAN_NAME)
	ToolCallbackProvider sandboxToolCallbackProvider(SandboxProperties properties, CodeExecutor codeExecutor,
			ObjectProvider<WasmExecutor> wasmExecutor, ObjectProvider<SandboxExecutorService> executorService) {
		SandboxToolCallback tool = toolCallback(properties.getTool(), codeExecutor, wasmExecutor.getIfUnique(),
				executorService.getIfUnique());
		logger.info("Sandbox tool '{}' registered as ToolCallbackProvider bean '{}'; it reaches a model when the "
				+ "provider is given to a ChatClient or an MCP server runs", tool.getToolDefinition().name(),
				TOOL_CALLBACK_PROVIDER_BEAN_NAME);
		return ToolCallbackProvider.from(tool);
	}

	/**
	 * Translates the {@code sandbox.tool.*} properties into the tool, checking them.
	 */
	static SandboxToolCallback toolCallback(SandboxProperties.Tool properties, CodeExecutor codeExecutor,
			@Nullable WasmExecutor wasmExecutor, @Nullable SandboxExecutorService executorService) {
		String name = properties.getName();
		if (!TOOL_NAME.matcher(name).matches()) {
			throw new InvalidConfigurationPropertyValueException("sandbox.tool.name", name,
					"must be 1 to 64 letters, digits, underscores or hyphens (what model APIs accept)");
		}
		String description = properties.getDescription();
		if (description != null && description.isBlank()) {
			throw new InvalidConfigurationPropertyValueException("sandbox.tool.description", description,
					"must not be blank; leave it unset for the default description");
		}
		if (description == null) {
			SandboxLimits limits = (wasmExecutor != null) ? wasmExecutor.limits() : null;
			boolean fallback = executorService != null && executorService.isFallbackEnabled();
			description = SandboxToolDescription.of(limits, fallback);
		}
		return new SandboxToolCallback(codeExecutor, name, description);
	}

}
