package io.github.wasmsandbox.autoconfigure.metrics;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.observation.SandboxObservationContext;
import io.github.wasmsandbox.core.resilience.SandboxExecutorService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's meters beyond the {@code sandbox.executions} timer (which Micrometer derives from
 * the observation):
 * <ul>
 * <li>{@value #ACTIVE}: executions running now, fallback included (a gauge);</li>
 * <li>{@value #FALLBACKS}: results a fallback executor produced, tagged {@code reason} (a
 * counter);</li>
 * <li>{@value #OUTPUTS}: the size of each execution's captured output in bytes, tagged
 * {@code stream} ({@code stdout} or {@code stderr}) (a distribution summary).</li>
 * </ul>
 * The counter and the summary are recorded when a {@code sandbox.executions} observation stops,
 * so this binder is also an {@link ObservationHandler}.
 *
 * @since 0.1.0
 */
public class SandboxMetrics implements MeterBinder, ObservationHandler<SandboxObservationContext> {

	/** The name of the gauge of running executions. */
	public static final String ACTIVE = "sandbox.active";

	/** The name of the counter of fallbacks. */
	public static final String FALLBACKS = "sandbox.fallbacks";

	/** The name of the distribution of output sizes. */
	public static final String OUTPUTS = "sandbox.outputs";

	private final Supplier<SandboxExecutorService> service;

	private volatile @Nullable MeterRegistry registry;

	/**
	 * Creates the binder.
	 * @param service the service whose executions are measured
	 */
	public SandboxMetrics(SandboxExecutorService service) {
		this(supplierOf(service));
	}

	/**
	 * Creates the binder for a service looked up when first measured. As an observation
	 * handler, this binder is needed while the observation registry is built, and so before the
	 * service, which needs that registry.
	 * @param service supplies the service whose executions are measured
	 */
	public SandboxMetrics(Supplier<SandboxExecutorService> service) {
		this.service = Objects.requireNonNull(service, "'service' must not be null");
	}

	private static Supplier<SandboxExecutorService> supplierOf(SandboxExecutorService service) {
		Objects.requireNonNull(service, "'service' must not be null");
		return () -> service;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(ACTIVE, this.service, (service) -> active(service.get()))
			.description("Sandbox executions running now, fallback included")
			.register(registry);
		this.registry = registry;
	}

	private static double active(SandboxExecutorService service) {
		Bulkhead.Metrics metrics = service.bulkhead().getMetrics();
		return metrics.getMaxAllowedConcurrentCalls() - metrics.getAvailableConcurrentCalls();
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof SandboxObservationContext;
	}

	@Override
	public void onStop(SandboxObservationContext context) {
		MeterRegistry registry = this.registry;
		ExecutionResult result = context.getResult();
		if (registry == null || result == null) {
			return;
		}
		String reason = result.fallbackReason();
		if (reason != null) {
			Counter.builder(FALLBACKS)
				.description("Sandbox executions whose result came from a fallback executor")
				.tag("reason", reason)
				.register(registry)
				.increment();
		}
		output(registry, "stdout", result.stdout());
		output(registry, "stderr", result.stderr());
	}

	private static void output(MeterRegistry registry, String stream, String text) {
		DistributionSummary.builder(OUTPUTS)
			.description("Size of the output a sandbox execution captured")
			.baseUnit("bytes")
			.tag("stream", stream)
			.register(registry)
			.record(text.getBytes(StandardCharsets.UTF_8).length);
	}

}
