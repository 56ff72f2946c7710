package io.github.wasmsandbox.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.wasmsandbox.core.SandboxLimits;
import io.github.wasmsandbox.core.resilience.FallbackTrigger;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of the sandbox, under {@value #CONFIG_PREFIX}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties(SandboxProperties.CONFIG_PREFIX)
public class SandboxProperties {

	/** The prefix of every sandbox property. */
	public static final String CONFIG_PREFIX = "sandbox";

	/**
	 * Whether to enable the sandbox auto-configuration.
	 */
	private boolean enabled = true;

	private final Execution execution = new Execution();

	private final Limits limits = new Limits();

	private final Fallback fallback = new Fallback();

	private final Cpython cpython = new Cpython();

	private final CircuitBreaker circuitBreaker = new CircuitBreaker();

	private final Tool tool = new Tool();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Execution getExecution() {
		return this.execution;
	}

	public Limits getLimits() {
		return this.limits;
	}

	public Fallback getFallback() {
		return this.fallback;
	}

	public Cpython getCpython() {
		return this.cpython;
	}

	public CircuitBreaker getCircuitBreaker() {
		return this.circuitBreaker;
	}

	public Tool getTool() {
		return this.tool;
	}

	/**
	 * Translates these properties into the core's settings, checking every value.
	 * @return the settings
	 * @throws InvalidConfigurationPropertyValueException naming the first invalid property and
	 * its allowed range
	 */
	Settings toSettings() {
		Execution execution = this.execution;
		check(execution.maxConcurrency > 0, "execution.max-concurrency", execution.maxConcurrency,
				"must be at least 1");
		check(!execution.queueTimeout.isNegative(), "execution.queue-timeout", execution.queueTimeout,
				"must be zero (do not wait) or positive");
		Limits limits = this.limits;
		check(isPositive(limits.timeout), "limits.timeout", limits.timeout, "must be positive");
		long memory = limits.memoryLimit.toBytes();
		check(memory >= SandboxLimits.MIN_MEMORY_LIMIT_BYTES && memory <= SandboxLimits.MAX_MEMORY_LIMIT_BYTES,
				"limits.memory-limit", limits.memoryLimit,
				"must be between " + DataSize.ofBytes(SandboxLimits.MIN_MEMORY_LIMIT_BYTES).toMegabytes()
						+ "MB (what the interpreter needs to start) and " + SandboxLimits.MAX_MEMORY_LIMIT_BYTES
						+ "B (2GB - 64KB, what a 32-bit guest can address)");
		SandboxLimits sandboxLimits = SandboxLimits.builder()
			.timeout(limits.timeout)
			.memoryLimitBytes(memory)
			.maxStdoutBytes(intBytes("limits.max-stdout-size", limits.maxStdoutSize))
			.maxStderrBytes(intBytes("limits.max-stderr-size", limits.maxStderrSize))
			.maxCodeBytes(intBytes("limits.max-code-size", limits.maxCodeSize))
			.maxInputsBytes(intBytes("limits.max-inputs-size", limits.maxInputsSize))
			.maxConcurrency(execution.maxConcurrency)
			.build();
		BulkheadConfig bulkhead = BulkheadConfig.custom()
			.maxConcurrentCalls(execution.maxConcurrency)
			.maxWaitDuration(execution.queueTimeout)
			.build();
		Fallback fallback = this.fallback;
		Set<FallbackTrigger> triggers = EnumSet.noneOf(FallbackTrigger.class);
		for (String value : fallback.on) {
			try {
				triggers.add(FallbackTrigger.fromValue(value.strip()));
			}
			catch (IllegalArgumentException ex) {
				throw invalid("fallback.on", value, "allowed values are " + Arrays.stream(FallbackTrigger.values())
					.map(FallbackTrigger::value)
					.toList());
			}
		}
		check(!fallback.command.isBlank(), "fallback.command", fallback.command,
				"must name a Python interpreter, for example python3");
		CircuitBreaker breaker = this.circuitBreaker;
		check(breaker.failureRateThreshold > 0 && breaker.failureRateThreshold <= 100,
				"circuit-breaker.failure-rate-threshold", breaker.failureRateThreshold,
				"must be a percentage above 0 and at most 100");
		check(breaker.minimumNumberOfCalls > 0, "circuit-breaker.minimum-number-of-calls",
				breaker.minimumNumberOfCalls, "must be at least 1");
		check(breaker.slidingWindowSize > 0, "circuit-breaker.sliding-window-size", breaker.slidingWindowSize,
				"must be at least 1");
		check(breaker.waitDurationInOpenState.toMillis() >= 1, "circuit-breaker.wait-duration-in-open-state",
				breaker.waitDurationInOpenState, "must be at least 1ms");
		check(breaker.permittedNumberOfCallsInHalfOpenState > 0,
				"circuit-breaker.permitted-number-of-calls-in-half-open-state",
				breaker.permittedNumberOfCallsInHalfOpenState, "must be at least 1");
		CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
			.failureRateThreshold(breaker.failureRateThreshold)
			.minimumNumberOfCalls(breaker.minimumNumberOfCalls)
			.slidingWindowSize(breaker.slidingWindowSize)
			.waitDurationInOpenState(breaker.waitDurationInOpenState)
			.permittedNumberOfCallsInHalfOpenState(breaker.permittedNumberOfCallsInHalfOpenState)
			.build();
		return new Settings(sandboxLimits, bulkhead, circuitBreaker, execution.warmUp, fallback.enabled, triggers,
				fallback.command.strip(), fallback.sitePackages);
	}

	private static boolean isPositive(Duration duration) {
		return !duration.isNegative() && !duration.isZero();
	}

	private static int intBytes(String name, DataSize size) {
		long bytes = size.toBytes();
		check(bytes > 0 && bytes <= Integer.MAX_VALUE, name, size, "must be between 1B and " + Integer.MAX_VALUE + "B");
		return (int) bytes;
	}

	private static void check(boolean valid, String name, Object value, String reason) {
		if (!valid) {
			throw invalid(name, value, reason);
		}
	}

	private static InvalidConfigurationPropertyValueException invalid(String name, Object value, String reason) {
		return new InvalidConfigurationPropertyValueException(CONFIG_PREFIX + "." + name, value, reason);
	}

	/**
	 * The properties translated into core objects.
	 *
	 * @param limits the limits of every execution, WASM and fallback
	 * @param bulkhead the configuration of the bulkhead bounding concurrent executions
	 * @param circuitBreaker the configuration of the breaker guarding the engine
	 * @param warmUp whether to start the engine once the application is ready
	 * @param fallbackEnabled whether code may go to the CPython fallback
	 * @param fallbackTriggers the errors that send code to the fallback
	 * @param fallbackCommand the fallback's interpreter command
	 * @param sitePackages whether fallback code sees site-packages
	 */
	record Settings(SandboxLimits limits, BulkheadConfig bulkhead, CircuitBreakerConfig circuitBreaker,
			boolean warmUp, boolean fallbackEnabled, Set<FallbackTrigger> fallbackTriggers, String fallbackCommand,
			boolean sitePackages) {
	}

	/**
	 * How executions are scheduled.
	 */
	public static final class Execution {

		/**
		 * Maximum number of executions that run at the same time, fallback included; defaults to
		 * the number of processors.
		 */
		private int maxConcurrency = Runtime.getRuntime().availableProcessors();

		/**
		 * How long a call waits for a free execution slot before it is rejected.
		 */
		private Duration queueTimeout = Duration.ofSeconds(1);

		/**
		 * Whether to start the engine in the background once the application is ready, rather than
		 * on the first call.
		 */
		private boolean warmUp = true;

		public int getMaxConcurrency() {
			return this.maxConcurrency;
		}

		public void setMaxConcurrency(int maxConcurrency) {
			this.maxConcurrency = maxConcurrency;
		}

		public Duration getQueueTimeout() {
			return this.queueTimeout;
		}

		public void setQueueTimeout(Duration queueTimeout) {
			this.queueTimeout = queueTimeout;
		}

		public boolean isWarmUp() {
			return this.warmUp;
		}

		public void setWarmUp(boolean warmUp) {
			this.warmUp = warmUp;
		}

	}

	/**
	 * The hard limits every execution runs under.
	 */
	public static final class Limits {

		/**
		 * Default and maximum wall time of one execution; a request may ask for less, never more.
		 */
		private Duration timeout = Duration.ofSeconds(3);

		/**
		 * Cap on the guest's memory, which must hold a call's garbage too (the guest collects it
		 * only between calls).
		 */
		private DataSize memoryLimit = DataSize.ofMegabytes(64);

		/**
		 * Cap on the captured stdout; a call that writes more stops with OUTPUT_LIMIT.
		 */
		private DataSize maxStdoutSize = DataSize.ofMegabytes(1);

		/**
		 * Cap on the captured stderr; a call that writes more stops with OUTPUT_LIMIT.
		 */
		private DataSize maxStderrSize = DataSize.ofKilobytes(256);

		/**
		 * Largest accepted source code, in UTF-8; larger code is rejected.
		 */
		private DataSize maxCodeSize = DataSize.ofKilobytes(256);

		/**
		 * Largest accepted inputs, as UTF-8 JSON; larger inputs are rejected.
		 */
		private DataSize maxInputsSize = DataSize.ofMegabytes(8);

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public DataSize getMemoryLimit() {
			return this.memoryLimit;
		}

		public void setMemoryLimit(DataSize memoryLimit) {
			this.memoryLimit = memoryLimit;
		}

		public DataSize getMaxStdoutSize() {
			return this.maxStdoutSize;
		}

		public void setMaxStdoutSize(DataSize maxStdoutSize) {
			this.maxStdoutSize = maxStdoutSize;
		}

		public DataSize getMaxStderrSize() {
			return this.maxStderrSize;
		}

		public void setMaxStderrSize(DataSize maxStderrSize) {
			this.maxStderrSize = maxStderrSize;
		}

		public DataSize getMaxCodeSize() {
			return this.maxCodeSize;
		}

		public void setMaxCodeSize(DataSize maxCodeSize) {
			this.maxCodeSize = maxCodeSize;
		}

		public DataSize getMaxInputsSize() {
			return this.maxInputsSize;
		}

		public void setMaxInputsSize(DataSize maxInputsSize) {
			this.maxInputsSize = maxInputsSize;
		}

	}

	/**
	 * The CPython subprocess fallback for code MicroPython cannot run. It weakens isolation.
	 */
	/**
	 * The CPython 3.13 tier that runs inside WebAssembly, tried before any subprocess.
	 */
	public static final class Cpython {

		/**
		 * Whether to run code MicroPython cannot run in CPython 3.13 compiled to WebAssembly (as
		 * contained as MicroPython; needs Java 25+, else it reports itself unavailable).
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	public static final class Fallback {

		/**
		 * Whether to run code that MicroPython cannot run again in a CPython subprocess, a weaker
		 * box than WebAssembly.
		 */
		private boolean enabled = false;

		/**
		 * Command of the Python interpreter the fallback starts.
		 */
		private String command = "python3";

		/**
		 * Errors that send code to the fallback.
		 */
		private List<String> on = new ArrayList<>(Arrays.asList("missing-module", "missing-attribute",
				"missing-builtin", "not-implemented", "unsupported-syntax", "keyword-arguments", "regex", "format-spec"));

		/**
		 * Whether to let fallback code import the interpreter's site-packages.
		 */
		private boolean sitePackages = false;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getCommand() {
			return this.command;
		}

		public void setCommand(String command) {
			this.command = command;
		}

		public List<String> getOn() {
			return this.on;
		}

		public void setOn(List<String> on) {
			this.on = on;
		}

		public boolean isSitePackages() {
			return this.sitePackages;
		}

		public void setSitePackages(boolean sitePackages) {
			this.sitePackages = sitePackages;
		}

	}

	/**
	 * The circuit breaker that stops calling a failing engine. Only engine faults count as
	 * failures, never what the guest code does.
	 */
	public static final class CircuitBreaker {

		/**
		 * Percentage of engine faults in the sliding window at which the breaker opens.
		 */
		private float failureRateThreshold = 50;

		/**
		 * Number of calls the breaker needs before it computes the failure rate.
		 */
		private int minimumNumberOfCalls = 10;

		/**
		 * Number of most recent calls the failure rate is computed over.
		 */
		private int slidingWindowSize = 20;

		/**
		 * How long the breaker stays open before it lets trial calls through.
		 */
		private Duration waitDurationInOpenState = Duration.ofSeconds(30);

		/**
		 * Number of trial calls let through while the breaker is half-open.
		 */
		private int permittedNumberOfCallsInHalfOpenState = 3;

		public float getFailureRateThreshold() {
			return this.failureRateThreshold;
		}

		public void setFailureRateThreshold(float failureRateThreshold) {
			this.failureRateThreshold = failureRateThreshold;
		}

		public int getMinimumNumberOfCalls() {
			return this.minimumNumberOfCalls;
		}

		public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
			this.minimumNumberOfCalls = minimumNumberOfCalls;
		}

		public int getSlidingWindowSize() {
			return this.slidingWindowSize;
		}

		public void setSlidingWindowSize(int slidingWindowSize) {
			this.slidingWindowSize = slidingWindowSize;
		}

		public Duration getWaitDurationInOpenState() {
			return this.waitDurationInOpenState;
		}

		public void setWaitDurationInOpenState(Duration waitDurationInOpenState) {
			this.waitDurationInOpenState = waitDurationInOpenState;
		}

		public int getPermittedNumberOfCallsInHalfOpenState() {
			return this.permittedNumberOfCallsInHalfOpenState;
		}

		public void setPermittedNumberOfCallsInHalfOpenState(int permittedNumberOfCallsInHalfOpenState) {
			this.permittedNumberOfCallsInHalfOpenState = permittedNumberOfCallsInHalfOpenState;
		}

	}

	/**
	 * The Spring AI tool that lets a model run Python in the sandbox.
	 */
	public static final class Tool {

		/**
		 * Whether to register the sandbox as a Spring AI tool (a ToolCallbackProvider bean that a
		 * ChatClient or an MCP server can use).
		 */
		private boolean enabled = true;

		/**
		 * Name of the tool the model calls: 1 to 64 letters, digits, underscores or hyphens.
		 */
		private String name = "run_python";

		/**
		 * Description of the tool for the model, replacing the default one that is written from
		 * the limits in force.
		 */
		private @Nullable String description;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public @Nullable String getDescription() {
			return this.description;
		}

		public void setDescription(@Nullable String description) {
			this.description = description;
		}

	}

}
