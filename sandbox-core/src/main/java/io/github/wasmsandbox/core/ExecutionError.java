package io.github.wasmsandbox.core;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An uncaught Python exception, as the guest reported it.
 *
 * @param type the exception's class name, for example {@code ZeroDivisionError}
 * @param message the exception's message, possibly empty
 * @param traceback the traceback text, frames of the sandbox's own driver removed
 * @param line the line of the user's code the exception was raised at, or {@code null} when
 * unknown
 * @since 0.1.0
 */
public record ExecutionError(String type, String message, String traceback, @Nullable Integer line) {

	public ExecutionError {
		Objects.requireNonNull(type, "'type' must not be null");
		Objects.requireNonNull(message, "'message' must not be null");
		Objects.requireNonNull(traceback, "'traceback' must not be null");
	}

}
