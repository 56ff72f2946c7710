package io.github.wasmsandbox.core;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What happened when code ran: status, captured output, the error, the value of the last
 * expression, which executor ran it and how long it took.
 *
 * @param status how the execution ended
 * @param stdout what the code printed, up to the output cap
 * @param stderr what the code wrote to stderr (and the traceback of an uncaught exception), up
 * to the output cap
 * @param stdoutTruncated whether stdout was cut at the cap
 * @param stderrTruncated whether stderr was cut at the cap
 * @param error the uncaught exception, {@code null} unless the status is
 * {@link ExecutionStatus#ERROR}
 * @param value the value of the code's last statement when that statement is an expression, as
 * JSON-compatible data ({@code null}, {@link Boolean}, {@link Number}, {@link String},
 * {@link java.util.List}, {@link java.util.Map}); values JSON cannot carry come back as their
 * {@code repr} string
 * @param executor the executor that produced this result: {@code "wasm"}, {@code "cpython-wasm"}
 * or {@code "subprocess"}
 * @param fallbackReason why a fallback executor ran instead of the primary one, or {@code null}
 * @param message a human-readable explanation for statuses that carry no Python error
 * (REJECTED, UNAVAILABLE, limits), or {@code null}
 * @param duration wall time of the whole call, including any attempt that was retried elsewhere
 * @since 0.1.0
 */
public record ExecutionResult(ExecutionStatus status, String stdout, String stderr, boolean stdoutTruncated,
		boolean stderrTruncated, @Nullable ExecutionError error, @Nullable Object value, String executor,
		@Nullable String fallbackReason, @Nullable String message, Duration duration) {

	public ExecutionResult {
		Objects.requireNonNull(status, "'status' must not be null");
		Objects.requireNonNull(stdout, "'stdout' must not be null");
		Objects.requireNonNull(stderr, "'stderr' must not be null");
		Objects.requireNonNull(executor, "'executor' must not be null");
		Objects.requireNonNull(duration, "'duration' must not be null");
		if ((error != null) != (status == ExecutionStatus.ERROR)) {
			throw new IllegalArgumentException("'error' must be set exactly when the status is ERROR, status was "
					+ status);
		}
	}

	/**
	 * A result for a request refused before anything ran.
	 * @param executor the executor that refused it
	 * @param message why it was refused
	 * @param duration time spent
	 * @return a REJECTED result
	 */
	public static ExecutionResult rejected(String executor, String message, Duration duration) {
		return new ExecutionResult(ExecutionStatus.REJECTED, "", "", false, false, null, null, executor, null,
				message, duration);
	}

	/**
	 * A result for an engine that failed.
	 * @param executor the executor that failed
	 * @param message what failed
	 * @param duration time spent
	 * @return an UNAVAILABLE result
	 */
	public static ExecutionResult unavailable(String executor, String message, Duration duration) {
		return new ExecutionResult(ExecutionStatus.UNAVAILABLE, "", "", false, false, null, null, executor, null,
				message, duration);
	}

	/**
	 * Whether the code ran to completion.
	 * @return {@code true} for {@link ExecutionStatus#SUCCESS}
	 */
	public boolean isSuccess() {
		return this.status == ExecutionStatus.SUCCESS;
	}

	/**
	 * This result as reported by a fallback executor.
	 * @param reason why the fallback ran
	 * @param totalDuration the duration of the whole call, the primary's attempt included
	 * @return a copy with the reason and duration set
	 */
	public ExecutionResult withFallback(String reason, Duration totalDuration) {
		return new ExecutionResult(this.status, this.stdout, this.stderr, this.stdoutTruncated, this.stderrTruncated,
				this.error, this.value, this.executor, reason, this.message, totalDuration);
	}

}
