package io.github.wasmsandbox.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Python source to run, with the values bound as globals before it runs.
 *
 * <p>
 * Validation of the content (blank code, size, JSON compatibility of the inputs) is the
 * executor's job and ends in a {@link ExecutionStatus#REJECTED} result, so that a bad request
 * from a model is reported back to it rather than thrown.
 *
 * @param code the Python source
 * @param inputs JSON-compatible values ({@code null}, {@link Boolean}, {@link Number},
 * {@link String}, {@link java.util.List}, {@link Map} with string keys) bound as Python globals
 * under their keys; never {@code null}
 * @param timeout the deadline for this call, or {@code null} for the executor's configured one;
 * a longer value than the configured maximum is cut down to it
 * @since 0.1.0
 */
public record ExecutionRequest(String code, Map<String, @Nullable Object> inputs, @Nullable Duration timeout) {

	public ExecutionRequest {
		Objects.requireNonNull(code, "'code' must not be null");
		inputs = (inputs != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(inputs)) : Map.of();
		if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
			throw new IllegalArgumentException("'timeout' must be positive, was " + timeout);
		}
	}

	/**
	 * A request for code without inputs, with the executor's default timeout.
	 * @param code the Python source
	 * @return the request
	 */
	public static ExecutionRequest of(String code) {
		return new ExecutionRequest(code, Map.of(), null);
	}

	/**
	 * A request for code with inputs, with the executor's default timeout.
	 * @param code the Python source
	 * @param inputs values bound as globals
	 * @return the request
	 */
	public static ExecutionRequest of(String code, Map<String, @Nullable Object> inputs) {
		return new ExecutionRequest(code, inputs, null);
	}

	/**
	 * A builder starting from the given code.
	 * @param code the Python source
	 * @return a new builder
	 */
	public static Builder builder(String code) {
		return new Builder(code);
	}

	/**
	 * Builds {@link ExecutionRequest} instances.
	 */
	public static final class Builder {

		private final String code;

		private final Map<String, @Nullable Object> inputs = new LinkedHashMap<>();

		private @Nullable Duration timeout;

		private Builder(String code) {
			this.code = Objects.requireNonNull(code, "'code' must not be null");
		}

		/**
		 * Binds one input.
		 * @param name the Python global name
		 * @param value a JSON-compatible value
		 * @return this builder
		 */
		public Builder input(String name, @Nullable Object value) {
			this.inputs.put(Objects.requireNonNull(name, "'name' must not be null"), value);
			return this;
		}

		/**
		 * Binds several inputs.
		 * @param inputs names and JSON-compatible values
		 * @return this builder
		 */
		public Builder inputs(Map<String, @Nullable Object> inputs) {
			this.inputs.putAll(Objects.requireNonNull(inputs, "'inputs' must not be null"));
			return this;
		}

		/**
		 * Sets this call's deadline.
		 * @param timeout a positive duration
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			Objects.requireNonNull(timeout, "'timeout' must not be null");
			if (timeout.isNegative() || timeout.isZero()) {
				throw new IllegalArgumentException("'timeout' must be positive, was " + timeout);
			}
			this.timeout = timeout;
			return this;
		}

		/**
		 * Builds the request.
		 * @return the request
		 */
		public ExecutionRequest build() {
			return new ExecutionRequest(this.code, this.inputs, this.timeout);
		}

	}

}
