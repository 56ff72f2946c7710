package io.github.wasmsandbox.core.observation;

import java.util.Objects;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The context of a {@link SandboxObservationDocumentation#EXECUTION} observation: the request,
 * and the result once the call has ended.
 *
 * @since 0.1.0
 */
public class SandboxObservationContext extends Observation.Context {

	private final ExecutionRequest request;

	private @Nullable ExecutionResult result;

	/**
	 * Creates a context for a call.
	 * @param request the request being executed
	 */
	public SandboxObservationContext(ExecutionRequest request) {
		this.request = Objects.requireNonNull(request, "'request' must not be null");
	}

	/**
	 * The request being executed.
	 * @return the request
	 */
	public ExecutionRequest getRequest() {
		return this.request;
	}

	/**
	 * The result of the call.
	 * @return the result, or {@code null} while the call runs
	 */
	public @Nullable ExecutionResult getResult() {
		return this.result;
	}

	/**
	 * Sets the result of the call.
	 * @param result the result
	 */
	public void setResult(ExecutionResult result) {
		this.result = Objects.requireNonNull(result, "'result' must not be null");
	}

}
