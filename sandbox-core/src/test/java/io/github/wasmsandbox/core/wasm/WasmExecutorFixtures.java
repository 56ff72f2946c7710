package io.github.wasmsandbox.core.wasm;

import io.github.wasmsandbox.core.SandboxLimits;

/**
 * Executors in controlled broken states, for tests of the modules built on the engine (shipped in
 * this module's test-jar, so the engine's test hook stays package-private).
 */
public final class WasmExecutorFixtures {

	private WasmExecutorFixtures() {
	}

	/**
	 * An executor whose engine fails to start on every attempt, as when the compiled module
	 * cannot be loaded.
	 * @param message the failure's message
	 * @return the executor
	 */
	public static WasmExecutor engineFailingToStart(String message) {
		return WasmExecutor.builder().limits(SandboxLimits.ofDefaults()).engineFactory(() -> {
			throw new IllegalStateException(message);
		}).build();
	}

}
