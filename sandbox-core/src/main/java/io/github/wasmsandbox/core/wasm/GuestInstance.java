package io.github.wasmsandbox.core.wasm;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.ValType;
import io.github.wasmsandbox.wasm.MicroPythonModule;
import org.jspecify.annotations.Nullable;

/**
 * One MicroPython interpreter in one WebAssembly instance, with the host side of its 61 imports:
 * upstream's 60 and {@code sandbox.format_float}, which the patched guest calls to format floats
 * exactly as CPython does (wasm/PROVENANCE.md).
 *
 * <p>
 * The host is deliberately small: stdout and stderr are captured, stdin is empty, the only
 * readable files are the compatibility library under {@code /lib}, everything else in the
 * filesystem is denied, and every JavaScript hook ends the call. Every pointer and length the
 * guest hands a host function is checked against its memory first: {@code uctypes} lets Python
 * code write any byte of that memory.
 *
 * <p>
 * Not thread-safe: one call at a time, owned by whoever took it from the pool.
 */
final class GuestInstance {

	static final int PAGE_SIZE = Memory.PAGE_SIZE;

	// emscripten's errno numbering (the WASI one), as the guest's libc expects it
	private static final int EACCES = 2;

	private static final int EBADF = 8;

	private static final int ENOENT = 44;

	private static final int ENOSYS = 52;

	private static final int ENOTDIR = 54;

	private static final int EISDIR = 31;

	private static final int EINVAL = 28;

	private static final int S_IFDIR = 0040000;

	private static final int S_IFREG = 0100000;

	private static final int O_ACCMODE = 3;

	private static final int O_CREAT = 0100;

	private static final int O_TRUNC = 01000;

	private static final int O_DIRECTORY = 0200000;

	private static final int AT_FDCWD = -100;

	private static final int FIRST_FILE_FD = 10;

	private static final int MAX_OPEN_FILES = 64;

	// Facts of this guest binary (wasm/PROVENANCE.md), verified at boot: the stack base and end
	// globals, and where mp_state_ctx keeps the C stack limit that mp_js_init sets to 32 KiB.
	private static final int STACK_END_GLOBAL = 2;

	private static final int STACK_BASE_GLOBAL = 3;

	private static final int MP_STATE_STACK_LIMIT_ADDRESS = 185108 + 4;

	private static final int LINKED_STACK_LIMIT = 32768;

	/**
	 * The patched guest's flag (wasm/PROVENANCE.md, patch 8): set, the outermost call ends with
	 * the garbage collection an allocation asked for; clear (the snapshot's state), it does not,
	 * since every instance is reset to its snapshot after a call anyway.
	 */
	private static final int TOP_LEVEL_GC_ALLOWED_ADDRESS = 186125;

	private static final int C_STACK_MARGIN_BYTES = 32 * 1024;

	/** The most a float's text may take in guest memory (the patched guest's buffer is 1089). */
	private static final long MAX_FLOAT_TEXT_BYTES = 4096;

	/** A busy-wait on the clock this many times in one millisecond parks until the next one. */
	private static final int SPIN_READS_BEFORE_PARK = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Instance instance;

	private final Memory memory;

	private final TableInstance table;

	private final GlobalInstance stackPointer;

	private final ExportFunction setThrew;

	private final ExportFunction malloc;

	private final ExportFunction doExec;

	private final PythonLibrary library;

	private final @Nullable GuestSnapshot snapshot;

	private final int maxPages;

	private final long createdNanos = System.nanoTime();

	private final Map<Integer, OpenFile> openFiles = new HashMap<>();

	private final Call idle = new Call(new OutputCapture(64 * 1024), new OutputCapture(64 * 1024));

	private Call call = this.idle;

	private long lastTicks = -1;

	private int sameTickReads;

	/**
	 * An instance over the given snapshot (copy-on-write memory), or with the module's own fresh
	 * memory when {@code snapshot} is {@code null} (only to boot the interpreter and take it).
	 */
	GuestInstance(WasmModule module, PythonLibrary library, int maxPages, @Nullable GuestSnapshot snapshot) {
		this.snapshot = snapshot;
		this.library = library;
		this.maxPages = maxPages;
		Instance.Builder builder = Instance.builder(module)
			.withMachineFactory(MicroPythonModule::create)
			.withImportValues(ImportValues.builder().withFunctions(new ArrayList<>(hostFunctions())).build())
			.withStart(false);
		if (snapshot != null) {
			builder.withMemoryLimits(new MemoryLimits(snapshot.pageCount(), maxPages))
				.withMemoryFactory((limits) -> new SnapshotMemory(snapshot.pages(), maxPages));
		}
		else {
			// a small initial memory: the guest grows it to what start-up really uses
			builder.withMemoryLimits(new MemoryLimits(4, maxPages));
		}
		this.instance = builder.build();
		this.memory = this.instance.memory();
		this.table = this.instance.table(0);
		this.setThrew = this.instance.export("setThrew");
		this.malloc = this.instance.export("malloc");
		this.doExec = this.instance.export("mp_js_do_exec");
		this.stackPointer = findStackPointer();
	}

	/**
	 * Finds the global that holds emscripten's stack pointer, so the longjmp trampolines can save
	 * and restore it without two export calls per Python call.
	 */
	private GlobalInstance findStackPointer() {
		this.instance.export("emscripten_stack_init").apply();
		long current = this.instance.export("emscripten_stack_get_current").apply()[0];
		for (int i = 0; i < this.instance.globalCount(); i++) {
			GlobalInstance global = this.instance.global(i);
			if (global.getType().equals(ValType.I32) && global.getValue() == current) {
				ExportFunction restore = this.instance.export("_emscripten_stack_restore");
				restore.apply(current - 16);
				boolean moved = global.getValue() == current - 16;
				restore.apply(current);
				if (moved) {
					return global;
				}
			}
		}
		throw new IllegalStateException("The guest's stack pointer global was not found");
	}

	/** The snapshot this instance's memory is a copy-on-write view of. */
	GuestSnapshot snapshot() {
		if (this.snapshot == null) {
			throw new IllegalStateException("A booting instance has no snapshot");
		}
		return this.snapshot;
	}

	Instance instance() {
		return this.instance;
	}

	Memory memory() {
		return this.memory;
	}

	int pages() {
		return this.memory.pages();
	}

	/** Pages of memory this instance holds beyond the shared snapshot. */
	int ownedPages() {
		return (this.memory instanceof SnapshotMemory snapshotMemory) ? snapshotMemory.ownedPages()
				: this.memory.pages();
	}

	/** Runs the guest's constructors and starts the interpreter. */
	void boot(int pystackWords, int heapBytes, int cStackBytes) {
		this.instance.export("__wasm_call_ctors").apply();
		relocateStack(cStackBytes);
		this.instance.export("mp_js_init").apply(pystackWords, heapBytes);
		raiseRecursionLimit(cStackBytes);
		this.instance.export("proxy_c_init").apply();
	}

	/**
	 * Moves emscripten's C stack from its linked 64 KiB region to a larger block of the heap.
	 * MicroPython recurses in C for every Python call, so the linked stack (and the 32 KiB limit
	 * mp_js_init sets on it) stops Python recursion at about 150 frames, where CPython allows 1000.
	 */
	private void relocateStack(int cStackBytes) {
		int base = malloc(cStackBytes + 16);
		int top = (base + cStackBytes) & ~15;
		this.stackPointer.setValue(top);
		// emscripten_stack_get_base/end read these two globals; keep them truthful
		this.instance.global(STACK_BASE_GLOBAL).setValue(top);
		this.instance.global(STACK_END_GLOBAL).setValue((base + 15) & ~15);
		if (this.instance.export("emscripten_stack_get_base").apply()[0] != top) {
			throw new IllegalStateException("The guest's stack globals are not where this host expects them");
		}
	}

	/**
	 * mp_js_init calls mp_stack_set_limit(32768) with a constant; MicroPython keeps the limit in
	 * its state right after stack_top. Checked against that constant before it is raised, so a
	 * different guest binary fails loudly here instead of being patched blindly.
	 */
	private void raiseRecursionLimit(int cStackBytes) {
		int limitAddress = MP_STATE_STACK_LIMIT_ADDRESS;
		if (this.memory.readInt(limitAddress) != LINKED_STACK_LIMIT) {
			throw new IllegalStateException("MicroPython's stack limit is not at the expected address");
		}
		// keep a margin for the C frames between two stack checks
		this.memory.writeI32(limitAddress, cStackBytes - C_STACK_MARGIN_BYTES);
	}

	/**
	 * Allocates guest memory with the guest's own allocator.
	 */
	int malloc(int size) {
		int pointer = (int) this.malloc.apply(size)[0];
		if (pointer == 0) {
			throw new GuestFault(GuestFault.Kind.MEMORY_LIMIT, "The guest could not allocate " + size + " bytes");
		}
		return pointer;
	}

	void write(int address, byte[] data) {
		checkRange(address, data.length);
		this.memory.write(address, data);
	}

	/** Whether a call that returns to the host first collects garbage (patch 8). */
	void collectGarbageOnReturn(boolean collect) {
		this.memory.writeByte(TOP_LEVEL_GC_ALLOWED_ADDRESS, (byte) (collect ? 1 : 0));
	}

	/**
	 * Runs Python source at the top level and returns the raw 3-word result the guest wrote
	 * ({@code kind, a, b}).
	 */
	int[] exec(String source, Call call) {
		this.call = call;
		try {
			byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
			int sourcePointer = malloc(bytes.length + 1);
			write(sourcePointer, bytes);
			this.memory.writeByte(sourcePointer + bytes.length, (byte) 0);
			int out = malloc(12);
			this.doExec.apply(sourcePointer, bytes.length, out);
			checkRange(out, 12);
			return new int[] { this.memory.readInt(out), this.memory.readInt(out + 4), this.memory.readInt(out + 8) };
		}
		finally {
			this.call = this.idle;
			this.openFiles.clear();
			this.lastTicks = -1;
			this.sameTickReads = 0;
		}
	}

	byte[] read(int address, int length) {
		checkRange(address, length);
		return this.memory.readBytes(address, length);
	}

	private void checkRange(long address, long length) {
		long start = address & 0xFFFFFFFFL;
		long size = length & 0xFFFFFFFFL;
		long limit = (long) this.memory.pages() * PAGE_SIZE;
		if (start + size > limit) {
			throw new GuestFault(GuestFault.Kind.BAD_POINTER,
					"The guest passed the host an out-of-bounds range [" + start + ", +" + size + ")");
		}
	}

	// ---- host functions ------------------------------------------------------------------

	private List<HostFunction> hostFunctions() {
		List<HostFunction> functions = new ArrayList<>();
		for (String signature : List.of("ii", "iiii", "v", "viii", "iiiii", "iii", "vi", "vii", "i", "viiii",
				"iiiiii")) {
			functions.add(invoke(signature));
		}
		functions.add(env("_emscripten_throw_longjmp", List.of(), List.of(), (args) -> {
			throw LongJump.INSTANCE;
		}));
		functions.add(env("emscripten_resize_heap", i32s(1), i32s(1), (args) -> i32(resizeHeap(args[0]))));
		functions.add(env("_abort_js", List.of(), List.of(), (args) -> {
			throw new GuestFault(GuestFault.Kind.ABORT, "The guest aborted");
		}));
		functions.add(env("mp_js_random_u32", List.of(), i32s(1), (args) -> i32(RANDOM.nextInt())));
		functions.add(env("mp_js_ticks_ms", List.of(), i32s(1), (args) -> i32(ticks())));
		functions.add(env("mp_js_time_ms", List.of(), List.of(ValType.F64),
				(args) -> new long[] { Double.doubleToRawLongBits((double) System.currentTimeMillis()) }));
		functions.add(wasi("fd_write", i32s(4), i32s(1), (args) -> i32(fdWrite(args))));
		functions.add(wasi("fd_read", i32s(4), i32s(1), (args) -> i32(fdRead(args))));
		functions.add(wasi("fd_close", i32s(1), i32s(1), (args) -> i32(fdClose((int) args[0]))));
		functions.add(wasi("fd_sync", i32s(1), i32s(1), (args) -> i32(0)));
		functions.add(wasi("fd_seek", List.of(ValType.I32, ValType.I64, ValType.I32, ValType.I32), i32s(1),
				(args) -> i32(fdSeek(args))));
		functions.add(env("__syscall_openat", i32s(4), i32s(1), (args) -> i32(openAt(args))));
		functions.add(env("__syscall_stat64", i32s(2), i32s(1), (args) -> i32(stat(AT_FDCWD, args[0], args[1]))));
		functions.add(env("__syscall_lstat64", i32s(2), i32s(1), (args) -> i32(stat(AT_FDCWD, args[0], args[1]))));
		functions.add(env("__syscall_newfstatat", i32s(4), i32s(1), (args) -> i32(stat(args[0], args[1], args[2]))));
		functions.add(env("__syscall_fstat64", i32s(2), i32s(1), (args) -> i32(fstat((int) args[0], args[1]))));
		functions.add(env("__syscall_getcwd", i32s(2), i32s(1), (args) -> i32(getcwd(args[0], args[1]))));
		functions.add(env("__syscall_chdir", i32s(1), i32s(1), (args) -> i32(-EACCES)));
		functions.add(env("__syscall_mkdirat", i32s(3), i32s(1), (args) -> i32(-EACCES)));
		functions.add(env("__syscall_renameat", i32s(4), i32s(1), (args) -> i32(-EACCES)));
		functions.add(env("__syscall_rmdir", i32s(1), i32s(1), (args) -> i32(-EACCES)));
		functions.add(env("__syscall_unlinkat", i32s(3), i32s(1), (args) -> i32(-EACCES)));
		functions.add(env("__syscall_getdents64", i32s(3), i32s(1), (args) -> i32(-EACCES)));
		functions.add(env("__syscall_statfs64", i32s(3), i32s(1), (args) -> i32(-ENOSYS)));
		functions.add(env("__syscall_poll", i32s(3), i32s(1), (args) -> i32(0)));
		functions.add(new HostFunction("sandbox", "format_float",
				FunctionType.of(List.of(ValType.F64, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32),
						i32s(1)),
				(instance, args) -> i32(formatFloat(args))));
		addJavaScriptHooks(functions);
		return functions;
	}

	/**
	 * The hooks MicroPython's {@code js}/{@code jsffi} modules call into JavaScript. There is no
	 * JavaScript here: reaching one ends the call with an error the executor reports.
	 */
	private void addJavaScriptHooks(List<HostFunction> functions) {
		Object[][] hooks = { { "proxy_convert_mp_to_js_then_js_to_mp_obj_jsside", 1, 0 },
				{ "proxy_convert_mp_to_js_then_js_to_js_then_js_to_mp_obj_jsside", 1, 0 },
				{ "js_get_proxy_js_ref_info", 1, 0 }, { "call0_kwarg", 6, 0 }, { "calln_kwarg", 8, 0 },
				{ "call1", 4, 1 }, { "call2", 5, 1 }, { "calln", 5, 1 }, { "call0", 2, 0 }, { "lookup_attr", 3, 1 },
				{ "store_attr", 3, 0 }, { "js_subscr_load", 3, 0 }, { "js_subscr_store", 3, 0 }, { "has_attr", 2, 1 },
				{ "js_get_iter", 2, 0 }, { "proxy_js_free_obj", 1, 0 }, { "js_reflect_construct", 4, 0 },
				{ "js_iter_next", 2, 1 }, { "js_check_existing", 1, 1 }, { "js_get_error_info", 3, 0 },
				{ "js_then_resolve", 2, 0 }, { "create_promise", 2, 0 }, { "js_then_continue", 5, 0 },
				{ "js_then_reject", 2, 0 } };
		for (Object[] hook : hooks) {
			String name = (String) hook[0];
			functions.add(env(name, i32s((int) hook[1]), i32s((int) hook[2]), (args) -> {
				throw new GuestFault(GuestFault.Kind.NO_JAVASCRIPT,
						"JavaScript interop is not available in the sandbox (" + name + ")");
			}));
		}
	}

	private HostFunction invoke(String signature) {
		boolean returns = signature.charAt(0) == 'i';
		int parameters = signature.length() - 1;
		return env("invoke_" + signature, i32s(parameters + 1), returns ? i32s(1) : List.of(), (args) -> {
			long savedStack = this.stackPointer.getValue();
			long[] callArgs = new long[parameters];
			System.arraycopy(args, 1, callArgs, 0, parameters);
			try {
				long[] result = this.instance.getMachine().call(this.table.requiredRef((int) args[0]), callArgs);
				return returns ? new long[] { (result != null && result.length > 0) ? result[0] : 0 } : null;
			}
			catch (LongJump jump) {
				// emscripten's setjmp protocol: unwind the stack, flag the throw, return zero
				this.stackPointer.setValue(savedStack);
				this.setThrew.apply(1, 0);
				return returns ? new long[] { 0 } : null;
			}
		});
	}

	private int resizeHeap(long requested) {
		long requestedBytes = requested & 0xFFFFFFFFL;
		long current = (long) this.memory.pages() * PAGE_SIZE;
		if (requestedBytes <= current) {
			return 1;
		}
		long capBytes = (long) this.maxPages * PAGE_SIZE;
		if (requestedBytes > capBytes) {
			// MicroPython cannot collect garbage while a call runs, so a denied growth would only
			// lead to MemoryError or a long crawl through ever-failing allocations: stop now.
			throw new GuestFault(GuestFault.Kind.MEMORY_LIMIT, "The code needed more than the memory limit of "
					+ capBytes + " bytes (asked for " + requestedBytes + ")");
		}
		// grow by a quarter at least, like emscripten's glue, so many small growths stay cheap
		long target = Math.min(capBytes, Math.max(requestedBytes, current + current / 4));
		int targetPages = (int) ((target + PAGE_SIZE - 1) / PAGE_SIZE);
		return (this.memory.grow(targetPages - this.memory.pages()) >= 0) ? 1 : 0;
	}

	/**
	 * {@code mp_format_float(value, buf, bufSize, fmt, prec, sign)}: writes the text and a NUL,
	 * {@code bufSize} bytes at most, and returns the text's length. The guest passes its own stack
	 * buffer, but the range is still checked: guest memory is writable by guest code.
	 */
	private int formatFloat(long[] args) {
		long buffer = args[1] & 0xFFFFFFFFL;
		// the patched guest passes 1089; a larger claim is cut, so the host never builds a huge string
		long size = Math.min(args[2] & 0xFFFFFFFFL, MAX_FLOAT_TEXT_BYTES);
		if (size == 0) {
			return 0;
		}
		checkRange(buffer, size);
		String text = FloatFormat.fit(Double.longBitsToDouble(args[0]), size, (int) args[3], (int) args[4],
				(int) args[5]);
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
		this.memory.write((int) buffer, bytes);
		this.memory.writeByte((int) buffer + bytes.length, (byte) 0);
		return bytes.length;
	}

	private int ticks() {
		long now = (System.nanoTime() - this.createdNanos) / 1_000_000;
		if (now == this.lastTicks) {
			// time.sleep() busy-waits on this clock; after a few reads within one millisecond,
			// park until the next one so a sleeping guest does not burn a core
			if (++this.sameTickReads >= SPIN_READS_BEFORE_PARK) {
				long nextTickNanos = this.createdNanos + (now + 1) * 1_000_000;
				LockSupport.parkNanos(Math.max(0, nextTickNanos - System.nanoTime()));
				now = (System.nanoTime() - this.createdNanos) / 1_000_000;
				this.sameTickReads = 0;
			}
		}
		else {
			this.sameTickReads = 0;
		}
		this.lastTicks = now;
		return (int) now;
	}

	private int fdWrite(long[] args) {
		int fd = (int) args[0];
		long iovs = args[1];
		int count = (int) args[2];
		long writtenPointer = args[3];
		if (count < 0 || count > 1024) {
			return EINVAL;
		}
		checkRange(iovs, (long) count * 8);
		checkRange(writtenPointer, 4);
		OutputCapture target = (fd == 1) ? this.call.stdout() : (fd == 2) ? this.call.stderr() : null;
		if (target == null) {
			return EBADF;
		}
		long written = 0;
		for (int i = 0; i < count; i++) {
			int pointer = this.memory.readInt((int) iovs + i * 8);
			int length = this.memory.readInt((int) iovs + i * 8 + 4);
			checkRange(pointer, length);
			byte[] chunk = this.memory.readBytes(pointer, length);
			if (!target.append(chunk, 0, chunk.length)) {
				throw new GuestFault(GuestFault.Kind.OUTPUT_LIMIT,
						"The code wrote more than the output limit to " + ((fd == 1) ? "stdout" : "stderr"));
			}
			written += length;
		}
		this.memory.writeI32((int) writtenPointer, (int) written);
		return 0;
	}

	private int fdRead(long[] args) {
		int fd = (int) args[0];
		long iovs = args[1];
		int count = (int) args[2];
		long readPointer = args[3];
		if (count < 0 || count > 1024) {
			return EINVAL;
		}
		checkRange(iovs, (long) count * 8);
		checkRange(readPointer, 4);
		if (fd == 0) {
			this.memory.writeI32((int) readPointer, 0);
			return 0;
		}
		OpenFile file = this.openFiles.get(fd);
		if (file == null || file.content == null) {
			return (file != null) ? EISDIR : EBADF;
		}
		int total = 0;
		for (int i = 0; i < count; i++) {
			int pointer = this.memory.readInt((int) iovs + i * 8);
			int length = this.memory.readInt((int) iovs + i * 8 + 4);
			checkRange(pointer, length);
			int available = file.content.length - file.position;
			int n = Math.min(available, length);
			if (n > 0) {
				this.memory.write(pointer, file.content, file.position, n);
				file.position += n;
				total += n;
			}
			if (n < length) {
				break;
			}
		}
		this.memory.writeI32((int) readPointer, total);
		return 0;
	}

	private int fdSeek(long[] args) {
		OpenFile file = this.openFiles.get((int) args[0]);
		long offset = args[1];
		int whence = (int) args[2];
		long resultPointer = args[3];
		checkRange(resultPointer, 8);
		if (file == null || file.content == null) {
			return EBADF;
		}
		long base = (whence == 0) ? 0 : (whence == 1) ? file.position : (whence == 2) ? file.content.length : -1;
		long target = base + offset;
		if (base < 0 || target < 0 || target > Integer.MAX_VALUE) {
			return EINVAL;
		}
		file.position = (int) Math.min(target, file.content.length);
		this.memory.writeLong((int) resultPointer, target);
		return 0;
	}

	private int fdClose(int fd) {
		return (this.openFiles.remove(fd) != null || fd <= 2) ? 0 : EBADF;
	}

	private int openAt(long[] args) {
		String path = guestPath((int) args[0], args[1]);
		int flags = (int) args[2];
		if (path == null) {
			return -ENOENT;
		}
		if ((flags & O_ACCMODE) != 0 || (flags & (O_CREAT | O_TRUNC)) != 0) {
			return -EACCES;
		}
		byte[] content = this.library.file(path);
		boolean directory = this.library.isDirectory(path);
		if (content == null && !directory) {
			return -ENOENT;
		}
		if (directory == false && (flags & O_DIRECTORY) != 0) {
			return -ENOTDIR;
		}
		if (this.openFiles.size() >= MAX_OPEN_FILES) {
			return -24; // EMFILE
		}
		int fd = FIRST_FILE_FD;
		while (this.openFiles.containsKey(fd)) {
			fd++;
		}
		this.openFiles.put(fd, new OpenFile(content));
		return fd;
	}

	private int stat(long dirFd, long pathPointer, long buffer) {
		String path = guestPath((int) dirFd, pathPointer);
		if (path == null) {
			return -ENOENT;
		}
		byte[] content = this.library.file(path);
		if (content != null) {
			return writeStat(buffer, S_IFREG | 0444, content.length);
		}
		if (this.library.isDirectory(path)) {
			return writeStat(buffer, S_IFDIR | 0555, 0);
		}
		return -ENOENT;
	}

	private int fstat(int fd, long buffer) {
		if (fd >= 0 && fd <= 2) {
			return writeStat(buffer, 0020000 | 0600, 0); // a character device, like a terminal
		}
		OpenFile file = this.openFiles.get(fd);
		if (file == null) {
			return -EBADF;
		}
		return (file.content != null) ? writeStat(buffer, S_IFREG | 0444, file.content.length)
				: writeStat(buffer, S_IFDIR | 0555, 0);
	}

	/** Writes emscripten's 96-byte {@code struct stat}. */
	private int writeStat(long buffer, int mode, long size) {
		checkRange(buffer, 96);
		int base = (int) buffer;
		this.memory.fill((byte) 0, base, base + 96);
		this.memory.writeI32(base + 4, mode);
		this.memory.writeI32(base + 8, 1);
		this.memory.writeLong(base + 24, size);
		this.memory.writeI32(base + 32, 4096);
		this.memory.writeI32(base + 36, (int) ((size + 511) / 512));
		return 0;
	}

	private int getcwd(long buffer, long size) {
		if ((size & 0xFFFFFFFFL) < 2) {
			return -34; // ERANGE
		}
		checkRange(buffer, 2);
		this.memory.writeByte((int) buffer, (byte) '/');
		this.memory.writeByte((int) buffer + 1, (byte) 0);
		return 2;
	}

	/** Reads a NUL-terminated path the guest passed and resolves it, or {@code null}. */
	private @Nullable String guestPath(int dirFd, long pointer) {
		long start = pointer & 0xFFFFFFFFL;
		long limit = (long) this.memory.pages() * PAGE_SIZE;
		int maxLength = 4096;
		StringBuilder raw = null;
		byte[] bytes = new byte[64];
		int length = 0;
		while (true) {
			if (start + length >= limit || length >= maxLength) {
				throw new GuestFault(GuestFault.Kind.BAD_POINTER, "The guest passed the host an unterminated path");
			}
			byte b = this.memory.read((int) (start + length));
			if (b == 0) {
				break;
			}
			if (length == bytes.length) {
				bytes = java.util.Arrays.copyOf(bytes, length * 2);
			}
			bytes[length++] = b;
		}
		String path = new String(bytes, 0, length, StandardCharsets.UTF_8);
		if (!path.startsWith("/")) {
			if (dirFd != AT_FDCWD) {
				return null;
			}
			path = "/" + path;
		}
		return PythonLibrary.normalize(path);
	}

	// ---- helpers -----------------------------------------------------------------------------

	private static List<ValType> i32s(int count) {
		List<ValType> types = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			types.add(ValType.I32);
		}
		return types;
	}

	private static long[] i32(int value) {
		return new long[] { value };
	}

	private static HostFunction env(String name, List<ValType> params, List<ValType> results, Handler handler) {
		return new HostFunction("env", name, FunctionType.of(params, results),
				(instance, args) -> handler.apply(args));
	}

	private static HostFunction wasi(String name, List<ValType> params, List<ValType> results, Handler handler) {
		return new HostFunction("wasi_snapshot_preview1", name, FunctionType.of(params, results),
				(instance, args) -> handler.apply(args));
	}

	@FunctionalInterface
	private interface Handler {

		long @Nullable [] apply(long[] args);

	}

	private static final class OpenFile {

		private final byte @Nullable [] content;

		private int position;

		OpenFile(byte @Nullable [] content) {
			this.content = content;
		}

	}

	/**
	 * What one call captures: its output streams.
	 */
	record Call(OutputCapture stdout, OutputCapture stderr) {

	}

}
