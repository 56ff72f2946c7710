package io.github.wasmsandbox.core;

/**
 * How an execution ended.
 *
 * @since 0.1.0
 */
public enum ExecutionStatus {

	/** The code ran to completion. */
	SUCCESS,

	/** The code raised a Python exception ({@code SyntaxError} included). */
	ERROR,

	/** The code did not finish before its deadline and was stopped. */
	TIMEOUT,

	/** The code needed more memory than the configured cap. */
	MEMORY_LIMIT,

	/** The code wrote more output than the configured cap; output up to the cap is kept. */
	OUTPUT_LIMIT,

	/**
	 * The request was refused before running: blank or oversized code, inputs that are not
	 * JSON-compatible, or no capacity left.
	 */
	REJECTED,

	/** The engine itself failed; the code may not have run at all. */
	UNAVAILABLE;

	/**
	 * Whether the status reports a guest outcome (the engine worked, whatever the code did), as
	 * opposed to a refusal or an engine fault.
	 * @return {@code true} for SUCCESS, ERROR and the limit statuses
	 */
	public boolean isGuestOutcome() {
		return this != REJECTED && this != UNAVAILABLE;
	}

	/**
	 * Whether the status means a limit was used up.
	 * @return {@code true} for TIMEOUT, MEMORY_LIMIT and OUTPUT_LIMIT
	 */
	public boolean isLimit() {
		return this == TIMEOUT || this == MEMORY_LIMIT || this == OUTPUT_LIMIT;
	}

}
