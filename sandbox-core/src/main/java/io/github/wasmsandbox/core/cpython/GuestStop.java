package io.github.wasmsandbox.core.cpython;

import org.jspecify.annotations.Nullable;

/**
 * The guest did not return normally: it was interrupted, or it trapped (aborted, or a runtime
 * fault). Carries no Endive type, so the executor can catch it on any JVM.
 */
final class GuestStop extends RuntimeException {

	private static final long serialVersionUID = 1L;

	enum Kind {

		/** The guest thread was interrupted (deadline passed). */
		INTERRUPTED,

		/** The guest trapped while its memory was at the cap: it ran out of memory. */
		MEMORY_EXHAUSTED,

		/** The guest ran off its C stack (deep recursion in C code). */
		STACK_EXHAUSTED,

		/** The guest trapped for another reason (abort, unreachable, a wild pointer). */
		TRAP

	}

	private final Kind kind;

	GuestStop(Kind kind, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	Kind kind() {
		return this.kind;
	}

}
