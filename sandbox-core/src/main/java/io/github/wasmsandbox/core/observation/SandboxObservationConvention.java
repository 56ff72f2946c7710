package io.github.wasmsandbox.core.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * The convention that names a {@link SandboxObservationDocumentation#EXECUTION} observation and
 * derives its key values. Provide one to replace {@link DefaultSandboxObservationConvention}.
 *
 * @since 0.1.0
 */
public interface SandboxObservationConvention extends ObservationConvention<SandboxObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof SandboxObservationContext;
	}

}
