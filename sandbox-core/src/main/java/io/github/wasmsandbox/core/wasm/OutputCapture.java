package io.github.wasmsandbox.core.wasm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A byte buffer that keeps what a guest stream wrote, up to a cap.
 */
final class OutputCapture {

	private final int cap;

	private byte[] bytes = new byte[256];

	private int size;

	private boolean truncated;

	OutputCapture(int cap) {
		this.cap = cap;
	}

	/**
	 * Appends what fits under the cap.
	 * @return {@code false} when the cap was reached and bytes were dropped
	 */
	boolean append(byte[] source, int offset, int length) {
		int room = this.cap - this.size;
		int kept = Math.min(room, length);
		if (kept > 0) {
			ensureCapacity(this.size + kept);
			System.arraycopy(source, offset, this.bytes, this.size, kept);
			this.size += kept;
		}
		if (kept < length) {
			this.truncated = true;
			return false;
		}
		return true;
	}

	void appendText(String text) {
		byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
		append(encoded, 0, encoded.length);
	}

	private void ensureCapacity(int needed) {
		if (needed > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(needed, Math.min(this.cap, this.bytes.length * 2)));
		}
	}

	boolean truncated() {
		return this.truncated;
	}

	int size() {
		return this.size;
	}

	/**
	 * The captured text. A cut in the middle of a UTF-8 sequence is dropped rather than shown as
	 * a replacement character.
	 */
	String text() {
		int end = this.size;
		if (this.truncated) {
			end = completeSequenceEnd(end);
		}
		return new String(this.bytes, 0, end, StandardCharsets.UTF_8);
	}

	private int completeSequenceEnd(int end) {
		int start = end;
		while (start > 0 && start > end - 4 && (this.bytes[start - 1] & 0xC0) == 0x80) {
			start--;
		}
		if (start == 0) {
			return end;
		}
		int lead = this.bytes[start - 1] & 0xFF;
		int expected = (lead >= 0xF0) ? 4 : (lead >= 0xE0) ? 3 : (lead >= 0xC0) ? 2 : 1;
		return (end - (start - 1) < expected) ? start - 1 : end;
	}

}
