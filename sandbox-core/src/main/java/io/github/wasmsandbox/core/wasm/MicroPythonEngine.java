package io.github.wasmsandbox.core.wasm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.dylibso.chicory.wasm.WasmModule;
import io.github.wasmsandbox.core.RequestValidator.Validated;
import io.github.wasmsandbox.wasm.MicroPythonModule;
import org.jspecify.annotations.Nullable;

/**
 * Boots MicroPython once, keeps the snapshot of the freshly started interpreter, and runs calls
 * in instances restored from it. Thread-safe: instances are not, and are owned by one call.
 */
final class MicroPythonEngine {

	/** Words of Python stack: frames of Python calls live there (about 25 words each). */
	static final int PYSTACK_WORDS = 64 * 1024;

	/** The C stack MicroPython recurses on: about 1,500 Python frames deep (CPython: 1,000). */
	static final int C_STACK_BYTES = 384 * 1024;

	/** The first GC heap area; the heap grows by itself in further areas as a call needs. */
	static final int HEAP_BYTES = 1024 * 1024;

	private static final String DRIVER = readDriver();

	/**
	 * Modules of the compatibility library imported before the snapshot is taken, so a call that
	 * imports them finds them ready. They cost a call nothing unless it touches them: snapshot
	 * pages are shared and copied only when written. Fresh state holds, since every call starts
	 * from the snapshot again.
	 */
	static final String PRELOAD = """

			for _sandbox_module in ('json', 're', 'collections', 'typing', 'dataclasses', 'datetime', 'math',
			                        'itertools', 'functools', 'string', 'textwrap', 'copy', 'operator', 'enum',
			                        '_sandbox_format', '_sandbox_match', '_sandbox_methods'):
			    try:
			        __import__(_sandbox_module)
			    except Exception:
			        pass
			del _sandbox_module
			""";

	private final WasmModule module;

	private final PythonLibrary library;

	private final int maxPages;

	private volatile GuestSnapshot snapshot;

	private volatile boolean preloaded;

	private final java.util.concurrent.CountDownLatch preloadDone = new java.util.concurrent.CountDownLatch(1);

	private MicroPythonEngine(WasmModule module, PythonLibrary library, int maxPages,
			ShippedSnapshot.@Nullable Read shipped) {
		this.module = module;
		this.library = library;
		this.maxPages = maxPages;
		if (shipped != null && shipped.fingerprint().equals(fingerprint()) && shipped.snapshot().pageCount() <= maxPages) {
			// made at build time from this very guest, driver and library, preloaded: no boot at all
			this.snapshot = shipped.snapshot();
			this.preloaded = true;
			this.preloadDone.countDown();
		}
		else {
			this.snapshot = bootSnapshot("");
		}
	}

	/**
	 * Identifies everything a start-up snapshot depends on: the guest binary (its data segments,
	 * which change with any rebuild of it), the driver, the preloading code, the start-up sizes
	 * and the library. A snapshot is used only by an engine with the same fingerprint.
	 */
	static String fingerprint(WasmModule module, PythonLibrary library) {
		java.util.zip.CRC32C checksum = new java.util.zip.CRC32C();
		for (var segment : module.dataSection().dataSegments()) {
			checksum.update(segment.data());
		}
		long guest = checksum.getValue();
		checksum.reset();
		byte[] code = (DRIVER + PRELOAD + PYSTACK_WORDS + "/" + HEAP_BYTES + "/" + C_STACK_BYTES)
			.getBytes(StandardCharsets.UTF_8);
		checksum.update(code);
		long driver = checksum.getValue();
		return Long.toHexString(guest) + "-" + Long.toHexString(driver) + "-" + library.checksum() + "-"
				+ module.functionSection().functionCount();
	}

	/**
	 * Boots an interpreter from scratch (fresh memory, start-up code, driver, then the given
	 * preloading code), collects its garbage and snapshots it.
	 */
	private GuestSnapshot bootSnapshot(String preload) {
		GuestInstance guest = new GuestInstance(this.module, this.library, this.maxPages, null);
		guest.boot(PYSTACK_WORDS, HEAP_BYTES, C_STACK_BYTES);
		GuestInstance.Call boot = GuestRun.newCall(64 * 1024, 64 * 1024);
		// the snapshot is made collected; the calls that start from it skip that work
		guest.collectGarbageOnReturn(true);
		int[] result = guest.exec(DRIVER + preload + "\nimport gc\ngc.collect()\ndel gc\n", boot);
		guest.collectGarbageOnReturn(false);
		if (result[0] != 1) {
			throw new IllegalStateException("The sandbox driver failed to start: kind " + result[0] + ", stderr "
					+ boot.stderr().text());
		}
		return GuestSnapshot.of(guest);
	}

	/**
	 * Builds the snapshot with the common compatibility modules imported and makes it the one new
	 * instances start from. Compiling those modules takes a second or more, so it is done after
	 * the engine already serves calls (from the bare snapshot), not before.
	 */
	void preload() {
		try {
			if (!this.preloaded) {
				this.snapshot = bootSnapshot(PRELOAD);
				this.preloaded = true;
			}
		}
		finally {
			this.preloadDone.countDown();
		}
	}

	/** Waits for {@link #preload()} to end, successfully or not. */
	boolean awaitPreload(java.time.Duration timeout) throws InterruptedException {
		return this.preloadDone.await(timeout.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS) && this.preloaded;
	}

	boolean isPreloaded() {
		return this.preloaded;
	}

	/** Starts an engine with the shipped library, using the shipped snapshot when it fits. */
	static MicroPythonEngine start(long memoryLimitBytes) {
		return start(memoryLimitBytes, PythonLibrary::shared, true);
	}

	static MicroPythonEngine start(long memoryLimitBytes, PythonLibrary library) {
		return start(memoryLimitBytes, () -> library, true);
	}

	/**
	 * Starts an engine; {@code useShipped} false always boots the interpreter (to make the
	 * snapshot). Reading the library and the shipped snapshot overlaps loading the compiled
	 * module: together they are most of the time to a first result.
	 */
	static MicroPythonEngine start(long memoryLimitBytes, Supplier<PythonLibrary> library, boolean useShipped) {
		int maxPages = (int) Math.min(memoryLimitBytes / GuestInstance.PAGE_SIZE, 32767);
		CompletableFuture<PythonLibrary> libraryRead = CompletableFuture.supplyAsync(() -> {
			PythonLibrary read = library.get();
			read.checksum();
			return read;
		}, MicroPythonEngine::startDaemon);
		CompletableFuture<ShippedSnapshot.@Nullable Read> snapshotRead = useShipped
				? CompletableFuture.supplyAsync(ShippedSnapshot::read, MicroPythonEngine::startDaemon)
				: CompletableFuture.completedFuture(null);
		WasmModule module = MicroPythonModule.load();
		return new MicroPythonEngine(module, libraryRead.join(), maxPages, snapshotRead.join());
	}

	private static void startDaemon(Runnable task) {
		Thread thread = new Thread(task, "sandbox-engine-start");
		thread.setDaemon(true);
		thread.start();
	}

	String fingerprint() {
		return fingerprint(this.module, this.library);
	}

	GuestInstance newInstance() {
		GuestSnapshot current = this.snapshot;
		GuestInstance guest = new GuestInstance(this.module, this.library, this.maxPages, current);
		current.restoreInto(guest);
		return guest;
	}

	GuestSnapshot snapshot() {
		return this.snapshot;
	}

	/**
	 * Runs one request in the given instance, first restoring it to the start-up state.
	 */
	GuestRun run(GuestInstance guest, Validated request, int split, GuestInstance.Call call) {
		guest.snapshot().restoreInto(guest);
		int slot = guest.malloc(12);
		int code = guest.malloc(Math.max(1, request.code().length));
		guest.write(code, request.code());
		int inputs = 0;
		if (request.inputsJson().length > 0) {
			inputs = guest.malloc(request.inputsJson().length);
			guest.write(inputs, request.inputsJson());
		}
		String command = "_sandbox_run(" + slot + "," + code + "," + request.code().length + "," + inputs + ","
				+ request.inputsJson().length + "," + split + ")";
		int[] raw = guest.exec(command, call);
		if (raw[0] == -1) {
			// the exception escaped the driver itself (e.g. no memory left to report it)
			String report = new String(guest.read(raw[2], raw[1]), StandardCharsets.UTF_8);
			int separator = report.indexOf('\u0004');
			return GuestRun.error((separator > 0) ? report.substring(0, separator) : "Exception",
					(separator > 0) ? report.substring(separator + 1) : report);
		}
		if (raw[0] != 1) {
			throw new IllegalStateException("The sandbox driver returned an unexpected result kind " + raw[0]);
		}
		byte[] words = guest.read(slot, 12);
		int kind = readInt(words, 0);
		int pointer = readInt(words, 4);
		int length = readInt(words, 8);
		byte[] data = (length == 0) ? new byte[0] : guest.read(pointer, length);
		return GuestRun.of(kind, data);
	}

	private static int readInt(byte[] bytes, int offset) {
		return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8 | (bytes[offset + 2] & 0xFF) << 16
				| (bytes[offset + 3] & 0xFF) << 24;
	}

	private static String readDriver() {
		try (InputStream in = MicroPythonEngine.class.getResourceAsStream("driver.py")) {
			if (in == null) {
				throw new IllegalStateException("driver.py is missing from the sandbox-core jar");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
