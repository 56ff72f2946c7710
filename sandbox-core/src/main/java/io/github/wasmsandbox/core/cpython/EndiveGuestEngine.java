package io.github.wasmsandbox.core.cpython;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.roastedroot.zerofs.Configuration;
import io.roastedroot.zerofs.ZeroFs;
import io.trino.wasm.python.Python;
import org.jspecify.annotations.Nullable;
import run.endive.runtime.ExportFunction;
import run.endive.runtime.HostFunction;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Memory;
import run.endive.runtime.WasmFunctionHandle;
import run.endive.runtime.WasmInterruptedException;
import run.endive.wasi.WasiExitException;
import run.endive.wasi.WasiOptions;
import run.endive.wasi.WasiPreview1;
import run.endive.wasm.WasmEngineException;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.ValType;

/**
 * The Endive glue of the CPython tier: Trino's CPython 3.13 for WASI ({@code trino-wasm-python},
 * Wizer-pre-initialised and compiled to JVM bytecode), our guest module, and a start-up snapshot
 * every call is restored from. Loaded reflectively (see {@link CPythonWasmExecutor}); nothing
 * outside this class names an Endive or Trino type.
 *
 * <p>
 * Isolation: the only directory the guest ever sees is {@code /guest}, an in-memory file system
 * holding {@code guest.py}, and only while the snapshot is taken. Each call then gets a WASI host
 * of its own with no directory, no environment, no arguments, empty stdin and stdout/stderr
 * wired to that call's capped buffers; the standard library lives inside the module (wasi-vfs)
 * and never reaches the host. The snapshot restores all of linear memory and every global, so
 * nothing one call leaves in the interpreter is seen by the next.
 */
final class EndiveGuestEngine implements GuestEngine {

	// Trino type tags (pyhost.h): little-endian i32
	private static final int TYPE_ROW = 0;

	private static final int TYPE_VARCHAR = 11;

	private static final String GUEST_FUNCTION = "run";

	private static final int PAGE = Memory.PAGE_SIZE;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WasmModule module;

	private final byte[] snapshot;

	private final int snapshotPages;

	private final long[] globalsLow;

	private final long[] globalsHigh;

	private EndiveGuestEngine(WasmModule module, byte[] snapshot, int snapshotPages, long[] globalsLow,
			long[] globalsHigh) {
		this.module = module;
		this.snapshot = snapshot;
		this.snapshotPages = snapshotPages;
		this.globalsLow = globalsLow;
		this.globalsHigh = globalsHigh;
	}

	/**
	 * Loads the module, boots the guest module from an in-memory {@code /guest} and takes the
	 * snapshot. Called reflectively by {@link CPythonWasmExecutor}.
	 * @return the engine
	 * @throws IllegalStateException when the guest does not start
	 */
	static EndiveGuestEngine start() {
		WasmModule module = Python.load();
		byte[] guest = guestSource();
		CappedOutput bootOut = new CappedOutput(64 * 1024, "stdout");
		CappedOutput bootErr = new CappedOutput(64 * 1024, "stderr");
		// Endive's WASI reads "unix" file attributes (inode, mode), which ZeroFs serves only on request
		try (FileSystem fs = ZeroFs.newFileSystem(Configuration.unix().toBuilder().setAttributeViews("unix").build())) {
			Path directory = fs.getPath("/guest");
			java.nio.file.Files.createDirectories(directory);
			java.nio.file.Files.write(directory.resolve("guest.py"), guest);
			WasiSwitch wasi = new WasiSwitch();
			wasi.use(WasiPreview1.builder()
				.withOptions(baseOptions(bootOut, bootErr).withDirectory("/guest", directory).build())
				.build());
			HostError hostError = new HostError();
			run.endive.runtime.Instance instance = instantiate(module, wasi, hostError, MemoryLimits.MAX_PAGES);
			ExportFunction allocate = instance.export("allocate");
			Memory memory = instance.memory();
			byte[] name = (GUEST_FUNCTION + "\0").getBytes(StandardCharsets.US_ASCII);
			int namePtr = (int) allocate.apply(name.length)[0];
			memory.write(namePtr, name);
			// argument type ROW(VARCHAR code, VARCHAR inputs), return type VARCHAR; the host keeps
			// the pointers, so these stay allocated (and in the snapshot)
			int types = (int) allocate.apply(20)[0];
			memory.writeI32(types, TYPE_ROW);
			memory.writeI32(types + 4, 2);
			memory.writeI32(types + 8, TYPE_VARCHAR);
			memory.writeI32(types + 12, TYPE_VARCHAR);
			memory.writeI32(types + 16, TYPE_VARCHAR);
			try {
				instance.export("setup").apply(namePtr, types, types + 16);
			}
			catch (WasiExitException ex) {
				throw new IllegalStateException("The CPython guest module failed to load (exit " + ex.exitCode()
						+ "): " + bootErr.text() + bootOut.text(), ex);
			}
			int pages = memory.pages();
			byte[] snapshot = memory.readBytes(0, pages * PAGE);
			int globals = instance.globalCount();
			long[] low = new long[globals];
			long[] high = new long[globals];
			for (int i = 0; i < globals; i++) {
				low[i] = instance.global(i).getValueLow();
				high[i] = instance.global(i).getValueHigh();
			}
			wasi.close();
			return new EndiveGuestEngine(module, snapshot, pages, low, high);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the guest's in-memory /guest directory", ex);
		}
	}

	private static byte[] guestSource() {
		try (InputStream in = EndiveGuestEngine.class.getResourceAsStream("guest.py")) {
			if (in == null) {
				throw new IllegalStateException("guest.py is missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read guest.py", ex);
		}
	}

	private static WasiOptions.Builder baseOptions(OutputStream stdout, OutputStream stderr) {
		// explicit on purpose: no host environment, no arguments, no directories, empty stdin, a
		// secure random source (random.seed, uuid4, secrets) and the system clock
		return WasiOptions.builder()
			.withStdout(stdout, false)
			.withStderr(stderr, false)
			.withStdin(InputStream.nullInputStream(), false)
			.withArguments(List.of())
			.withRandom(RANDOM)
			.withClock(Clock.systemUTC())
			.withThrowOnExit0(true);
	}

	private static run.endive.runtime.Instance instantiate(WasmModule module, WasiSwitch wasi, HostError hostError,
			int maxPages) {
		List<HostFunction> functions = new ArrayList<>(wasi.functions());
		functions.add(new HostFunction("trino", "return_error",
				FunctionType.of(List.of(ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32), List.of()),
				(instance, args) -> {
					Memory memory = instance.memory();
					hostError.set((int) args[0], memory.readString((int) args[1], (int) args[2]),
							memory.readString((int) args[3], (int) args[4]));
					return null;
				}));
		int initial = module.memorySection().orElseThrow().getMemory(0).limits().initialPages();
		return run.endive.runtime.Instance.builder(module)
			.withImportValues(ImportValues.builder().addFunction(functions.toArray(new HostFunction[0])).build())
			.withMachineFactory(Python::create)
			.withMemoryLimits(new MemoryLimits(initial, Math.max(initial, maxPages)))
			.withStart(false)
			.build();
	}

	@Override
	public long snapshotBytes() {
		return this.snapshot.length;
	}

	@Override
	public GuestEngine.Instance newInstance(long memoryLimitBytes) {
		int maxPages = (int) Math.min(MemoryLimits.MAX_PAGES, memoryLimitBytes / PAGE);
		if (maxPages < this.snapshotPages) {
			throw new IllegalStateException("The memory limit of " + memoryLimitBytes
					+ " bytes is below what CPython needs to start (" + this.snapshot.length + " bytes)");
		}
		WasiSwitch wasi = new WasiSwitch();
		HostError hostError = new HostError();
		return new EndiveInstance(instantiate(this.module, wasi, hostError, maxPages), wasi, hostError, maxPages);
	}

	private final class EndiveInstance implements GuestEngine.Instance {

		private final run.endive.runtime.Instance instance;

		private final WasiSwitch wasi;

		private final HostError hostError;

		private final int maxPages;

		private final ExportFunction allocate;

		private final ExportFunction execute;

		private long lastRestoreNanos;

		EndiveInstance(run.endive.runtime.Instance instance, WasiSwitch wasi, HostError hostError, int maxPages) {
			this.instance = instance;
			this.wasi = wasi;
			this.hostError = hostError;
			this.maxPages = maxPages;
			this.allocate = instance.export("allocate");
			this.execute = instance.export("execute");
		}

		@Override
		public GuestOutcome run(byte[] code, byte[] inputsJson, OutputStream stdout, OutputStream stderr) {
			long begin = System.nanoTime();
			restore();
			this.lastRestoreNanos = System.nanoTime() - begin;
			this.hostError.clear();
			this.wasi.use(WasiPreview1.builder().withOptions(baseOptions(stdout, stderr).build()).build());
			Memory memory = this.instance.memory();
			try {
				// ROW data: present flag, then per field: present flag, i32 length, UTF-8 bytes
				int length = 1 + (1 + 4 + code.length) + (1 + 4 + inputsJson.length);
				int data = (int) this.allocate.apply(length)[0];
				int at = data;
				memory.writeByte(at++, (byte) 1);
				at = writeVarchar(memory, at, code);
				writeVarchar(memory, at, inputsJson);
				int result = (int) this.execute.apply(data)[0];
				if (result == 0) {
					HostError error = this.hostError;
					return new GuestOutcome(GuestOutcome.Kind.HOST_ERROR,
							Objects.requireNonNullElse(error.message, "the guest returned no result"),
							Objects.requireNonNullElse(error.traceback, ""), error.code);
				}
				// result: i32 payload length, then the VARCHAR value: present flag, i32 length, bytes
				int size = memory.readInt(result + 5);
				return GuestOutcome.fromGuest(memory.readString(result + 9, size, StandardCharsets.UTF_8));
			}
			catch (WasiExitException ex) {
				return new GuestOutcome(GuestOutcome.Kind.EXIT, null, null, ex.exitCode());
			}
			catch (WasmInterruptedException ex) {
				throw new GuestStop(GuestStop.Kind.INTERRUPTED, "interrupted", ex);
			}
			catch (WasmEngineException ex) {
				// traps: the guest aborted (unreachable), or accessed memory out of bounds. The C
				// stack sits below the heap and grows down, so running off it shows as a negative
				// address; a failed memory.grow makes malloc return NULL and where CPython cannot
				// raise MemoryError it aborts, so a trap near the cap is running out of memory
				String message = String.valueOf(ex.getMessage());
				GuestStop.Kind kind = GuestStop.Kind.TRAP;
				if (message.contains("attempted to access address: -")) {
					kind = GuestStop.Kind.STACK_EXHAUSTED;
				}
				else if ((long) (this.maxPages - memory.pages()) * PAGE < 4L * 1024 * 1024) {
					kind = GuestStop.Kind.MEMORY_EXHAUSTED;
				}
				throw new GuestStop(kind, message, ex);
			}
			finally {
				this.wasi.close();
			}
		}

		private void restore() {
			Memory memory = this.instance.memory();
			int pages = memory.pages();
			if (pages < EndiveGuestEngine.this.snapshotPages) {
				memory.grow(EndiveGuestEngine.this.snapshotPages - pages);
			}
			memory.write(0, EndiveGuestEngine.this.snapshot, 0, EndiveGuestEngine.this.snapshot.length);
			long[] low = EndiveGuestEngine.this.globalsLow;
			long[] high = EndiveGuestEngine.this.globalsHigh;
			for (int i = 0; i < low.length; i++) {
				this.instance.global(i).setValueLow(low[i]);
				this.instance.global(i).setValueHigh(high[i]);
			}
		}

		@Override
		public long lastRestoreNanos() {
			return this.lastRestoreNanos;
		}

		@Override
		public boolean isReusable() {
			return this.instance.memory().pages() <= EndiveGuestEngine.this.snapshotPages;
		}

	}

	private static int writeVarchar(Memory memory, int at, byte[] value) {
		memory.writeByte(at, (byte) 1);
		memory.writeI32(at + 1, value.length);
		memory.write(at + 5, value);
		return at + 5 + value.length;
	}

	/** What {@code trino.return_error} reported during the current call. */
	private static final class HostError {

		private int code;

		private @Nullable String message;

		private @Nullable String traceback;

		void set(int code, String message, String traceback) {
			this.code = code;
			this.message = message;
			this.traceback = traceback;
		}

		void clear() {
			this.code = 0;
			this.message = null;
			this.traceback = null;
		}

	}

	/**
	 * The WASI imports of one instance, bound to a WASI host that is replaced for every call, so
	 * that no descriptor, stream or directory of one call survives into the next.
	 */
	private static final class WasiSwitch {

		private static final List<HostFunction> TEMPLATE = List
			.of(WasiPreview1.builder().withOptions(WasiOptions.builder().build()).build().toHostFunctions());

		private final Map<String, Integer> slots = new HashMap<>();

		private final WasmFunctionHandle[] current = new WasmFunctionHandle[TEMPLATE.size()];

		private @Nullable WasiPreview1 host;

		WasiSwitch() {
			for (int i = 0; i < TEMPLATE.size(); i++) {
				this.slots.put(TEMPLATE.get(i).name(), i);
			}
		}

		List<HostFunction> functions() {
			List<HostFunction> functions = new ArrayList<>(TEMPLATE.size());
			for (int i = 0; i < TEMPLATE.size(); i++) {
				HostFunction template = TEMPLATE.get(i);
				int slot = i;
				functions.add(new HostFunction(template.module(), template.name(), template.functionType(),
						(instance, args) -> this.current[slot].apply(instance, args)));
			}
			return functions;
		}

		void use(WasiPreview1 host) {
			for (HostFunction function : host.toHostFunctions()) {
				this.current[this.slots.get(function.name())] = function.handle();
			}
			this.host = host;
		}

		void close() {
			WasiPreview1 host = this.host;
			if (host != null) {
				host.close();
			}
			this.host = null;
		}

	}

}
