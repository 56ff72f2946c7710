package io.github.wasmsandbox.core.subprocess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads one of the interpreter's output pipes up to a cap. Past the cap it stops reading, marks
 * itself truncated and calls back so that the run can be stopped, as the WASM engine stops a
 * guest that writes too much.
 */
final class BoundedCapture implements Runnable {

	private final InputStream in;

	private final int cap;

	private final Runnable onOverflow;

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

	private final CountDownLatch done = new CountDownLatch(1);

	private boolean truncated;

	BoundedCapture(InputStream in, int cap, Runnable onOverflow) {
		this.in = in;
		this.cap = cap;
		this.onOverflow = onOverflow;
	}

	@Override
	public void run() {
		byte[] chunk = new byte[8192];
		try (InputStream stream = this.in) {
			int read;
			while ((read = stream.read(chunk)) != -1) {
				if (!append(chunk, read)) {
					this.onOverflow.run();
					return;
				}
			}
		}
		catch (IOException ex) {
			// the pipe closed under us because the process was killed: keep what was read
		}
		finally {
			this.done.countDown();
		}
	}

	private synchronized boolean append(byte[] chunk, int length) {
		int room = this.cap - this.buffer.size();
		if (length > room) {
			this.buffer.write(chunk, 0, room);
			this.truncated = true;
			return false;
		}
		this.buffer.write(chunk, 0, length);
		return true;
	}

	boolean await(long timeoutMillis) throws InterruptedException {
		return this.done.await(timeoutMillis, TimeUnit.MILLISECONDS);
	}

	synchronized boolean truncated() {
		return this.truncated;
	}

	/**
	 * The captured bytes as text; a character the cap cut in half is dropped.
	 * @return the text
	 */
	synchronized String text() {
		byte[] bytes = this.buffer.toByteArray();
		return new String(bytes, 0, this.truncated ? completeLength(bytes) : bytes.length, StandardCharsets.UTF_8);
	}

	static int completeLength(byte[] bytes) {
		int end = bytes.length;
		// walk back over at most three continuation bytes to the lead byte of the last character
		for (int i = end - 1; i >= 0 && i >= end - 4; i--) {
			int b = bytes[i] & 0xFF;
			if ((b & 0xC0) == 0x80) {
				continue;
			}
			int needed = (b < 0x80) ? 1 : (b >= 0xF0) ? 4 : (b >= 0xE0) ? 3 : (b >= 0xC0) ? 2 : 1;
			return (end - i >= needed) ? end : i;
		}
		return end;
	}

}
