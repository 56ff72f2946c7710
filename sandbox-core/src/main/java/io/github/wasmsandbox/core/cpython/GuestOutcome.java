package io.github.wasmsandbox.core.cpython;

import org.jspecify.annotations.Nullable;

/**
 * What one guest call reported.
 *
 * @param kind how the call ended
 * @param payload the guest's report: the value or error as JSON for {@link Kind#VALUE} and
 * {@link Kind#ERROR}, the host's message for {@link Kind#HOST_ERROR}
 * @param traceback for {@link Kind#HOST_ERROR}, the traceback the host passed, possibly empty
 * @param code for {@link Kind#HOST_ERROR}, the host's error code; for {@link Kind#EXIT}, the exit
 * status
 */
record GuestOutcome(Kind kind, @Nullable String payload, @Nullable String traceback, int code) {

	enum Kind {

		/** The code ran and left no value. */
		NO_VALUE,

		/** The code ran; {@code payload} is its value as JSON. */
		VALUE,

		/** The code raised; {@code payload} is {@code {type, message, traceback, line}}. */
		ERROR,

		/** The C host reported an error itself ({@code trino.return_error}). */
		HOST_ERROR,

		/** The code ended the interpreter ({@code os._exit}); {@code code} is the status. */
		EXIT

	}

	static GuestOutcome fromGuest(String report) {
		if (report.isEmpty() || report.charAt(0) == 'N') {
			return new GuestOutcome(Kind.NO_VALUE, null, null, 0);
		}
		Kind kind = (report.charAt(0) == 'V') ? Kind.VALUE : Kind.ERROR;
		return new GuestOutcome(kind, report.substring(1), null, 0);
	}

}
