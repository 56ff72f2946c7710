package io.github.wasmsandbox.core.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.exception.AcquirePermissionCancelledException;
import io.github.wasmsandbox.core.CodeExecutor;
import io.github.wasmsandbox.core.ExecutionError;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.SandboxLimits;
import io.github.wasmsandbox.core.observation.DefaultSandboxObservationConvention;
import io.github.wasmsandbox.core.observation.SandboxObservationContext;
import io.github.wasmsandbox.core.observation.SandboxObservationConvention;
import io.github.wasmsandbox.core.observation.SandboxObservationDocumentation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's main entry point: the primary engine (MicroPython in WebAssembly) behind a
 * bulkhead and a circuit breaker, with an optional fallback for what the primary cannot run.
 *
 * <p>
 * <strong>Bulkhead.</strong> At most {@link Builder#maxConcurrency(int) maxConcurrency} calls run
 * at once, fallback included; a call that gets no slot within the
 * {@link Builder#queueTimeout(Duration) queue timeout} is {@link ExecutionStatus#REJECTED} with a
 * message naming the limit.
 *
 * <p>
 * <strong>Circuit breaker.</strong> Only engine faults count as failures: an
 * {@link ExecutionStatus#UNAVAILABLE} result or an exception thrown by the primary. Every guest
 * outcome (SUCCESS, ERROR, TIMEOUT, MEMORY_LIMIT, OUTPUT_LIMIT) and REJECTED count as successful
 * calls, so that untrusted code can never open the breaker.
 *
 * <p>
 * <strong>Fallback policy</strong> (safe by default: the fallback is disabled unless
 * {@link Builder#fallbackEnabled(boolean) enabled}):
 * <ul>
 * <li>breaker open, or primary UNAVAILABLE: the fallback when enabled, else UNAVAILABLE with a
 * message saying so;</li>
 * <li>an error matching one of the {@link Builder#fallbackTriggers(Set) triggers} ("MicroPython
 * cannot run this"): the fallback when enabled, else the primary's result;</li>
 * <li>never on TIMEOUT, MEMORY_LIMIT or OUTPUT_LIMIT: hostile code must not reach the weaker box
 * by exhausting a limit.</li>
 * </ul>
 * A result from the fallback carries the fallback's {@code executor} and a {@code fallbackReason}
 * ({@value #REASON_CIRCUIT_OPEN}, {@value #REASON_PRIMARY_UNAVAILABLE} or a trigger's
 * {@link FallbackTrigger#value() value}); every result's duration is the whole call, queueing and
 * the primary's attempt included. The fallback gets the request unchanged, so a call that falls
 * back may take up to the primary's and the fallback's timeouts together.
 *
 * <p>
 * <strong>Observation.</strong> With an {@link Builder#observationRegistry(ObservationRegistry)
 * observation registry} (Micrometer, optional), each call is one
 * {@link SandboxObservationDocumentation#EXECUTION} observation.
 *
 * <p>
 * <strong>Why re-running is safe.</strong> The primary runs the code in WebAssembly with fresh
 * state, no file system, network, clock or environment of the host: an attempt that ends in an
 * error leaves no trace outside its own discarded memory, so running the same code again
 * elsewhere cannot repeat a side effect. The one output that did escape, the attempt's stdout and
 * stderr, is dropped and only the fallback's is returned.
 *
 * @since 0.1.0
 */
public final class SandboxExecutorService implements CodeExecutor {

	/** The name of the default circuit breaker and of the bulkhead: {@value}. */
	public static final String DEFAULT_NAME = "sandbox";

	/** Default {@link Builder#fallbackEnabled(boolean)}: {@value}. */
	public static final boolean DEFAULT_FALLBACK_ENABLED = false;

	/** Default {@link Builder#queueTimeout(Duration)}: {@value} ms. */
	public static final long DEFAULT_QUEUE_TIMEOUT_MILLIS = 1_000;

	/** Default {@link Builder#fallbackTriggers(Set)}: {@link FallbackTrigger#DEFAULTS}. */
	public static final Set<FallbackTrigger> DEFAULT_FALLBACK_TRIGGERS = FallbackTrigger.DEFAULTS;

	/** The {@code fallbackReason} when the breaker was open: {@value}. */
	public static final String REASON_CIRCUIT_OPEN = "circuit-open";

	/** The {@code fallbackReason} when the primary reported UNAVAILABLE or threw: {@value}. */
	public static final String REASON_PRIMARY_UNAVAILABLE = "primary-unavailable";

	/** The {@code executor} of results the service makes itself (refusals, breaker open): {@value}. */
	public static final String PRIMARY_EXECUTOR_ID = "wasm";

	private static final Logger logger = LoggerFactory.getLogger(SandboxExecutorService.class);

	private final CodeExecutor primary;

	private final @Nullable CodeExecutor fallback;

	private final boolean fallbackEnabled;

	private final Set<FallbackTrigger> fallbackTriggers;

	private final CircuitBreaker circuitBreaker;

	private final int maxConcurrency;

	private final Duration queueTimeout;

	private final Clock clock;

	private final Bulkhead bulkhead;

	private final Observer observer;

	// the tiers after the primary, in the order they are tried (issue 8 inserts cpython-wasm first)
	private final List<Tier> fallbackTiers;

	private SandboxExecutorService(Builder builder) {
		this.primary = Objects.requireNonNull(builder.primary);
		this.fallback = builder.fallback;
		this.fallbackEnabled = builder.fallbackEnabled;
		this.fallbackTriggers = Collections.unmodifiableSet(EnumSet.copyOf(builder.fallbackTriggers));
		this.circuitBreaker = (builder.circuitBreaker != null) ? builder.circuitBreaker : defaultCircuitBreaker();
		this.clock = builder.clock;
		this.bulkhead = (builder.bulkhead != null) ? builder.bulkhead : Bulkhead.of(DEFAULT_NAME, BulkheadConfig.custom()
			.maxConcurrentCalls(builder.maxConcurrency)
			.maxWaitDuration(builder.queueTimeout)
			.build());
		this.maxConcurrency = this.bulkhead.getBulkheadConfig().getMaxConcurrentCalls();
		this.queueTimeout = this.bulkhead.getBulkheadConfig().getMaxWaitDuration();
		this.observer = (builder.observer != null) ? builder.observer : Observer.NONE;
		List<Tier> tiers = new ArrayList<>();
		if (this.fallbackEnabled && this.fallback != null) {
			tiers.add(new Tier(this.fallback, false));
		}
		this.fallbackTiers = List.copyOf(tiers);
		this.circuitBreaker.getEventPublisher()
			.onStateTransition((event) -> logger.warn("Sandbox circuit breaker '{}' changed: {}",
					event.getCircuitBreakerName(), event.getStateTransition()));
		if (this.fallbackEnabled) {
			logger.warn("Sandbox fallback enabled on {}: code MicroPython cannot run is run again outside "
					+ "WebAssembly, in a weaker box", triggerValues(this.fallbackTriggers));
		}
	}

	/**
	 * A builder holding the defaults; set at least the {@link Builder#primary(CodeExecutor)
	 * primary executor}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder starting from an existing service's settings, the circuit breaker, bulkhead and
	 * observation registry instances included.
	 * @param service the service to copy
	 * @return a new builder
	 */
	public static Builder from(SandboxExecutorService service) {
		Objects.requireNonNull(service, "'service' must not be null");
		Builder builder = new Builder().primary(service.primary)
			.fallbackEnabled(service.fallbackEnabled)
			.fallbackTriggers(service.fallbackTriggers)
			.circuitBreaker(service.circuitBreaker)
			.bulkhead(service.bulkhead)
			.clock(service.clock);
		builder.observer = service.observer;
		if (service.fallback != null) {
			builder.fallback(service.fallback);
		}
		return builder;
	}

	/**
	 * Whether code may be sent to the fallback.
	 * @return {@code true} when the fallback is enabled
	 */
	public boolean isFallbackEnabled() {
		return this.fallbackEnabled;
	}

	/**
	 * The errors that send code to the fallback when it is enabled.
	 * @return the triggers
	 */
	public Set<FallbackTrigger> fallbackTriggers() {
		return this.fallbackTriggers;
	}

	/**
	 * The circuit breaker guarding the primary, for health checks and metrics.
	 * @return the circuit breaker
	 */
	public CircuitBreaker circuitBreaker() {
		return this.circuitBreaker;
	}

	/**
	 * The bulkhead that bounds concurrent executions, for health checks and metrics.
	 * @return the bulkhead
	 */
	public Bulkhead bulkhead() {
		return this.bulkhead;
	}

	@Override
	public ExecutionResult execute(ExecutionRequest request) {
		Objects.requireNonNull(request, "'request' must not be null");
		return this.observer.observe(request, () -> executeInBulkhead(request));
	}

	private ExecutionResult executeInBulkhead(ExecutionRequest request) {
		Instant start = this.clock.instant();
		try {
			if (!this.bulkhead.tryAcquirePermission()) {
				return ExecutionResult.rejected(PRIMARY_EXECUTOR_ID, "No execution slot became free within "
						+ this.queueTimeout.toMillis() + " ms: all " + this.maxConcurrency
						+ " concurrent executions (the max-concurrency limit) are in use", since(start));
			}
		}
		catch (AcquirePermissionCancelledException ex) {
			Thread.currentThread().interrupt();
			return ExecutionResult.rejected(PRIMARY_EXECUTOR_ID,
					"Interrupted while waiting for an execution slot", since(start));
		}
		try {
			return route(request, start);
		}
		finally {
			this.bulkhead.onComplete();
		}
	}

	/**
	 * Runs the request through the tiers: the primary, then each fallback tier in order for as
	 * long as {@link #reasonToGoOn} finds a reason. Routing is decided here and there only: the
	 * contained {@code cpython-wasm} tier of issue 8 is one more entry in {@link #fallbackTiers},
	 * ahead of the subprocess, plus its rule in {@link #reasonToGoOn}.
	 */
	private ExecutionResult route(ExecutionRequest request, Instant start) {
		ExecutionResult primaryResult = callPrimary(request);
		String reason = (primaryResult != null) ? reasonToGoOn(primaryResult) : REASON_CIRCUIT_OPEN;
		ExecutionResult result = primaryResult;
		for (Tier tier : this.fallbackTiers) {
			if (reason == null) {
				break;
			}
			logger.warn("Sandbox execution falls back to another executor ({})", reason);
			result = tier.executor().execute(request).withFallback(reason, since(start));
			reason = reasonToGoOn(result);
		}
		if (result != null && result != primaryResult) {
			return result;
		}
		if (primaryResult == null) {
			return ExecutionResult.unavailable(PRIMARY_EXECUTOR_ID,
					"The sandbox engine's circuit breaker '" + this.circuitBreaker.getName()
							+ "' is open after repeated engine failures, so the call was not attempted"
							+ fallbackHint(),
					since(start));
		}
		if (primaryResult.status() == ExecutionStatus.UNAVAILABLE) {
			String why = (primaryResult.message() != null) ? primaryResult.message() : "The engine failed";
			return new ExecutionResult(ExecutionStatus.UNAVAILABLE, primaryResult.stdout(), primaryResult.stderr(),
					primaryResult.stdoutTruncated(), primaryResult.stderrTruncated(), null, null,
					primaryResult.executor(), null, why + fallbackHint(), since(start));
		}
		// final, or an unsupported-in-MicroPython error with the fallback disabled: the primary's answer stands
		return withDuration(primaryResult, since(start));
	}

	/**
	 * Why the result of one tier should go to the next, or {@code null} when it is final.
	 * @param outcome the tier's result
	 * @return the reason, or {@code null}
	 */
	private @Nullable String reasonToGoOn(ExecutionResult outcome) {
		if (outcome.status() == ExecutionStatus.UNAVAILABLE) {
			return REASON_PRIMARY_UNAVAILABLE;
		}
		// never on limits: hostile code must not win a weaker box by exhausting one. (Issue 8: a
		// contained tier may take MEMORY_LIMIT within the deadline; the subprocess never may.)
		if (outcome.status().isLimit()) {
			return null;
		}
		ExecutionError error = outcome.error();
		if (outcome.status() == ExecutionStatus.ERROR && error != null) {
			for (FallbackTrigger trigger : this.fallbackTriggers) {
				if (trigger.matches(error)) {
					return trigger.value();
				}
			}
		}
		return null;
	}

	/**
	 * Calls the primary through the circuit breaker.
	 * @return the primary's result, or {@code null} when the open breaker refused the call
	 */
	private @Nullable ExecutionResult callPrimary(ExecutionRequest request) {
		if (!this.circuitBreaker.tryAcquirePermission()) {
			return null;
		}
		long begin = System.nanoTime();
		try {
			ExecutionResult result = this.primary.execute(request);
			if (result.status() == ExecutionStatus.UNAVAILABLE) {
				this.circuitBreaker.onError(System.nanoTime() - begin, TimeUnit.NANOSECONDS,
						new SandboxUnavailableException(Objects.toString(result.message(), "engine unavailable")));
			}
			else {
				this.circuitBreaker.onSuccess(System.nanoTime() - begin, TimeUnit.NANOSECONDS);
			}
			return result;
		}
		catch (RuntimeException ex) {
			this.circuitBreaker.onError(System.nanoTime() - begin, TimeUnit.NANOSECONDS, ex);
			// nothing else reports this stack trace: the result carries only the message
			logger.error("The sandbox engine failed", ex);
			return ExecutionResult.unavailable(PRIMARY_EXECUTOR_ID, "The engine failed: " + ex,
					Duration.ofNanos(System.nanoTime() - begin));
		}
	}

	private String fallbackHint() {
		return this.fallbackTiers.isEmpty() ? " (the fallback is disabled: sandbox.fallback.enabled=false)" : "";
	}

	private Duration since(Instant start) {
		return Duration.between(start, this.clock.instant());
	}

	private static ExecutionResult withDuration(ExecutionResult result, Duration duration) {
		return new ExecutionResult(result.status(), result.stdout(), result.stderr(), result.stdoutTruncated(),
				result.stderrTruncated(), result.error(), result.value(), result.executor(), result.fallbackReason(),
				result.message(), duration);
	}

	private static List<String> triggerValues(Set<FallbackTrigger> triggers) {
		return triggers.stream().map(FallbackTrigger::value).toList();
	}

	private static CircuitBreaker defaultCircuitBreaker() {
		return CircuitBreaker.of(DEFAULT_NAME, CircuitBreakerConfig.custom()
			.failureRateThreshold(50)
			.slidingWindowSize(20)
			.minimumNumberOfCalls(10)
			.waitDurationInOpenState(Duration.ofSeconds(30))
			.permittedNumberOfCallsInHalfOpenState(3)
			.build());
	}

	/**
	 * Wraps a call in an observation, or not. Only {@link MicrometerObserver} touches Micrometer
	 * types, so the service runs without Micrometer on the class path.
	 */
	private interface Observer {

		Observer NONE = (request, call) -> call.get();

		ExecutionResult observe(ExecutionRequest request, Supplier<ExecutionResult> call);

	}

	private static final class MicrometerObserver implements Observer {

		private static final SandboxObservationConvention DEFAULT_CONVENTION = new DefaultSandboxObservationConvention();

		private final ObservationRegistry registry;

		private final @Nullable SandboxObservationConvention convention;

		MicrometerObserver(ObservationRegistry registry, @Nullable SandboxObservationConvention convention) {
			this.registry = registry;
			this.convention = convention;
		}

		@Override
		public ExecutionResult observe(ExecutionRequest request, Supplier<ExecutionResult> call) {
			SandboxObservationContext context = new SandboxObservationContext(request);
			return SandboxObservationDocumentation.EXECUTION
				.observation(this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
				.observe(() -> {
					ExecutionResult result = call.get();
					context.setResult(result);
					return result;
				});
		}

	}

	/**
	 * A tier after the primary.
	 *
	 * @param executor the executor
	 * @param contained whether it is as contained as the primary (WebAssembly); only a contained
	 * tier could ever take a limit outcome (issue 8), the subprocess never
	 */
	private record Tier(CodeExecutor executor, boolean contained) {
	}

	/**
	 * Builds {@link SandboxExecutorService} instances. Each setter checks its argument at once.
	 */
	public static final class Builder {

		private @Nullable CodeExecutor primary;

		private @Nullable CodeExecutor fallback;

		private boolean fallbackEnabled = DEFAULT_FALLBACK_ENABLED;

		private Set<FallbackTrigger> fallbackTriggers = DEFAULT_FALLBACK_TRIGGERS;

		private @Nullable CircuitBreaker circuitBreaker;

		private @Nullable Bulkhead bulkhead;

		private @Nullable Observer observer;

		private int maxConcurrency = SandboxLimits.ofDefaults().maxConcurrency();

		private Duration queueTimeout = Duration.ofMillis(DEFAULT_QUEUE_TIMEOUT_MILLIS);

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * Sets the primary executor, the MicroPython WASM engine in production. Required.
		 * @param primary the executor
		 * @return this builder
		 */
		public Builder primary(CodeExecutor primary) {
			this.primary = Objects.requireNonNull(primary, "'primary' must not be null");
			return this;
		}

		/**
		 * Sets the fallback executor, typically a
		 * {@link io.github.wasmsandbox.core.subprocess.SubprocessExecutor}. It runs only when
		 * {@link #fallbackEnabled(boolean) enabled}.
		 * @param fallback the executor
		 * @return this builder
		 */
		public Builder fallback(CodeExecutor fallback) {
			this.fallback = Objects.requireNonNull(fallback, "'fallback' must not be null");
			return this;
		}

		/**
		 * Sets whether code may be sent to the fallback. Weakens isolation when enabled: any code
		 * can reach the fallback by raising a trigger on purpose (importing a missing module, for
		 * example), so the fallback's own hardening is what protects the host then.
		 * @param fallbackEnabled whether to use the fallback, default
		 * {@value SandboxExecutorService#DEFAULT_FALLBACK_ENABLED}
		 * @return this builder
		 */
		public Builder fallbackEnabled(boolean fallbackEnabled) {
			this.fallbackEnabled = fallbackEnabled;
			return this;
		}

		/**
		 * Sets the errors that send code to the fallback.
		 * @param fallbackTriggers the triggers, possibly empty, default
		 * {@link FallbackTrigger#DEFAULTS}
		 * @return this builder
		 */
		public Builder fallbackTriggers(Set<FallbackTrigger> fallbackTriggers) {
			Objects.requireNonNull(fallbackTriggers, "'fallbackTriggers' must not be null");
			Set<FallbackTrigger> copy = EnumSet.noneOf(FallbackTrigger.class);
			for (FallbackTrigger trigger : fallbackTriggers) {
				copy.add(Objects.requireNonNull(trigger, "'fallbackTriggers' must not contain null"));
			}
			this.fallbackTriggers = copy;
			return this;
		}

		/**
		 * Sets the circuit breaker guarding the primary. Its failures are engine faults only
		 * (see the class description); its configuration is the caller's.
		 * @param circuitBreaker the breaker, default one named
		 * {@value SandboxExecutorService#DEFAULT_NAME} opening at a 50% failure rate over the last
		 * 20 calls (10 at least), open for 30 s, then 3 trial calls
		 * @return this builder
		 */
		public Builder circuitBreaker(CircuitBreaker circuitBreaker) {
			this.circuitBreaker = Objects.requireNonNull(circuitBreaker, "'circuitBreaker' must not be null");
			return this;
		}

		/**
		 * Sets the bulkhead that bounds concurrent executions, for example one from an
		 * application's {@code BulkheadRegistry}. Its maximum of concurrent calls and its maximum
		 * wait replace {@link #maxConcurrency(int)} and {@link #queueTimeout(Duration)}.
		 * @param bulkhead the bulkhead, default one named
		 * {@value SandboxExecutorService#DEFAULT_NAME} built from those two settings
		 * @return this builder
		 */
		public Builder bulkhead(Bulkhead bulkhead) {
			this.bulkhead = Objects.requireNonNull(bulkhead, "'bulkhead' must not be null");
			return this;
		}

		/**
		 * Sets the registry that observes each call as a
		 * {@link SandboxObservationDocumentation#EXECUTION} observation. Needs Micrometer's
		 * {@code micrometer-observation} on the class path.
		 * @param observationRegistry the registry, default none (calls are not observed)
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			return observationRegistry(observationRegistry, null);
		}

		/**
		 * Sets the registry that observes each call, with a convention that replaces
		 * {@link DefaultSandboxObservationConvention}.
		 * @param observationRegistry the registry
		 * @param convention the convention, or {@code null} for the default one
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry,
				@Nullable SandboxObservationConvention convention) {
			Objects.requireNonNull(observationRegistry, "'observationRegistry' must not be null");
			this.observer = new MicrometerObserver(observationRegistry, convention);
			return this;
		}

		/**
		 * Sets how many executions may run at the same time.
		 * @param maxConcurrency a positive count, default the number of processors
		 * @return this builder
		 */
		public Builder maxConcurrency(int maxConcurrency) {
			if (maxConcurrency <= 0) {
				throw new IllegalArgumentException("'maxConcurrency' must be positive, was " + maxConcurrency);
			}
			this.maxConcurrency = maxConcurrency;
			return this;
		}

		/**
		 * Sets how long a call waits for an execution slot before it is rejected.
		 * @param queueTimeout zero (do not wait) or a positive duration, default
		 * {@value SandboxExecutorService#DEFAULT_QUEUE_TIMEOUT_MILLIS} ms
		 * @return this builder
		 */
		public Builder queueTimeout(Duration queueTimeout) {
			Objects.requireNonNull(queueTimeout, "'queueTimeout' must not be null");
			if (queueTimeout.isNegative()) {
				throw new IllegalArgumentException("'queueTimeout' must be zero or positive, was " + queueTimeout);
			}
			this.queueTimeout = queueTimeout;
			return this;
		}

		/**
		 * Sets the clock that times calls.
		 * @param clock the clock, default {@link Clock#systemUTC()}
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
			return this;
		}

		/**
		 * Builds the service.
		 * @return the service
		 * @throws IllegalStateException when no primary is set, or the fallback is enabled without
		 * a fallback executor
		 */
		public SandboxExecutorService build() {
			if (this.primary == null) {
				throw new IllegalStateException("A primary executor is required");
			}
			if (this.fallbackEnabled && this.fallback == null) {
				throw new IllegalStateException("The fallback is enabled but no fallback executor is set");
			}
			return new SandboxExecutorService(this);
		}

	}

}
