package io.github.wasmsandbox.autoconfigure;

import java.util.concurrent.CompletableFuture;

import io.github.wasmsandbox.core.cpython.CPythonWasmExecutor;
import io.github.wasmsandbox.core.wasm.WasmExecutor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts the engine on a background thread once the application is ready, so that start-up is
 * not delayed and the first call does not pay for the engine's boot.
 */
final class SandboxWarmUp implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(SandboxWarmUp.class);

	private final WasmExecutor executor;

	private final @Nullable CPythonWasmExecutor cpython;

	private final CompletableFuture<Boolean> completion = new CompletableFuture<>();

	SandboxWarmUp(WasmExecutor executor, @Nullable CPythonWasmExecutor cpython) {
		this.executor = executor;
		this.cpython = cpython;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (this.completion.isDone()) {
			return;
		}
		Thread thread = new Thread(this::warmUp, "sandbox-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	private void warmUp() {
		try {
			// warmUp() reports its own failure; a failed start is retried by the first call
			this.completion.complete(this.executor.warmUp());
		}
		catch (RuntimeException ex) {
			logger.error("Warming up the sandbox engine failed", ex);
			this.completion.complete(false);
		}
		// the CPython tier takes tens of seconds to boot: after MicroPython, never before it
		if (this.cpython != null && this.cpython.isAvailable()) {
			try {
				this.cpython.warmUp();
			}
			catch (RuntimeException ex) {
				logger.warn("Warming up the CPython WebAssembly tier failed", ex);
			}
		}
	}

	/**
	 * Whether the engine started, once the warm-up has run.
	 * @return the outcome
	 */
	CompletableFuture<Boolean> completion() {
		return this.completion;
	}

}
