package io.github.wasmsandbox.core;

/**
 * Runs untrusted Python source and reports what happened as an {@link ExecutionResult}.
 *
 * <p>
 * Whatever the guest code does (raise, loop forever, exhaust memory, flood output) comes back
 * as a result with a status, never as an exception: an agent needs stdout, stderr and the error
 * together to correct itself. Implementations are thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CodeExecutor {

	/**
	 * Executes the request with fresh interpreter state.
	 * @param request the code, its inputs and an optional timeout
	 * @return the outcome, never {@code null}
	 * @throws NullPointerException if {@code request} is {@code null}
	 */
	ExecutionResult execute(ExecutionRequest request);

}
