package io.github.wasmsandbox.core.cpython;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs Python in CPython 3.13 compiled to WebAssembly (Trino's {@code trino-wasm-python}),
 * in-process, on Endive: the full language and standard library, as contained as the
 * MicroPython engine. No host filesystem, network, environment or Java objects reach the guest.
 *
 * <p>
 * Same contract as {@link io.github.wasmsandbox.core.wasm.WasmExecutor}: every call gets a fresh
 * interpreter (an instance restored from a snapshot taken after start-up and after the modules
 * agent code commonly uses were imported), stops at its deadline by thread interruption, runs
 * under the memory cap and the output caps, gets its inputs as globals and reports the value of
 * its last expression and any uncaught exception with the user's line numbers.
 *
 * <p>
 * <strong>Availability.</strong> Endive and the compiled CPython are Java 25 class files. On an
 * older JVM this executor still loads, reports {@link #isAvailable()} {@code false} with an
 * {@link #unavailableReason() explanation}, and answers every call
 * {@link ExecutionStatus#UNAVAILABLE}. The first start (loading the module, booting CPython,
 * importing the common modules from source) takes tens of seconds; call {@link #warmUp()} at
 * application start rather than on a request.
 *
 * <p>
 * Thread-safe. Close it to stop its threads.
 *
 * @since 0.1.0
 */
public final class CPythonWasmExecutor implements CodeExecutor, AutoCloseable {

	/** The executor id in results and metrics. */
	public static final String EXECUTOR_ID = "cpython-wasm";

	/** The guest's CPython version. */
	public static final String CPYTHON_VERSION = "3.13";

	/** The runtime that executes the guest. */
	public static final String RUNTIME = "Endive 1.1.0 (trino-wasm-python 3.13-8, pre-compiled)";

	/** The lowest Java feature release that can load the guest's classes: {@value}. */
	public static final int REQUIRED_JAVA_VERSION = 25;

	private static final Logger logger = LoggerFactory.getLogger(CPythonWasmExecutor.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ENGINE_CLASS = "io.github.wasmsandbox.core.cpython.EndiveGuestEngine";

	/** Stack for guest threads: CPython's own recursion limit must trip before the JVM's. */
	private static final long GUEST_THREAD_STACK_BYTES = 512L * 1024 * 1024;

	private static final Duration STOP_GRACE = Duration.ofSeconds(2);

	/** One engine (module and snapshot) per class loader: its start-up is the expensive part. */
	private static final Object SHARED_LOCK = new Object();

	private static volatile @Nullable GuestEngine shared;

	private static final @Nullable String JVM_PROBLEM = probeJvm();

	private final SandboxLimits limits;

	private final RequestValidator validator;

	private final Supplier<GuestEngine> engineFactory;

	private final boolean sharedEngine;

	private final Semaphore permits;

	private final BlockingQueue<GuestEngine.Instance> pool;

	private final ExecutorService threads;

	private final Object engineLock = new Object();

	private volatile @Nullable GuestEngine engine;

	private volatile @Nullable String startProblem;

	private CPythonWasmExecutor(Builder builder) {
		this.limits = builder.limits;
		this.validator = new RequestValidator(this.limits);
		this.sharedEngine = builder.engineFactory == null;
		this.engineFactory = (builder.engineFactory != null) ? builder.engineFactory
				: CPythonWasmExecutor::sharedEngine;
		this.permits = new Semaphore(this.limits.maxConcurrency(), true);
		this.pool = new ArrayBlockingQueue<>(this.limits.maxConcurrency());
		ThreadPoolExecutor pool = new ThreadPoolExecutor(this.limits.maxConcurrency(),
				this.limits.maxConcurrency(), 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				GuestCall.threadFactory("cpython-sandbox", GUEST_THREAD_STACK_BYTES));
		pool.allowCoreThreadTimeOut(true);
		this.threads = pool;
		if (JVM_PROBLEM != null && builder.engineFactory == null) {
			logger.info("The CPython WASM tier is unavailable: {}", JVM_PROBLEM);
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
	public static CPythonWasmExecutor ofDefaults() {
		return builder().build();
	}

	/**
	 * Whether this JVM can load the tier's classes (Java {@value #REQUIRED_JAVA_VERSION}+, Endive
	 * and {@code trino-wasm-python} on the classpath).
	 * @return {@code true} when it can
	 */
	public static boolean isSupportedByThisJvm() {
		return JVM_PROBLEM == null;
	}

	/**
	 * The limits this executor enforces.
	 * @return the limits
	 */
	public SandboxLimits limits() {
		return this.limits;
	}

	/**
	 * Whether the tier can run code: the JVM supports it and the engine did not fail to start.
	 * @return {@code true} when calls can run
	 */
	public boolean isAvailable() {
		return unavailableReason() == null;
	}

	/**
	 * Why the tier cannot run code, for logs and health.
	 * @return the reason, or {@code null} when it is available (or not started yet)
	 */
	public @Nullable String unavailableReason() {
		if (this.sharedEngine && JVM_PROBLEM != null) {
			return JVM_PROBLEM;
		}
		return this.startProblem;
	}

	/**
	 * Starts the engine now rather than on the first call: loads the compiled module, boots
	 * CPython, imports the common modules and takes the snapshot (tens of seconds the first time
	 * in a JVM, shared by every executor after it).
	 * @return {@code true} when the engine is ready
	 */
	public boolean warmUp() {
		try {
			engine();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private GuestEngine engine() {
		GuestEngine current = this.engine;
		if (current != null) {
			return current;
		}
		synchronized (this.engineLock) {
			if (this.engine == null) {
				String problem = unavailableReason();
				if (problem != null) {
					throw new IllegalStateException(problem);
				}
				try {
					GuestEngine started = this.engineFactory.get();
					this.pool.offer(started.newInstance(this.limits.memoryLimitBytes()));
					this.engine = started;
				}
				catch (RuntimeException | LinkageError ex) {
					this.startProblem = "The CPython engine failed to start: " + ex;
					logger.error("The CPython WASM engine failed to start", ex);
					throw new IllegalStateException(this.startProblem, ex);
				}
			}
			return Objects.requireNonNull(this.engine);
		}
	}

	private static GuestEngine sharedEngine() {
		GuestEngine current = shared;
		if (current != null) {
			return current;
		}
		synchronized (SHARED_LOCK) {
			if (shared == null) {
				long start = System.nanoTime();
				try {
					Method method = Class.forName(ENGINE_CLASS).getDeclaredMethod("start");
					method.setAccessible(true);
					shared = (GuestEngine) method.invoke(null);
				}
				catch (InvocationTargetException ex) {
					Throwable cause = ex.getCause();
					throw (cause instanceof RuntimeException runtime) ? runtime
							: new IllegalStateException("The CPython engine failed to start", cause);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("The CPython engine class could not be loaded", ex);
				}
				logger.info("CPython {} on {} ready in {} ms (snapshot {} MiB)", CPYTHON_VERSION, RUNTIME,
						(System.nanoTime() - start) / 1_000_000,
						Objects.requireNonNull(shared).snapshotBytes() / (1024 * 1024));
			}
			return Objects.requireNonNull(shared);
		}
	}

	private static @Nullable String probeJvm() {
		int feature = Runtime.version().feature();
		if (feature < REQUIRED_JAVA_VERSION) {
			return "the CPython WASM tier needs Java " + REQUIRED_JAVA_VERSION + " or newer (its Endive runtime and "
					+ "pre-compiled CPython are Java " + REQUIRED_JAVA_VERSION + " class files); this JVM is Java "
					+ feature;
		}
		try {
			Class.forName("io.trino.wasm.python.Python", false, CPythonWasmExecutor.class.getClassLoader());
			Class.forName("run.endive.wasi.WasiPreview1", false, CPythonWasmExecutor.class.getClassLoader());
			Class.forName("io.roastedroot.zerofs.ZeroFs", false, CPythonWasmExecutor.class.getClassLoader());
			return null;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return "the CPython WASM tier's classes cannot be loaded (io.trino:trino-wasm-python, run.endive:wasi "
					+ "and io.roastedroot:zerofs must be on the classpath): " + ex;
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
		String problem = unavailableReason();
		if (problem != null) {
			return ExecutionResult.unavailable(EXECUTOR_ID, "The CPython WASM tier is unavailable: " + problem,
					since(start));
		}
		Duration timeout = this.limits.effectiveTimeout(request);
		try {
			if (!this.permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
				return ExecutionResult.rejected(EXECUTOR_ID, "No capacity: all " + this.limits.maxConcurrency()
						+ " CPython executions were busy for the whole timeout of " + timeout.toMillis() + " ms",
						since(start));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ExecutionResult.rejected(EXECUTOR_ID, "Interrupted while waiting for capacity", since(start));
		}
		try {
			return run(validated, timeout, start);
		}
		finally {
			this.permits.release();
		}
	}

	private ExecutionResult run(RequestValidator.Validated request, Duration timeout, long start) {
		GuestEngine.Instance guest;
		try {
			GuestEngine engine = engine();
			GuestEngine.Instance pooled = this.pool.poll();
			guest = (pooled != null) ? pooled : engine.newInstance(this.limits.memoryLimitBytes());
		}
		catch (RuntimeException ex) {
			return ExecutionResult.unavailable(EXECUTOR_ID,
					"The CPython WASM engine failed to start: " + ex.getMessage(), since(start));
		}
		CappedOutput stdout = new CappedOutput(this.limits.maxStdoutBytes(), "stdout");
		CappedOutput stderr = new CappedOutput(this.limits.maxStderrBytes(), "stderr");
		GuestCall<GuestOutcome> task = new GuestCall<>(
				() -> guest.run(request.code(), request.inputsJson(), stdout, stderr),
				() -> new GuestStop(GuestStop.Kind.INTERRUPTED, "stopped before it started", null));
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
			logger.error("The CPython WASM engine failed", ex.getCause());
		}
		ExecutionResult result = toResult(task, stdout, stderr, timedOut, start);
		// every call restores the snapshot first, so any instance that finished (even after a
		// limit or a trap) is fit for the next call, unless it grew
		if (task.isFinished() && guest.isReusable()) {
			this.pool.offer(guest);
		}
		logger.debug("CPython WASM execution ended {} in {} ms", result.status(), result.duration().toMillis());
		return result;
	}

	private static void awaitQuietly(Future<?> future) {
		try {
			future.get(STOP_GRACE.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException | CancellationException ex) {
			logger.warn("A stopped CPython WASM execution did not unwind within {} ms", STOP_GRACE.toMillis());
		}
	}

	private ExecutionResult toResult(GuestCall<GuestOutcome> task, CappedOutput stdout, CappedOutput stderr, boolean timedOut,
			long start) {
		Throwable failure = task.failure();
		GuestOutcome outcome = task.outcome();
		if (timedOut || (failure instanceof GuestStop stop && stop.kind() == GuestStop.Kind.INTERRUPTED)) {
			return limit(ExecutionStatus.TIMEOUT, stdout, stderr,
					"The code did not finish within the timeout and was stopped", start);
		}
		CappedOutput.Exceeded exceeded = findCause(failure, CappedOutput.Exceeded.class);
		if (exceeded != null) {
			return limit(ExecutionStatus.OUTPUT_LIMIT, stdout, stderr,
					"The code wrote more output than allowed: " + exceeded.getMessage(), start);
		}
		if (failure instanceof GuestStop stop) {
			if (stop.kind() == GuestStop.Kind.MEMORY_EXHAUSTED) {
				return limit(ExecutionStatus.MEMORY_LIMIT, stdout, stderr,
						"The code ran out of memory (limit " + this.limits.memoryLimitBytes() + " bytes)", start);
			}
			if (stop.kind() == GuestStop.Kind.STACK_EXHAUSTED) {
				return guestError(stdout, stderr, "RecursionError",
						"maximum recursion depth exceeded (the interpreter's C stack is exhausted)", start);
			}
			return guestError(stdout, stderr, "SystemError", "The interpreter aborted: " + stop.getMessage(), start);
		}
		if (failure instanceof StackOverflowError) {
			return guestError(stdout, stderr, "RecursionError",
					"maximum recursion depth exceeded (host stack exhausted)", start);
		}
		if (failure != null || outcome == null) {
			String detail = (failure != null) ? failure.toString() : "the execution did not complete";
			logger.error("The CPython WASM engine failed during an execution", failure);
			return new ExecutionResult(ExecutionStatus.UNAVAILABLE, stdout.text(), stderr.text(), stdout.truncated(),
					stderr.truncated(), null, null, EXECUTOR_ID, null, "The CPython WASM engine failed: " + detail,
					since(start));
		}
		switch (outcome.kind()) {
			case NO_VALUE:
				return success(stdout, stderr, null, start);
			case VALUE:
				return success(stdout, stderr, parse(Objects.requireNonNull(outcome.payload())), start);
			case EXIT:
				if (outcome.code() == 0) {
					return success(stdout, stderr, null, start);
				}
				return guestError(stdout, stderr, "SystemExit", String.valueOf(outcome.code()), start);
			case HOST_ERROR:
				String message = Objects.requireNonNull(outcome.payload());
				if (message.contains("MemoryError")) {
					return limit(ExecutionStatus.MEMORY_LIMIT, stdout, stderr,
							"The code ran out of memory (limit " + this.limits.memoryLimitBytes() + " bytes)", start);
				}
				return guestError(stdout, stderr, "SystemError", message, start);
			default:
				return error(stdout, stderr, Objects.requireNonNull(outcome.payload()), start);
		}
	}

	private ExecutionResult error(CappedOutput stdout, CappedOutput stderr, String report, long start) {
		JsonNode node;
		try {
			node = JSON.readTree(report);
		}
		catch (JacksonException ex) {
			return guestError(stdout, stderr, "SystemError", "Unreadable error report from the guest", start);
		}
		String type = node.path("type").asString("Exception");
		ExecutionError error = new ExecutionError(type, node.path("message").asString(""),
				node.path("traceback").asString(""),
				node.path("line").isInt() ? Integer.valueOf(node.path("line").asInt()) : null);
		if ("MemoryError".equals(type)) {
			return limit(ExecutionStatus.MEMORY_LIMIT, stdout, stderr,
					"The code ran out of memory (limit " + this.limits.memoryLimitBytes() + " bytes)", start);
		}
		return new ExecutionResult(ExecutionStatus.ERROR, stdout.text(), stderr.text(), stdout.truncated(),
				stderr.truncated(), error, null, EXECUTOR_ID, null, null, since(start));
	}

	private static @Nullable Object parse(String json) {
		try {
			return JSON.readValue(json, Object.class);
		}
		catch (JacksonException ex) {
			return json;
		}
	}

	private static <T extends Throwable> @Nullable T findCause(@Nullable Throwable failure, Class<T> type) {
		Throwable current = failure;
		for (int depth = 0; current != null && depth < 16; depth++) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			current = current.getCause();
		}
		return null;
	}

	private static ExecutionResult success(CappedOutput stdout, CappedOutput stderr, @Nullable Object value,
			long start) {
		return new ExecutionResult(ExecutionStatus.SUCCESS, stdout.text(), stderr.text(), stdout.truncated(),
				stderr.truncated(), null, value, EXECUTOR_ID, null, null, since(start));
	}

	private static ExecutionResult limit(ExecutionStatus status, CappedOutput stdout, CappedOutput stderr,
			String message, long start) {
		return new ExecutionResult(status, stdout.text(), stderr.text(), stdout.truncated(), stderr.truncated(),
				null, null, EXECUTOR_ID, null, message, since(start));
	}

	private static ExecutionResult guestError(CappedOutput stdout, CappedOutput stderr, String type, String message,
			long start) {
		String traceback = "Traceback (most recent call last):\n" + type + ": " + message + "\n";
		stderr.appendText(traceback);
		return new ExecutionResult(ExecutionStatus.ERROR, stdout.text(), stderr.text(), stdout.truncated(),
				stderr.truncated(), new ExecutionError(type, message, traceback, null), null, EXECUTOR_ID, null, null,
				since(start));
	}

	private static Duration since(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos);
	}

	/**
	 * Stops the executor's threads. Running calls are interrupted. The engine's snapshot stays
	 * shared for other executors in this JVM.
	 */
	@Override
	public void close() {
		this.threads.shutdownNow();
		this.pool.clear();
	}




	/**
	 * Builds {@link CPythonWasmExecutor} instances.
	 */
	public static final class Builder {

		private SandboxLimits limits = SandboxLimits.ofDefaults();

		private @Nullable Supplier<GuestEngine> engineFactory;

		private Builder() {
		}

		/**
		 * Sets the limits. The memory limit covers all of CPython's linear memory, its start-up
		 * image (about 35 MiB) included.
		 * @param limits the limits every call runs under
		 * @return this builder
		 */
		public Builder limits(SandboxLimits limits) {
			this.limits = Objects.requireNonNull(limits, "'limits' must not be null");
			return this;
		}

		/** For tests: an engine that fails or behaves in a controlled way. */
		Builder engineFactory(Supplier<GuestEngine> engineFactory) {
			this.engineFactory = engineFactory;
			return this;
		}

		/**
		 * Builds the executor. The engine starts on the first call or on {@link #warmUp()}.
		 * @return the executor
		 */
		public CPythonWasmExecutor build() {
			return new CPythonWasmExecutor(this);
		}

	}

}
