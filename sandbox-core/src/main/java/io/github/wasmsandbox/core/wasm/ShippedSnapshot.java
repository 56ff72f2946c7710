package io.github.wasmsandbox.core.wasm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up snapshot made at build time and shipped in the jar: a booted interpreter with the
 * driver, the prelude and the common library modules loaded. Without it every JVM boots
 * MicroPython itself (a few hundred milliseconds while the JIT is cold) and preloads the library
 * in the background (seconds of CPU). The build runs {@link #main} after compiling; the engine
 * uses the resource only when its fingerprint names the same guest, driver and library, and boots
 * as before otherwise.
 */
final class ShippedSnapshot {

	static final String RESOURCE = "io/github/wasmsandbox/core/wasm/guest-snapshot.bin.gz";

	private static final String MAGIC = "wasm-sandbox guest snapshot 1";

	private static final Logger logger = LoggerFactory.getLogger(ShippedSnapshot.class);

	private ShippedSnapshot() {
	}

	/** The shipped snapshot and the fingerprint of what it was made from. */
	record Read(String fingerprint, GuestSnapshot snapshot) {
	}

	/** Reads the shipped snapshot, or returns {@code null} when there is none readable. */
	static @Nullable Read read() {
		InputStream resource = ShippedSnapshot.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (resource == null) {
			return null;
		}
		try (DataInputStream in = new DataInputStream(
				new BufferedInputStream(new GZIPInputStream(resource, 64 * 1024), 64 * 1024))) {
			if (!MAGIC.equals(in.readUTF())) {
				logger.warn("Ignoring {}: not a snapshot this version reads", RESOURCE);
				return null;
			}
			String madeFor = in.readUTF();
			return new Read(madeFor, GuestSnapshot.readFrom(in));
		}
		catch (IOException ex) {
			logger.warn("Ignoring the shipped snapshot {}: {}", RESOURCE, ex.toString());
			return null;
		}
	}

	static void write(Path file, String fingerprint, GuestSnapshot snapshot) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream raw = Files.newOutputStream(file);
				DataOutputStream out = new DataOutputStream(
						new BufferedOutputStream(new GZIPOutputStream(raw, 64 * 1024), 64 * 1024))) {
			out.writeUTF(MAGIC);
			out.writeUTF(fingerprint);
			snapshot.writeTo(out);
		}
	}

	/**
	 * Boots the interpreter with the shipped library, preloads it and writes the snapshot to the
	 * file given as the only argument. Run by the build after compilation.
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: ShippedSnapshot OUTPUT_FILE");
		}
		long start = System.nanoTime();
		MicroPythonEngine engine = MicroPythonEngine.start(256L * 1024 * 1024, PythonLibrary::shared, false);
		engine.preload();
		if (!engine.isPreloaded()) {
			throw new IllegalStateException("Preloading the library failed");
		}
		Path file = Path.of(args[0]);
		write(file, engine.fingerprint(), engine.snapshot());
		System.out.printf("Guest snapshot: %d pages, %d KiB in %s, made in %d ms%n", engine.snapshot().pageCount(),
				Files.size(file) / 1024, file, (System.nanoTime() - start) / 1_000_000);
	}

}
