package io.github.wasmsandbox.core.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations the sandbox makes. Micrometer's default meter handler derives a
 * {@code sandbox.executions} timer (and, where enabled, {@code sandbox.executions.active}) from
 * them; a tracing handler turns each into a span.
 *
 * @since 0.1.0
 */
public enum SandboxObservationDocumentation implements ObservationDocumentation {

	/**
	 * One call to the sandbox's executor service, from the request to its result: waiting for an
	 * execution slot, the primary engine and any fallback included.
	 */
	EXECUTION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultSandboxObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

	};

	/**
	 * Keys with a small, fixed set of values: tags on metrics and on spans.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * The executor that produced the result: {@code wasm}, {@code cpython-wasm} or
		 * {@code subprocess} ({@code unknown} while the call runs).
		 */
		EXECUTOR {

			@Override
			public String asString() {
				return "executor";
			}

		},

		/**
		 * How the execution ended: the {@link io.github.wasmsandbox.core.ExecutionStatus} in lower
		 * case ({@code success}, {@code error}, {@code timeout}, {@code memory_limit},
		 * {@code output_limit}, {@code rejected}, {@code unavailable}; {@code unknown} while the
		 * call runs).
		 */
		STATUS {

			@Override
			public String asString() {
				return "status";
			}

		}

	}

	/**
	 * Keys whose values vary per call: on spans only, never on metrics. Guest source, inputs and
	 * output are never recorded.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/** The size of the submitted source, in UTF-8 bytes. */
		CODE_SIZE {

			@Override
			public String asString() {
				return "code.size";
			}

		},

		/**
		 * Why a fallback executor produced the result ({@code circuit-open},
		 * {@code primary-unavailable} or a fallback trigger such as {@code missing-module}), or
		 * {@code none}.
		 */
		FALLBACK_REASON {

			@Override
			public String asString() {
				return "fallback.reason";
			}

		},

		/** Whether stdout or stderr was cut at its cap: {@code true} or {@code false}. */
		OUTPUT_TRUNCATED {

			@Override
			public String asString() {
				return "output.truncated";
			}

		}

	}

}
