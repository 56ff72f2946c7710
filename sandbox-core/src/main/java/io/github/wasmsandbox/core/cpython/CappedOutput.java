package io.github.wasmsandbox.core.cpython;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One guest stream of one call: keeps what was written up to a cap and, when the cap is passed,
 * keeps what fits and throws {@link Exceeded}, which unwinds the guest at once (it is thrown
 * from the host's {@code fd_write}, where guest code cannot catch it).
 */
final class CappedOutput extends OutputStream {

	private final int cap;

	private final String stream;

	private byte[] bytes = new byte[256];

	private int size;

	private boolean truncated;

	CappedOutput(int cap, String stream) {
		this.cap = cap;
		this.stream = stream;
	}

	@Override
	public void write(int b) {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] source, int offset, int length) {
		int kept = Math.min(this.cap - this.size, length);
		if (kept > 0) {
			if (this.size + kept > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes,
						Math.max(this.size + kept, Math.min(this.cap, this.bytes.length * 2)));
			}
			System.arraycopy(source, offset, this.bytes, this.size, kept);
			this.size += kept;
		}
		if (kept < length) {
			this.truncated = true;
			throw new Exceeded(this.stream + " passed its cap of " + this.cap + " bytes");
		}
	}

	void appendText(String text) {
		byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
		int kept = Math.min(this.cap - this.size, encoded.length);
		if (kept < encoded.length) {
			this.truncated = true;
		}
		if (kept > 0) {
			write(encoded, 0, kept);
		}
	}

	boolean truncated() {
		return this.truncated;
	}

	/** The text; a cut inside a UTF-8 sequence is dropped rather than shown as U+FFFD. */
	String text() {
		int end = this.size;
		if (this.truncated) {
			int start = end;
			while (start > 0 && start > end - 4 && (this.bytes[start - 1] & 0xC0) == 0x80) {
				start--;
			}
			if (start > 0) {
				int lead = this.bytes[start - 1] & 0xFF;
				int expected = (lead >= 0xF0) ? 4 : (lead >= 0xE0) ? 3 : (lead >= 0xC0) ? 2 : 1;
				if (end - (start - 1) < expected) {
					end = start - 1;
				}
			}
		}
		return new String(this.bytes, 0, end, StandardCharsets.UTF_8);
	}

	/** Thrown when a stream passes its cap. */
	static final class Exceeded extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Exceeded(String message) {
			super(message, null, false, false);
		}

	}

}
