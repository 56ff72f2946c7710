package io.github.wasmsandbox.core.wasm;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.sun.management.HotSpotDiagnosticMXBean;
import io.github.wasmsandbox.core.CodeExecutor;
import io.github.wasmsandbox.core.ExecutionError;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.GuestCall;
import io.github.wasmsandbox.core.RequestValidator;
import io.github.wasmsandbox.core.SandboxLimits;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs Python in MicroPython 1.27 compiled to WebAssembly, in-process, on Chicory: no host
 * filesystem, network, environment or Java objects reach the guest.
 *
 * <p>
 * Every call gets a fresh interpreter: an instance restored from a snapshot of the interpreter
 * just after start-up, so nothing a call defines, imports or allocates is seen by the next. Calls
 * run on the executor's own threads (deep stacks, so the guest's recursion limit trips before the
 * JVM's) and stop at their deadline by interruption; an interrupted instance is discarded.
 *
 * <p>
 * Thread-safe. Close it to stop its threads.
 *
 * @since 0.1.0
 */
public final class WasmExecutor implements CodeExecutor, AutoCloseable {

	/** The executor id in results and metrics. */
	public static final String EXECUTOR_ID = "wasm";

	/** The guest's MicroPython version. */
	public static final String MICROPYTHON_VERSION = "1.27.0";

	/** The runtime that executes the guest. */
	public static final String RUNTIME = "Chicory 1.7.5 (build-time compiled)";

	private static final Logger logger = LoggerFactory.getLogger(WasmExecutor.class);

	/** Built on first use: Jackson's start-up is most of a fresh JVM's first call without it. */
	private static final class Json {

		static final JsonMapper MAPPER = JsonMapper.builder().build();

	}

	/** Stack for guest threads: deep enough that MicroPython's own stack check trips first. */
	private static final long GUEST_THREAD_STACK_BYTES = 256L * 1024 * 1024;

	/** How long a timed-out call may take to unwind after its interruption. */
	private static final Duration STOP_GRACE = Duration.ofSeconds(2);

	private final SandboxLimits limits;

	private final RequestValidator validator;

	private final Supplier<MicroPythonEngine> engineFactory;

	private final Semaphore permits;

	private final BlockingQueue<GuestInstance> pool;

	private final ExecutorService threads;

	private volatile @Nullable MicroPythonEngine engine;

	private final Object engineLock = new Object();

	private WasmExecutor(Builder builder) {
		this.limits = builder.limits;
		this.validator = new RequestValidator(this.limits);
		this.engineFactory = (builder.engineFactory != null) ? builder.engineFactory
				: () -> MicroPythonEngine.start(this.limits.memoryLimitBytes());
		this.permits = new Semaphore(this.limits.maxConcurrency(), true);
		this.pool = new ArrayBlockingQueue<>(this.limits.maxConcurrency());
		this.threads = new ThreadPoolExecutor(this.limits.maxConcurrency(), this.limits.maxConcurrency(), 60,
				TimeUnit.SECONDS, new LinkedBlockingQueue<>(), GuestCall.threadFactory("wasm-sandbox", GUEST_THREAD_STACK_BYTES));
		((ThreadPoolExecutor) this.threads).allowCoreThreadTimeOut(true);
		// asking HotSpot for the flag loads the management classes (about 150 ms in a fresh JVM):
		// only the warning needs the answer, so it must not hold up the first result
		Thread flagCheck = new Thread(WasmExecutor::warnWithoutHugeMethodCompilation, "wasm-sandbox-jit-check");
		flagCheck.setDaemon(true);
		flagCheck.start();
	}

	private static void warnWithoutHugeMethodCompilation() {
		if (!isHugeMethodCompilationEnabled()) {
			logger.warn("The JVM runs without -XX:-DontCompileHugeMethods: MicroPython's interpreter loop is then "
					+ "never JIT-compiled and the sandbox runs about 10x slower. Add the flag to the JVM command "
					+ "line (or JDK_JAVA_OPTIONS).");
		}
	}

	/**
	 * A builder with default limits.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * An executor with default limits.
	 * @return a new executor
	 */
	public static WasmExecutor ofDefaults() {
		return builder().build();
	}

	/**
	 * The limits this executor enforces.
	 * @return the limits
	 */
	public SandboxLimits limits() {
		return this.limits;
	}

	/**
	 * Whether HotSpot may JIT-compile huge methods ({@code -XX:-DontCompileHugeMethods}), which the
	 * guest's interpreter loop needs to run at full speed.
	 * @return {@code true} when the flag is set or the JVM is not HotSpot-like
	 */
	public static boolean isHugeMethodCompilationEnabled() {
		try {
			HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			return bean == null || !"true".equals(bean.getVMOption("DontCompileHugeMethods").getValue());
		}
		catch (RuntimeException | LinkageError ex) {
			return true;
		}
	}

	/**
	 * Starts the engine now rather than on the first call: loads the compiled module and the
	 * start-up snapshot shipped in the jar (or, without a fitting one, boots the interpreter and
	 * takes its snapshot).
	 * @return {@code true} when the engine is ready
	 */
	public boolean warmUp() {
		try {
			engine();
			return true;
		}
		catch (RuntimeException ex) {
			logger.error("The WASM engine failed to start", ex);
			return false;
		}
	}

	private MicroPythonEngine engine() {
		MicroPythonEngine current = this.engine;
		if (current != null) {
			return current;
		}
		synchronized (this.engineLock) {
			if (this.engine == null) {
				long start = System.nanoTime();
				MicroPythonEngine started = this.engineFactory.get();
				this.pool.offer(started.newInstance());
				this.engine = started;
				if (!started.isPreloaded()) {
					// no shipped snapshot fitted (another library or guest): build the preloaded one now
					Thread preloader = new Thread(() -> preload(started), "sandbox-snapshot-preload");
					preloader.setDaemon(true);
					preloader.start();
				}
				logger.info("MicroPython {} on {} ready in {} ms (snapshot {} KiB, memory limit {} MiB)",
						MICROPYTHON_VERSION, RUNTIME, (System.nanoTime() - start) / 1_000_000,
						started.snapshot().bytes() / 1024, this.limits.memoryLimitBytes() / (1024 * 1024));
			}
			return this.engine;
		}
	}

	private void preload(MicroPythonEngine engine) {
		long start = System.nanoTime();
		try {
			engine.preload();
			logger.debug("Compatibility modules preloaded into the snapshot in {} ms ({} KiB)",
					(System.nanoTime() - start) / 1_000_000, engine.snapshot().bytes() / 1024);
		}
		catch (RuntimeException ex) {
			// the bare snapshot keeps serving; modules are then compiled on import
			logger.warn("Preloading the compatibility modules failed; they will load on import", ex);
		}
	}

	/**
	 * Waits until the common compatibility modules are part of the start-up snapshot, starting the
	 * engine if needed. The snapshot shipped in the jar has them; without it they are preloaded in
	 * the background after the engine starts.
	 * @param timeout how long to wait at most
	 * @return {@code true} when the preloaded snapshot is in use
	 */
	public boolean awaitPreloaded(Duration timeout) {
		try {
			return engine().awaitPreload(timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public ExecutionResult execute(ExecutionRequest request) {
		Objects.requireNonNull(request, "'request' must not be null");
		long start = System.nanoTime();
		RequestValidator.Validated validated = this.validator.validate(request);
		if (validated.isRefused()) {
			return ExecutionResult.rejected(EXECUTOR_ID, Objects.requireNonNull(validated.problem()), since(start));
		}
		Duration timeout = this.limits.effectiveTimeout(request);
		try {
			if (!this.permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
				return ExecutionResult.rejected(EXECUTOR_ID, "No capacity: all " + this.limits.maxConcurrency()
						+ " WASM executions were busy for the whole timeout of " + timeout.toMillis() + " ms",
						since(start));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ExecutionResult.rejected(EXECUTOR_ID, "Interrupted while waiting for capacity", since(start));
		}
		try {
			// MicroPython runs the rewritten source; the line structure is the user's (see CompatRewriter)
			String source = CompatRewriter.rewrite(request.code());
			RequestValidator.Validated rewritten = source.equals(request.code()) ? validated
					: new RequestValidator.Validated(source.getBytes(StandardCharsets.UTF_8), validated.inputsJson(),
							null);
			return run(rewritten, LastStatement.start(source), timeout, start);
		}
		finally {
			this.permits.release();
		}
	}

	private ExecutionResult run(RequestValidator.Validated request, int split, Duration timeout, long start) {
		MicroPythonEngine engine;
		GuestInstance guest;
		try {
			engine = engine();
			GuestInstance pooled = this.pool.poll();
			guest = (pooled != null) ? pooled : engine.newInstance();
		}
		catch (RuntimeException ex) {
			logger.error("The WASM engine could not provide an instance", ex);
			return ExecutionResult.unavailable(EXECUTOR_ID,
					"The WASM engine failed to start: " + ex.getClass().getSimpleName() + ": " + ex.getMessage(),
					since(start));
		}
		GuestInstance.Call call = GuestRun.newCall(this.limits.maxStdoutBytes(), this.limits.maxStderrBytes());
		GuestCall<GuestRun> task = new GuestCall<>(() -> engine.run(guest, request, split, call),
				() -> new ChicoryInterruptedException("stopped before it started"));
		Future<?> future = this.threads.submit(task);
		boolean timedOut = false;
		try {
			future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			timedOut = true;
			task.stop();
			awaitQuietly(future);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			task.stop();
			awaitQuietly(future);
		}
		catch (ExecutionException ex) {
			// GuestCall catches everything it can report; only an Error gets here
			logger.error("The WASM engine failed", ex.getCause());
		}
		ExecutionResult result = toResult(task, call, request, timedOut, start);
		// an interrupted or failed instance may be mid-call in any state: it is dropped, never reset
		boolean reusable = task.isFinished() && task.failure() == null && guest.snapshot() == engine.snapshot();
		if (reusable) {
			this.pool.offer(guest);
		}
		logger.debug("WASM execution ended {} in {} ms", result.status(), result.duration().toMillis());
		return result;
	}

	private static void awaitQuietly(Future<?> future) {
		try {
			future.get(STOP_GRACE.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException ex) {
			logger.warn("A stopped WASM execution did not unwind within {} ms", STOP_GRACE.toMillis());
		}
	}

	private ExecutionResult toResult(GuestCall<GuestRun> task, GuestInstance.Call call, RequestValidator.Validated request,
			boolean timedOut, long start) {
		Throwable failure = task.failure();
		GuestRun run = task.outcome();
		if (timedOut || failure instanceof ChicoryInterruptedException) {
			return limit(ExecutionStatus.TIMEOUT, call,
					"The code did not finish within the timeout and was stopped", start);
		}
		if (failure instanceof GuestFault fault) {
			switch (fault.kind()) {
				case OUTPUT_LIMIT:
					return limit(ExecutionStatus.OUTPUT_LIMIT, call, fault.getMessage(), start);
				case MEMORY_LIMIT:
					return limit(ExecutionStatus.MEMORY_LIMIT, call, fault.getMessage(), start);
				case NO_JAVASCRIPT:
					return guestError(call, "RuntimeError", fault.getMessage(), start);
				default:
					return guestError(call, "SystemError", fault.getMessage(), start);
			}
		}
		if (failure instanceof StackOverflowError) {
			return guestError(call, "RecursionError", "maximum recursion depth exceeded (host stack exhausted)",
					start);
		}
		if (failure instanceof ChicoryException && usesRawMemory(request)) {
			return guestError(call, "SystemError",
					"The code corrupted the interpreter's memory through uctypes: " + failure.getMessage(), start);
		}
		if (failure != null || run == null) {
			String detail = (failure != null) ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
					: "the execution did not complete";
			logger.error("The WASM engine failed during an execution", failure);
			return new ExecutionResult(ExecutionStatus.UNAVAILABLE, call.stdout().text(), call.stderr().text(),
					call.stdout().truncated(), call.stderr().truncated(), null, null, EXECUTOR_ID, null,
					"The WASM engine failed: " + detail, since(start));
		}
		if (run.kind() == GuestRun.Kind.ERROR) {
			Traceback traceback = Traceback.parse(Objects.requireNonNull(run.errorType()),
					Objects.requireNonNull(run.text()));
			if ("MemoryError".equals(traceback.error().type())) {
				call.stderr().appendText(traceback.error().traceback());
				return limit(ExecutionStatus.MEMORY_LIMIT, call,
						"The code ran out of memory (limit " + this.limits.memoryLimitBytes() + " bytes)", start);
			}
			call.stderr().appendText(traceback.error().traceback());
			return new ExecutionResult(ExecutionStatus.ERROR, call.stdout().text(), call.stderr().text(),
					call.stdout().truncated(), call.stderr().truncated(), traceback.error(), null, EXECUTOR_ID, null,
					null, since(start));
		}
		return new ExecutionResult(ExecutionStatus.SUCCESS, call.stdout().text(), call.stderr().text(),
				call.stdout().truncated(), call.stderr().truncated(), null, value(run), EXECUTOR_ID, null, null,
				since(start));
	}

	private static @Nullable Object value(GuestRun run) {
		String text = run.text();
		if (run.kind() == GuestRun.Kind.NO_VALUE || text == null) {
			return null;
		}
		if (run.kind() == GuestRun.Kind.REPR_VALUE) {
			return text;
		}
		try {
			return Json.MAPPER.readValue(text, Object.class);
		}
		catch (JacksonException ex) {
			return text;
		}
	}

	private static boolean usesRawMemory(RequestValidator.Validated request) {
		return new String(request.code(), java.nio.charset.StandardCharsets.UTF_8).contains("uctypes");
	}

	private static ExecutionResult limit(ExecutionStatus status, GuestInstance.Call call, String message,
			long start) {
		return new ExecutionResult(status, call.stdout().text(), call.stderr().text(), call.stdout().truncated(),
				call.stderr().truncated(), null, null, EXECUTOR_ID, null, message, since(start));
	}

	private static ExecutionResult guestError(GuestInstance.Call call, String type, String message, long start) {
		String traceback = "Traceback (most recent call last):\n" + type + ": " + message + "\n";
		call.stderr().appendText(traceback);
		return new ExecutionResult(ExecutionStatus.ERROR, call.stdout().text(), call.stderr().text(),
				call.stdout().truncated(), call.stderr().truncated(),
				new ExecutionError(type, message, traceback, null), null, EXECUTOR_ID, null, null, since(start));
	}

	private static Duration since(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos);
	}

	/**
	 * Stops the executor's threads. Running calls are interrupted.
	 */
	@Override
	public void close() {
		this.threads.shutdownNow();
		this.pool.clear();
	}




	/**
	 * Builds {@link WasmExecutor} instances.
	 */
	public static final class Builder {

		private SandboxLimits limits = SandboxLimits.ofDefaults();

		private @Nullable Supplier<MicroPythonEngine> engineFactory;

		private Builder() {
		}

		/**
		 * Sets the limits.
		 * @param limits the limits every call runs under
		 * @return this builder
		 */
		public Builder limits(SandboxLimits limits) {
			this.limits = Objects.requireNonNull(limits, "'limits' must not be null");
			return this;
		}

		/** For tests: an engine that fails or behaves in a controlled way. */
		Builder engineFactory(Supplier<MicroPythonEngine> engineFactory) {
			this.engineFactory = engineFactory;
			return this;
		}

		/**
		 * Builds the executor. The engine starts on the first call or on {@link #warmUp()}.
		 * @return the executor
		 */
		public WasmExecutor build() {
			return new WasmExecutor(this);
		}

	}

}
