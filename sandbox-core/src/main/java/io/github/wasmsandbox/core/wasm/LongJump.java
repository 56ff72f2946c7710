package io.github.wasmsandbox.core.wasm;

/**
 * Emscripten's longjmp, carried from {@code _emscripten_throw_longjmp} to the nearest
 * {@code invoke_*} trampoline. MicroPython raises every Python exception this way, so it is one
 * shared, stackless instance: it carries no state and costs no allocation.
 */
final class LongJump extends RuntimeException {

	static final LongJump INSTANCE = new LongJump();

	private LongJump() {
		super("longjmp", null, false, false);
	}

}
