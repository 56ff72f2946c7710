package io.github.wasmsandbox.core.wasm;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * What the driver reported for one call: no value, a value (JSON or repr), or an exception.
 */
record GuestRun(Kind kind, @Nullable String text, @Nullable String errorType) {

	enum Kind {

		NO_VALUE, JSON_VALUE, REPR_VALUE, ERROR

	}

	static GuestInstance.Call newCall(int maxStdout, int maxStderr) {
		return new GuestInstance.Call(new OutputCapture(maxStdout), new OutputCapture(maxStderr));
	}

	static GuestRun error(String type, String traceback) {
		return new GuestRun(Kind.ERROR, traceback, type);
	}

	static GuestRun of(int kind, byte[] data) {
		String text = new String(data, StandardCharsets.UTF_8);
		switch (kind) {
			case 1:
				return new GuestRun(Kind.NO_VALUE, null, null);
			case 2:
				return new GuestRun(Kind.JSON_VALUE, text, null);
			case 4:
				return new GuestRun(Kind.REPR_VALUE, text, null);
			case 3:
				int separator = text.indexOf('\0');
				return (separator > 0) ? error(text.substring(0, separator), text.substring(separator + 1))
						: error("Exception", text);
			default:
				// only code that rewrote the driver's memory through uctypes gets here
				return error("SystemError", "The sandbox driver's result was overwritten (kind " + kind + ")\n");
		}
	}

}
