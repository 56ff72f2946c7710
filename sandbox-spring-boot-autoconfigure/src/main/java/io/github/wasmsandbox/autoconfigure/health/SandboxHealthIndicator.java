package io.github.wasmsandbox.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.cpython.CPythonWasmExecutor;
import io.github.wasmsandbox.core.resilience.SandboxExecutorService;
import io.github.wasmsandbox.core.subprocess.SubprocessExecutor;
import io.github.wasmsandbox.core.wasm.WasmExecutor;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the sandbox: runs a tiny canary program in the WASM engine and checks its answer.
 *
 * <p>
 * Status mapping:
 * <ul>
 * <li>{@code DOWN}: the engine cannot run the canary (it fails to start, fails during the run, or
 * answers wrong);</li>
 * <li>{@code OUT_OF_SERVICE}: the engine runs the canary but the executor service's circuit
 * breaker is open, so calls are refused (or served by the fallback) until it closes again by
 * itself;</li>
 * <li>{@code UP}: otherwise, a half-open breaker and busy execution slots included.</li>
 * </ul>
 * The canary's outcome is cached for {@link #DEFAULT_CANARY_TTL a few seconds}, so that frequent
 * probes cost nothing; it runs directly on the engine, outside the breaker, bulkhead and metrics
 * of the executor service.
 *
 * @since 0.1.0
 */
public class SandboxHealthIndicator extends AbstractHealthIndicator {

	/** How long a canary's outcome is reused: 10 seconds. */
	public static final Duration DEFAULT_CANARY_TTL = Duration.ofSeconds(10);

	// 91, computed by the interpreter (a loop, a call and arithmetic): proves the VM really runs
	private static final String CANARY_CODE = "sum(range(10)) * 2 + 1";

	private static final long CANARY_ANSWER = 91;

	private static final Duration CANARY_TIMEOUT = Duration.ofSeconds(2);

	private final WasmExecutor engine;

	private final @Nullable SandboxExecutorService service;

	private final @Nullable SubprocessExecutor fallback;

	private final Clock clock;

	private final Duration canaryTtl;

	private final Object canaryLock = new Object();

	private volatile @Nullable Canary lastCanary;

	/**
	 * Creates an indicator with the system clock and the {@link #DEFAULT_CANARY_TTL default}
	 * cache time.
	 * @param engine the engine that runs the canary
	 * @param service the executor service whose breaker and bulkhead are reported, or
	 * {@code null}
	 * @param fallback the fallback executor whose availability is reported, or {@code null}
	 */
	public SandboxHealthIndicator(WasmExecutor engine, @Nullable SandboxExecutorService service,
			@Nullable SubprocessExecutor fallback) {
		this(engine, service, fallback, Clock.systemUTC(), DEFAULT_CANARY_TTL);
	}

	/**
	 * Creates an indicator.
	 * @param engine the engine that runs the canary
	 * @param service the executor service whose breaker and bulkhead are reported, or
	 * {@code null}
	 * @param fallback the fallback executor whose availability is reported, or {@code null}
	 * @param clock the clock that ages the cached canary
	 * @param canaryTtl how long a canary's outcome is reused
	 */
	public SandboxHealthIndicator(WasmExecutor engine, @Nullable SandboxExecutorService service,
			@Nullable SubprocessExecutor fallback, Clock clock, Duration canaryTtl) {
		super("Sandbox health check failed");
		this.engine = Objects.requireNonNull(engine, "'engine' must not be null");
		this.service = service;
		this.fallback = fallback;
		this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
		this.canaryTtl = Objects.requireNonNull(canaryTtl, "'canaryTtl' must not be null");
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Canary canary = canary();
		builder.withDetail("engine", WasmExecutor.EXECUTOR_ID)
			.withDetail("micropython", WasmExecutor.MICROPYTHON_VERSION)
			.withDetail("runtime", WasmExecutor.RUNTIME)
			.withDetail("jitHugeMethods", WasmExecutor.isHugeMethodCompilationEnabled())
			.withDetail("canary", canary.details());
		CircuitBreaker.State breakerState = null;
		if (this.service != null) {
			breakerState = this.service.circuitBreaker().getState();
			Bulkhead.Metrics bulkhead = this.service.bulkhead().getMetrics();
			Map<String, Object> executions = new LinkedHashMap<>();
			executions.put("active",
					bulkhead.getMaxAllowedConcurrentCalls() - bulkhead.getAvailableConcurrentCalls());
			executions.put("maxConcurrency", bulkhead.getMaxAllowedConcurrentCalls());
			builder.withDetail("circuitBreaker", breakerState.name()).withDetail("executions", executions);
		}
		builder.withDetail("cpython", cpythonDetails());
		builder.withDetail("fallback", fallbackDetails());
		if (!canary.working()) {
			builder.down();
		}
		else if (breakerState == CircuitBreaker.State.OPEN || breakerState == CircuitBreaker.State.FORCED_OPEN) {
			builder.outOfService();
		}
		else {
			builder.up();
		}
	}

	/** The CPython-in-WebAssembly tier: whether calls can reach it, and why not. */
	private Map<String, Object> cpythonDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("active", this.service != null && this.service.isCPythonTierActive());
		details.put("runtime", CPythonWasmExecutor.RUNTIME);
		if (!CPythonWasmExecutor.isSupportedByThisJvm()) {
			details.put("unavailableReason", "needs Java 25 or later, this JVM is Java " + Runtime.version().feature());
		}
		return details;
	}

	private Map<String, Object> fallbackDetails() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("enabled", this.service != null && this.service.isFallbackEnabled());
		if (this.fallback != null) {
			details.put("available", this.fallback.isAvailable());
			this.fallback.pythonVersion().ifPresent((version) -> details.put("python", version));
			this.fallback.unavailableReason().ifPresent((reason) -> details.put("unavailableReason", reason));
			details.put("isolation", this.fallback.isolation().stream().map(Enum::name).sorted().toList());
		}
		return details;
	}

	private Canary canary() {
		Canary last = this.lastCanary;
		if (last != null && isFresh(last)) {
			return last;
		}
		synchronized (this.canaryLock) {
			last = this.lastCanary;
			if (last != null && isFresh(last)) {
				return last;
			}
			Canary canary = runCanary();
			this.lastCanary = canary;
			return canary;
		}
	}

	private boolean isFresh(Canary canary) {
		return Duration.between(canary.checkedAt(), this.clock.instant()).compareTo(this.canaryTtl) < 0;
	}

	private Canary runCanary() {
		Instant now = this.clock.instant();
		ExecutionResult result;
		try {
			result = this.engine.execute(ExecutionRequest.builder(CANARY_CODE).timeout(CANARY_TIMEOUT).build());
		}
		catch (RuntimeException ex) {
			return new Canary(false, "failed", ex.toString(), null, now);
		}
		if (result.status() == ExecutionStatus.REJECTED) {
			// every slot busy running guest code: the engine works, it is just in use
			return new Canary(true, "busy", result.message(), result.duration(), now);
		}
		if (result.isSuccess() && result.value() instanceof Number answer && answer.longValue() == CANARY_ANSWER) {
			return new Canary(true, "passed", null, result.duration(), now);
		}
		String problem = (result.isSuccess()) ? "wrong answer: " + result.value()
				: result.status() + ": " + Objects.toString(result.message(),
						(result.error() != null) ? result.error().message() : "no message");
		return new Canary(false, "failed", problem, result.duration(), now);
	}

	/**
	 * The outcome of one canary run.
	 */
	private record Canary(boolean working, String outcome, @Nullable String problem, @Nullable Duration duration,
			Instant checkedAt) {

		Map<String, Object> details() {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("outcome", this.outcome);
			if (this.problem != null) {
				details.put("problem", this.problem);
			}
			if (this.duration != null) {
				details.put("durationMillis", this.duration.toNanos() / 1_000_000.0);
			}
			details.put("checkedAt", this.checkedAt.toString());
			return details;
		}

	}

}
