package io.github.wasmsandbox.core.wasm;

/**
 * Thrown by a host function to end a guest call at once, unwinding through the guest's stack.
 * The instance is left mid-call and is never reused without restoring a snapshot.
 */
final class GuestFault extends RuntimeException {

	enum Kind {

		/** The guest wrote more than the output cap. */
		OUTPUT_LIMIT,

		/** The guest asked for more linear memory than the cap. */
		MEMORY_LIMIT,

		/** The guest reached a JavaScript hook; there is no JavaScript in this host. */
		NO_JAVASCRIPT,

		/** The guest handed a host function a pointer or length outside its memory. */
		BAD_POINTER,

		/** The guest called {@code abort()}. */
		ABORT

	}

	private final Kind kind;

	GuestFault(Kind kind, String message) {
		super(message, null, false, false);
		this.kind = kind;
	}

	Kind kind() {
		return this.kind;
	}

}
