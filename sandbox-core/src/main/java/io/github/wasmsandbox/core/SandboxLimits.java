package io.github.wasmsandbox.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The hard limits every execution runs under. Immutable; build with {@link #builder()}.
 *
 * @param timeout the default and maximum wall time of one execution; a request may ask for less,
 * never more
 * @param memoryLimitBytes the cap on the guest's linear memory (interpreter, heap and stack)
 * @param maxStdoutBytes the cap on captured stdout, in UTF-8 bytes
 * @param maxStderrBytes the cap on captured stderr, in UTF-8 bytes
 * @param maxCodeBytes the largest accepted source, in UTF-8 bytes
 * @param maxInputsBytes the largest accepted inputs, as UTF-8 JSON bytes
 * @param maxConcurrency how many executions may run at the same time
 * @since 0.1.0
 */
public record SandboxLimits(Duration timeout, long memoryLimitBytes, int maxStdoutBytes, int maxStderrBytes,
		int maxCodeBytes, int maxInputsBytes, int maxConcurrency) {

	/** Default {@link #timeout()}: {@value #DEFAULT_TIMEOUT_MILLIS} ms. */
	public static final long DEFAULT_TIMEOUT_MILLIS = 3_000;

	/**
	 * Default {@link #memoryLimitBytes()}: {@value} bytes (64 MiB). The guest cannot collect
	 * garbage while a call runs (its GC runs only between calls), so a cap must hold everything a
	 * script allocates, garbage included; 16 MiB stopped ordinary loops over a few thousand
	 * strings.
	 */
	public static final long DEFAULT_MEMORY_LIMIT_BYTES = 64L * 1024 * 1024;

	/**
	 * Smallest accepted {@link #memoryLimitBytes()}: {@value} bytes (4 MiB), what the interpreter
	 * needs to start with a useful heap.
	 */
	public static final long MIN_MEMORY_LIMIT_BYTES = 4L * 1024 * 1024;

	/**
	 * Largest accepted {@link #memoryLimitBytes()}: {@value} bytes (2 GiB - 64 KiB), the most a
	 * 32-bit guest can address in this runtime.
	 */
	public static final long MAX_MEMORY_LIMIT_BYTES = 32767L * 65536;

	/** Default {@link #maxStdoutBytes()}: {@value} (1 MiB). */
	public static final int DEFAULT_MAX_STDOUT_BYTES = 1024 * 1024;

	/** Default {@link #maxStderrBytes()}: {@value} (256 KiB). */
	public static final int DEFAULT_MAX_STDERR_BYTES = 256 * 1024;

	/** Default {@link #maxCodeBytes()}: {@value} (256 KiB). */
	public static final int DEFAULT_MAX_CODE_BYTES = 256 * 1024;

	/** Default {@link #maxInputsBytes()}: {@value} (8 MiB). */
	public static final int DEFAULT_MAX_INPUTS_BYTES = 8 * 1024 * 1024;

	public SandboxLimits {
		Objects.requireNonNull(timeout, "'timeout' must not be null");
		requirePositive("timeout", !timeout.isNegative() && !timeout.isZero(), timeout);
		if (memoryLimitBytes < MIN_MEMORY_LIMIT_BYTES || memoryLimitBytes > MAX_MEMORY_LIMIT_BYTES) {
			throw new IllegalArgumentException("'memoryLimitBytes' must be between " + MIN_MEMORY_LIMIT_BYTES + " and "
					+ MAX_MEMORY_LIMIT_BYTES + ", was " + memoryLimitBytes);
		}
		requirePositive("maxStdoutBytes", maxStdoutBytes > 0, maxStdoutBytes);
		requirePositive("maxStderrBytes", maxStderrBytes > 0, maxStderrBytes);
		requirePositive("maxCodeBytes", maxCodeBytes > 0, maxCodeBytes);
		requirePositive("maxInputsBytes", maxInputsBytes > 0, maxInputsBytes);
		requirePositive("maxConcurrency", maxConcurrency > 0, maxConcurrency);
	}

	private static void requirePositive(String name, boolean positive, Object value) {
		if (!positive) {
			throw new IllegalArgumentException("'" + name + "' must be positive, was " + value);
		}
	}

	/**
	 * The limits with every default.
	 * @return the default limits
	 */
	public static SandboxLimits ofDefaults() {
		return builder().build();
	}

	/**
	 * A builder holding the defaults.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder starting from existing limits.
	 * @param limits the limits to copy
	 * @return a new builder
	 */
	public static Builder from(SandboxLimits limits) {
		Objects.requireNonNull(limits, "'limits' must not be null");
		return new Builder().timeout(limits.timeout)
			.memoryLimitBytes(limits.memoryLimitBytes)
			.maxStdoutBytes(limits.maxStdoutBytes)
			.maxStderrBytes(limits.maxStderrBytes)
			.maxCodeBytes(limits.maxCodeBytes)
			.maxInputsBytes(limits.maxInputsBytes)
			.maxConcurrency(limits.maxConcurrency);
	}

	/**
	 * The timeout that applies to a request: its own when shorter, else {@link #timeout()}.
	 * @param request the request
	 * @return the effective timeout
	 */
	public Duration effectiveTimeout(ExecutionRequest request) {
		Duration requested = request.timeout();
		return (requested != null && requested.compareTo(this.timeout) < 0) ? requested : this.timeout;
	}

	/**
	 * Builds {@link SandboxLimits}. Each setter checks its argument at once.
	 */
	public static final class Builder {

		private Duration timeout = Duration.ofMillis(DEFAULT_TIMEOUT_MILLIS);

		private long memoryLimitBytes = DEFAULT_MEMORY_LIMIT_BYTES;

		private int maxStdoutBytes = DEFAULT_MAX_STDOUT_BYTES;

		private int maxStderrBytes = DEFAULT_MAX_STDERR_BYTES;

		private int maxCodeBytes = DEFAULT_MAX_CODE_BYTES;

		private int maxInputsBytes = DEFAULT_MAX_INPUTS_BYTES;

		private int maxConcurrency = Math.max(1, Runtime.getRuntime().availableProcessors());

		private Builder() {
		}

		public Builder timeout(Duration timeout) {
			Objects.requireNonNull(timeout, "'timeout' must not be null");
			requirePositive("timeout", !timeout.isNegative() && !timeout.isZero(), timeout);
			this.timeout = timeout;
			return this;
		}

		public Builder memoryLimitBytes(long memoryLimitBytes) {
			if (memoryLimitBytes < MIN_MEMORY_LIMIT_BYTES || memoryLimitBytes > MAX_MEMORY_LIMIT_BYTES) {
				throw new IllegalArgumentException("'memoryLimitBytes' must be between " + MIN_MEMORY_LIMIT_BYTES
						+ " and " + MAX_MEMORY_LIMIT_BYTES + ", was " + memoryLimitBytes);
			}
			this.memoryLimitBytes = memoryLimitBytes;
			return this;
		}

		public Builder maxStdoutBytes(int maxStdoutBytes) {
			requirePositive("maxStdoutBytes", maxStdoutBytes > 0, maxStdoutBytes);
			this.maxStdoutBytes = maxStdoutBytes;
			return this;
		}

		public Builder maxStderrBytes(int maxStderrBytes) {
			requirePositive("maxStderrBytes", maxStderrBytes > 0, maxStderrBytes);
			this.maxStderrBytes = maxStderrBytes;
			return this;
		}

		public Builder maxCodeBytes(int maxCodeBytes) {
			requirePositive("maxCodeBytes", maxCodeBytes > 0, maxCodeBytes);
			this.maxCodeBytes = maxCodeBytes;
			return this;
		}

		public Builder maxInputsBytes(int maxInputsBytes) {
			requirePositive("maxInputsBytes", maxInputsBytes > 0, maxInputsBytes);
			this.maxInputsBytes = maxInputsBytes;
			return this;
		}

		public Builder maxConcurrency(int maxConcurrency) {
			requirePositive("maxConcurrency", maxConcurrency > 0, maxConcurrency);
			this.maxConcurrency = maxConcurrency;
			return this;
		}

		public SandboxLimits build() {
			return new SandboxLimits(this.timeout, this.memoryLimitBytes, this.maxStdoutBytes, this.maxStderrBytes,
					this.maxCodeBytes, this.maxInputsBytes, this.maxConcurrency);
		}

	}

}
