package io.github.wasmsandbox.autoconfigure;

import io.github.wasmsandbox.core.wasm.WasmExecutor;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * One real WASM engine shared by the auto-configuration tests that execute code but do not test
 * the engine's own wiring: booting the engine (module, interpreter, preloaded compatibility
 * library, snapshot) costs seconds on a busy two-core machine, so it is done once per test JVM.
 * Contexts receive it as their {@code wasmExecutor} bean (the auto-configured one backs off) and
 * never close it; its threads are daemons that time out when idle.
 */
public final class SharedWasmExecutor {

	private static final WasmExecutor executor = WasmExecutor.ofDefaults();

	private SharedWasmExecutor() {
	}

	/**
	 * Adds the shared engine to a runner's contexts as the {@code wasmExecutor} bean.
	 * @param runner the runner
	 * @return a runner whose contexts use the shared engine
	 */
	public static ApplicationContextRunner in(ApplicationContextRunner runner) {
		// an empty destroy method name: the context must not close an engine it does not own
		return runner.withBean("wasmExecutor", WasmExecutor.class, () -> executor,
				(definition) -> definition.setDestroyMethodName(""));
	}

}
