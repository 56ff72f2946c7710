package io.github.wasmsandbox.core.cpython;

import java.io.OutputStream;

/**
 * The CPython guest as the executor sees it, free of Endive types so that the executor class
 * loads on any JVM. The one implementation, {@link EndiveGuestEngine}, is loaded reflectively
 * and only where the JVM can load Endive's class files.
 */
interface GuestEngine {

	/**
	 * A new guest instance in the start-up snapshot's state, its linear memory capped.
	 * @param memoryLimitBytes the cap on linear memory
	 * @return the instance
	 */
	Instance newInstance(long memoryLimitBytes);

	/** Bytes of linear memory in the start-up snapshot. */
	long snapshotBytes();

	/** One guest instance. Not thread-safe: one call at a time. */
	interface Instance {

		/**
		 * Restores the snapshot (fresh interpreter state), then runs the code.
		 * @param code the UTF-8 source
		 * @param inputsJson the UTF-8 JSON object of inputs, possibly empty
		 * @param stdout receives fd 1 as it is written; may throw to stop the guest
		 * @param stderr receives fd 2 as it is written; may throw to stop the guest
		 * @return what the guest reported
		 * @throws GuestStop when the guest was stopped or broke down
		 */
		GuestOutcome run(byte[] code, byte[] inputsJson, OutputStream stdout, OutputStream stderr);

		/**
		 * Whether the instance can serve another call: it did not grow past the snapshot's
		 * memory (the guest's allocator never gives grown pages back, so a reused grown instance
		 * would leak them call after call).
		 */
		boolean isReusable();

		/** How long the last call's snapshot restore took, in nanoseconds (for benchmarks). */
		long lastRestoreNanos();

	}

}
