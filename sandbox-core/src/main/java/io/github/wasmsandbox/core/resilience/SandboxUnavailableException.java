package io.github.wasmsandbox.core.resilience;

/**
 * An engine fault, recorded by the circuit breaker for an UNAVAILABLE result. It never reaches a
 * caller: at the {@code CodeExecutor} boundary the fault is the result itself.
 */
final class SandboxUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	SandboxUnavailableException(String message) {
		super(message, null, false, false);
	}

}
