package io.github.wasmsandbox.core.observation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.observation.SandboxObservationDocumentation.HighCardinalityKeyNames;
import io.github.wasmsandbox.core.observation.SandboxObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default {@link SandboxObservationConvention}: the name {@value #DEFAULT_NAME}, the
 * executor and status as low-cardinality keys, the code size, fallback reason and truncation as
 * high-cardinality ones. Override a {@code protected} method to change one key.
 *
 * @since 0.1.0
 */
public class DefaultSandboxObservationConvention implements SandboxObservationConvention {

	/** The observation's default name, and so the name of the timer derived from it. */
	public static final String DEFAULT_NAME = "sandbox.executions";

	private static final String UNKNOWN = "unknown";

	private final String name;

	/**
	 * A convention with the name {@value #DEFAULT_NAME}.
	 */
	public DefaultSandboxObservationConvention() {
		this(DEFAULT_NAME);
	}

	/**
	 * A convention with a custom name.
	 * @param name the observation name
	 */
	public DefaultSandboxObservationConvention(String name) {
		this.name = Objects.requireNonNull(name, "'name' must not be null");
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public String getContextualName(SandboxObservationContext context) {
		return "sandbox execute";
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(SandboxObservationContext context) {
		return KeyValues.of(executor(context), status(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(SandboxObservationContext context) {
		return KeyValues.of(codeSize(context), fallbackReason(context), outputTruncated(context));
	}

	/**
	 * The executor that produced the result.
	 * @param context the context
	 * @return the {@code executor} key value
	 */
	protected KeyValue executor(SandboxObservationContext context) {
		ExecutionResult result = context.getResult();
		return LowCardinalityKeyNames.EXECUTOR.withValue((result != null) ? result.executor() : UNKNOWN);
	}

	/**
	 * The status of the result in lower case.
	 * @param context the context
	 * @return the {@code status} key value
	 */
	protected KeyValue status(SandboxObservationContext context) {
		ExecutionResult result = context.getResult();
		return LowCardinalityKeyNames.STATUS
			.withValue((result != null) ? result.status().name().toLowerCase(Locale.ROOT) : UNKNOWN);
	}

	/**
	 * The size of the source in UTF-8 bytes.
	 * @param context the context
	 * @return the {@code code.size} key value
	 */
	protected KeyValue codeSize(SandboxObservationContext context) {
		return HighCardinalityKeyNames.CODE_SIZE
			.withValue(String.valueOf(context.getRequest().code().getBytes(StandardCharsets.UTF_8).length));
	}

	/**
	 * Why a fallback produced the result.
	 * @param context the context
	 * @return the {@code fallback.reason} key value, {@code none} without a fallback
	 */
	protected KeyValue fallbackReason(SandboxObservationContext context) {
		ExecutionResult result = context.getResult();
		String reason = (result != null) ? result.fallbackReason() : null;
		return HighCardinalityKeyNames.FALLBACK_REASON.withValue((reason != null) ? reason : KeyValue.NONE_VALUE);
	}

	/**
	 * Whether any output was cut at its cap.
	 * @param context the context
	 * @return the {@code output.truncated} key value
	 */
	protected KeyValue outputTruncated(SandboxObservationContext context) {
		ExecutionResult result = context.getResult();
		boolean truncated = result != null && (result.stdoutTruncated() || result.stderrTruncated());
		return HighCardinalityKeyNames.OUTPUT_TRUNCATED.withValue(String.valueOf(truncated));
	}

}
