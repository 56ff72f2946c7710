package io.github.wasmsandbox.core.subprocess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.wasmsandbox.core.CodeExecutor;
import io.github.wasmsandbox.core.ExecutionError;
import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.SandboxLimits;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import io.github.wasmsandbox.core.RequestValidator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs Python in a CPython subprocess: the fallback for code MicroPython cannot run.
 *
 * <p>
 * This is the weakest box the sandbox ships, so it is hardened as far as the machine allows and
 * says what it has. The interpreter is started directly (no shell) in isolated mode ({@code -I},
 * and {@code -S} unless site-packages are enabled), with an empty environment but for a short
 * allowlist, in a fresh private working directory that is deleted afterwards. Where available, it
 * runs in its own session ({@code setsid}), without new privileges and as {@code nobody} when the
 * JVM is root ({@code setpriv}), in its own user, network and PID namespaces ({@code unshare}),
 * and under resource limits ({@code prlimit}). What is available is detected once, at
 * construction, by starting the interpreter under each layer; {@link #isolation()} says what
 * worked and each missing layer is logged as a warning.
 *
 * <p>
 * The contract is the WASM engine's: inputs are bound as globals, the value of a last expression
 * statement is reported, uncaught exceptions become an {@link ExecutionError} whose traceback has
 * no frame of the runner, and the statuses mean the same: output past a cap is cut at the cap and
 * stops the run ({@link ExecutionStatus#OUTPUT_LIMIT}), a deadline kills the whole process tree
 * and keeps the output so far ({@link ExecutionStatus#TIMEOUT}), a {@code MemoryError} is
 * {@link ExecutionStatus#MEMORY_LIMIT}. A missing interpreter is {@link ExecutionStatus#UNAVAILABLE},
 * never an exception.
 *
 * <p>
 * What this box does not do: the code can read every file the interpreter's user can read, and
 * runs with the machine's CPython and, if enabled, its site-packages.
 *
 * @since 0.1.0
 */
public final class SubprocessExecutor implements CodeExecutor {

	/** The {@link ExecutionResult#executor()} of results from this executor: {@value}. */
	public static final String EXECUTOR_ID = "subprocess";

	/** Default {@link Builder#command(String) interpreter command}: {@value}. */
	public static final String DEFAULT_COMMAND = "python3";

	/** Default {@link Builder#sitePackages(boolean)}: {@value}. */
	public static final boolean DEFAULT_SITE_PACKAGES = false;

	/** Default {@link Builder#maxFileBytes(long)}: {@value} bytes (16 MiB). */
	public static final long DEFAULT_MAX_FILE_BYTES = 16L * 1024 * 1024;

	/** Default {@link Builder#maxOpenFiles(int)}: {@value}. */
	public static final int DEFAULT_MAX_OPEN_FILES = 64;

	/** Default {@link Builder#maxProcesses(int)}: {@value}. */
	public static final int DEFAULT_MAX_PROCESSES = 16;

	private static final Logger logger = LoggerFactory.getLogger(SubprocessExecutor.class);

	private static final String RUNNER_RESOURCE = "runner.py";

	// once the interpreter has exited, how long the readers may take to drain the pipes
	private static final long DRAIN_MILLIS = 2_000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final byte[] runnerSource = loadRunner();

	private static final ExecutorService ioThreads = Executors.newCachedThreadPool(new IoThreadFactory());

	private final String command;

	private final boolean sitePackages;

	private final SandboxLimits limits;

	private final RequestValidator validator;

	private final long maxFileBytes;

	private final int maxOpenFiles;

	private final int maxProcesses;

	private final @Nullable Launcher launcher;

	private final @Nullable String unavailableReason;

	private SubprocessExecutor(Builder builder) {
		this.command = builder.command;
		this.sitePackages = builder.sitePackages;
		this.limits = builder.limits;
		this.validator = new RequestValidator(this.limits);
		this.maxFileBytes = builder.maxFileBytes;
		this.maxOpenFiles = builder.maxOpenFiles;
		this.maxProcesses = builder.maxProcesses;
		Launcher detected = null;
		String reason = null;
		try {
			detected = Launcher.detect(this.command, resources(this.limits.timeout()));
		}
		catch (Launcher.UnavailableException ex) {
			reason = ex.getMessage();
		}
		this.launcher = detected;
		this.unavailableReason = reason;
		report();
	}

	/**
	 * A builder holding the defaults.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder starting from an existing executor's settings.
	 * @param executor the executor to copy
	 * @return a new builder
	 */
	public static Builder from(SubprocessExecutor executor) {
		Objects.requireNonNull(executor, "'executor' must not be null");
		return new Builder().command(executor.command)
			.sitePackages(executor.sitePackages)
			.limits(executor.limits)
			.maxFileBytes(executor.maxFileBytes)
			.maxOpenFiles(executor.maxOpenFiles)
			.maxProcesses(executor.maxProcesses);
	}

	/**
	 * An executor with every default.
	 * @return the executor
	 */
	public static SubprocessExecutor ofDefaults() {
		return builder().build();
	}

	/**
	 * The isolation layers that worked on this machine when the executor was built.
	 * @return the layers, empty when none worked or Python is unavailable
	 */
	public Set<SubprocessIsolation> isolation() {
		return (this.launcher != null) ? this.launcher.isolation() : Set.of();
	}

	/**
	 * Whether a Python interpreter was found and started.
	 * @return {@code true} when executions can run
	 */
	public boolean isAvailable() {
		return this.launcher != null;
	}

	/**
	 * Why executions cannot run.
	 * @return the reason, empty when the executor is available
	 */
	public Optional<String> unavailableReason() {
		return Optional.ofNullable(this.unavailableReason);
	}

	/**
	 * The version of the interpreter, for example {@code 3.11.7}.
	 * @return the version, empty when Python is unavailable
	 */
	public Optional<String> pythonVersion() {
		return Optional.ofNullable(this.launcher).map(Launcher::version);
	}

	/**
	 * The limits every execution runs under.
	 * @return the limits
	 */
	public SandboxLimits limits() {
		return this.limits;
	}

	@Override
	public ExecutionResult execute(ExecutionRequest request) {
		Objects.requireNonNull(request, "'request' must not be null");
		long start = System.nanoTime();
		Launcher launcher = this.launcher;
		if (launcher == null) {
			return ExecutionResult.unavailable(EXECUTOR_ID, "The subprocess fallback is unavailable: "
					+ this.unavailableReason, elapsed(start));
		}
		RequestValidator.Validated validated = this.validator.validate(request);
		if (validated.isRefused()) {
			return ExecutionResult.rejected(EXECUTOR_ID, Objects.requireNonNull(validated.problem()), elapsed(start));
		}
		Duration timeout = this.limits.effectiveTimeout(request);
		try (RunDirectory directory = RunDirectory.create(runnerSource, launcher.owner())) {
			ExecutionResult result = run(launcher, directory, request, timeout, start);
			logger.debug("Subprocess execution ended {} in {} ms", result.status(), result.duration().toMillis());
			return result;
		}
		catch (IOException | UncheckedIOException ex) {
			logger.debug("Subprocess execution could not start", ex);
			return ExecutionResult.unavailable(EXECUTOR_ID, "The Python subprocess could not be started: "
					+ ex.getMessage(), elapsed(start));
		}
	}

	private ExecutionResult run(Launcher launcher, RunDirectory directory, ExecutionRequest request,
			Duration timeout, long start) throws IOException {
		List<String> line = launcher.command(resources(timeout),
				List.of(directory.runner().toString(), directory.result().toString()));
		ProcessBuilder builder = new ProcessBuilder(line).directory(directory.work().toFile());
		builder.environment().clear();
		builder.environment().putAll(Launcher.environment(directory.work()));
		Process process = builder.start();
		boolean groupLeader = launcher.isolation().contains(SubprocessIsolation.NEW_SESSION);
		CountDownLatch stop = new CountDownLatch(1);
		AtomicReference<String> overflow = new AtomicReference<>();
		boolean timedOut;
		BoundedCapture stdout = new BoundedCapture(process.getInputStream(), this.limits.maxStdoutBytes(), () -> {
			overflow.compareAndSet(null, "stdout");
			stop.countDown();
		});
		BoundedCapture stderr = new BoundedCapture(process.getErrorStream(), this.limits.maxStderrBytes(), () -> {
			overflow.compareAndSet(null, "stderr");
			stop.countDown();
		});
		try {
			ioThreads.execute(stdout);
			ioThreads.execute(stderr);
			byte[] envelope = envelope(request);
			ioThreads.execute(() -> writeInput(process.getOutputStream(), envelope));
			process.onExit().thenRun(stop::countDown);
			// the latch falls on exit or on overflow: still standing at the deadline means a timeout
			timedOut = !stop.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
			if (overflow.get() != null || timedOut) {
				ProcessTree.kill(process.toHandle(), groupLeader);
			}
			else if (groupLeader && !launcher.isolation().contains(SubprocessIsolation.PID_NAMESPACE)) {
				// without a PID namespace, children left behind by a normal exit are not killed by the kernel
				ProcessTree.killGroup(process.pid());
			}
			process.waitFor();
			stdout.await(DRAIN_MILLIS);
			stderr.await(DRAIN_MILLIS);
		}
		catch (InterruptedException ex) {
			ProcessTree.kill(process.toHandle(), groupLeader);
			Thread.currentThread().interrupt();
			return ExecutionResult.unavailable(EXECUTOR_ID, "The execution was interrupted", elapsed(start));
		}
		catch (RuntimeException ex) {
			ProcessTree.kill(process.toHandle(), groupLeader);
			throw ex;
		}
		Output output = new Output(stdout.text(), stderr.text(), stdout.truncated(), stderr.truncated());
		String overflowed = overflow.get();
		if (overflowed != null) {
			return output.result(ExecutionStatus.OUTPUT_LIMIT, null, null,
					"The code wrote more than the output limit to " + overflowed, elapsed(start));
		}
		if (timedOut) {
			return output.result(ExecutionStatus.TIMEOUT, null, null,
					"The code ran longer than the timeout of " + timeout.toMillis() + " ms and was stopped",
					elapsed(start));
		}
		return classify(output, process.exitValue(), directory, timeout, start);
	}

	private ExecutionResult classify(Output output, int exitCode, RunDirectory directory, Duration timeout,
			long start) {
		JsonNode outcome = readOutcome(directory);
		if (outcome == null) {
			return withoutOutcome(output, exitCode, timeout, start);
		}
		JsonNode error = outcome.get("error");
		if (error != null && error.isObject()) {
			ExecutionError executionError = new ExecutionError(text(error, "type"), text(error, "message"),
					text(error, "traceback"), error.path("line").canConvertToInt() && !error.path("line").isNull()
							? error.path("line").asInt() : null);
			if ("MemoryError".equals(executionError.type())) {
				return output.result(ExecutionStatus.MEMORY_LIMIT, null, null,
						"The code needed more than the memory limit of " + this.limits.memoryLimitBytes()
								+ " bytes (MemoryError)",
						elapsed(start));
			}
			return output.result(ExecutionStatus.ERROR, executionError, null, null, elapsed(start));
		}
		JsonNode tooLarge = outcome.get("valueTooLarge");
		if (tooLarge != null) {
			return output.result(ExecutionStatus.OUTPUT_LIMIT, null, null,
					"The value of the last expression is " + tooLarge.asLong()
							+ " bytes of JSON, above the output limit of " + this.limits.maxStdoutBytes() + " bytes",
					elapsed(start));
		}
		JsonNode valueJson = outcome.get("valueJson");
		Object value = null;
		if (valueJson != null && valueJson.isString()) {
			try {
				value = json.readValue(valueJson.asString(), Object.class);
			}
			catch (JacksonException ex) {
				value = valueJson.asString();
			}
		}
		return output.result(ExecutionStatus.SUCCESS, null, value, null, elapsed(start));
	}

	private ExecutionResult withoutOutcome(Output output, int exitCode, Duration timeout, long start) {
		String stderr = output.stderr();
		String lower = stderr.toLowerCase(Locale.ROOT);
		if (lower.contains("memoryerror") || lower.contains("cannot allocate memory")
				|| lower.contains("out of memory")) {
			return output.result(ExecutionStatus.MEMORY_LIMIT, null, null,
					"The code needed more than the memory limit of " + this.limits.memoryLimitBytes() + " bytes",
					elapsed(start));
		}
		// 128 + SIGKILL or SIGXCPU: the kernel enforced the CPU-time limit
		if (exitCode == 128 + 9 || exitCode == 128 + 24) {
			return output.result(ExecutionStatus.TIMEOUT, null, null,
					"The code used more than its CPU time limit of " + cpuSeconds(timeout) + " s and was stopped",
					elapsed(start));
		}
		for (String tool : List.of("setsid:", "setpriv:", "unshare:", "prlimit:")) {
			if (stderr.startsWith(tool)) {
				return ExecutionResult.unavailable(EXECUTOR_ID,
						"The Python subprocess could not be started: " + stderr.strip(), elapsed(start));
			}
		}
		if (exitCode == 0) {
			// the code ended the interpreter itself (os._exit(0)): a success without a value
			return output.result(ExecutionStatus.SUCCESS, null, null, null, elapsed(start));
		}
		ExecutionError error = new ExecutionError("SystemExit", String.valueOf(exitCode), "", null);
		return output.result(ExecutionStatus.ERROR, error, null,
				"The interpreter exited with status " + exitCode + " before reporting a result", elapsed(start));
	}

	private @Nullable JsonNode readOutcome(RunDirectory directory) {
		try (InputStream in = Files.newInputStream(directory.result())) {
			// the file is the code's to write too: read no more than an honest outcome can need
			byte[] bytes = in.readNBytes(this.limits.maxStdoutBytes() + this.limits.maxStderrBytes() + 65_536);
			JsonNode node = json.readTree(bytes);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (NoSuchFileException ex) {
			return null;
		}
		catch (IOException | JacksonException ex) {
			logger.debug("Unreadable subprocess outcome", ex);
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.asString() : "";
	}

	private byte[] envelope(ExecutionRequest request) {
		Map<String, @Nullable Object> envelope = new LinkedHashMap<>();
		envelope.put("code", request.code());
		envelope.put("inputs", request.inputs());
		envelope.put("maxValueBytes", this.limits.maxStdoutBytes());
		return json.writeValueAsBytes(envelope);
	}

	private static void writeInput(OutputStream stdin, byte[] envelope) {
		try (stdin) {
			stdin.write(envelope);
		}
		catch (IOException ex) {
			// the interpreter died before reading everything; its exit tells what happened
		}
	}

	private Launcher.Resources resources(Duration timeout) {
		return new Launcher.Resources(cpuSeconds(timeout), this.limits.memoryLimitBytes(), this.maxFileBytes,
				this.maxOpenFiles, this.maxProcesses, this.sitePackages);
	}

	private static long cpuSeconds(Duration timeout) {
		// a backstop for the wall-clock deadline, which normally fires first
		return (timeout.toMillis() + 999) / 1000 + 1;
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private void report() {
		if (this.launcher == null) {
			logger.warn("Subprocess fallback unavailable: {}", this.unavailableReason);
			return;
		}
		logger.info("Subprocess fallback: Python {} at {}, isolation {}", this.launcher.version(),
				this.launcher.python(), this.launcher.isolation());
		for (SubprocessIsolation layer : SubprocessIsolation.values()) {
			if (!this.launcher.isolation().contains(layer)) {
				logger.warn("Subprocess fallback runs without {}: {}", layer.description(), layer.riskWhenMissing());
			}
		}
		for (String note : this.launcher.notes()) {
			logger.warn("Subprocess fallback could not use {}", note);
		}
		if (Launcher.ROOT && !this.launcher.isolation().contains(SubprocessIsolation.NON_ROOT_USER)) {
			logger.warn("Subprocess fallback: to run the code as 'nobody', use an interpreter that user can "
					+ "execute (for example /usr/bin/python3, not one under /root)");
		}
		if (this.sitePackages) {
			logger.warn("Subprocess fallback imports site-packages: code can use every installed package");
		}
	}

	private static byte[] loadRunner() {
		try (InputStream in = SubprocessExecutor.class.getResourceAsStream(RUNNER_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RUNNER_RESOURCE);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Output(String stdout, String stderr, boolean stdoutTruncated, boolean stderrTruncated) {

		ExecutionResult result(ExecutionStatus status, @Nullable ExecutionError error, @Nullable Object value,
				@Nullable String message, Duration duration) {
			return new ExecutionResult(status, this.stdout, this.stderr, this.stdoutTruncated, this.stderrTruncated,
					error, value, EXECUTOR_ID, null, message, duration);
		}

	}

	private static final class IoThreadFactory implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "sandbox-subprocess-io-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

	/**
	 * Builds {@link SubprocessExecutor} instances. Each setter checks its argument at once.
	 */
	public static final class Builder {

		private String command = DEFAULT_COMMAND;

		private boolean sitePackages = DEFAULT_SITE_PACKAGES;

		private SandboxLimits limits = SandboxLimits.ofDefaults();

		private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;

		private int maxOpenFiles = DEFAULT_MAX_OPEN_FILES;

		private int maxProcesses = DEFAULT_MAX_PROCESSES;

		private Builder() {
		}

		/**
		 * Sets the interpreter: a command looked up on the JVM's {@code PATH} or a path.
		 * @param command the command, default {@value SubprocessExecutor#DEFAULT_COMMAND}
		 * @return this builder
		 */
		public Builder command(String command) {
			Objects.requireNonNull(command, "'command' must not be null");
			if (command.isBlank()) {
				throw new IllegalArgumentException("'command' must not be blank");
			}
			this.command = command;
			return this;
		}

		/**
		 * Sets whether the interpreter imports {@code site} (installed packages). Weakens isolation:
		 * code can then use whatever is installed.
		 * @param sitePackages whether to import site-packages, default
		 * {@value SubprocessExecutor#DEFAULT_SITE_PACKAGES}
		 * @return this builder
		 */
		public Builder sitePackages(boolean sitePackages) {
			this.sitePackages = sitePackages;
			return this;
		}

		/**
		 * Sets the limits: timeout, memory (the address-space limit), output caps, code and input
		 * sizes.
		 * @param limits the limits, default {@link SandboxLimits#ofDefaults()}
		 * @return this builder
		 */
		public Builder limits(SandboxLimits limits) {
			this.limits = Objects.requireNonNull(limits, "'limits' must not be null");
			return this;
		}

		/**
		 * Sets the largest file the code may write.
		 * @param maxFileBytes a positive size in bytes, default
		 * {@value SubprocessExecutor#DEFAULT_MAX_FILE_BYTES}
		 * @return this builder
		 */
		public Builder maxFileBytes(long maxFileBytes) {
			if (maxFileBytes <= 0) {
				throw new IllegalArgumentException("'maxFileBytes' must be positive, was " + maxFileBytes);
			}
			this.maxFileBytes = maxFileBytes;
			return this;
		}

		/**
		 * Sets how many files the interpreter may hold open.
		 * @param maxOpenFiles between 16 and 65536, default
		 * {@value SubprocessExecutor#DEFAULT_MAX_OPEN_FILES}
		 * @return this builder
		 */
		public Builder maxOpenFiles(int maxOpenFiles) {
			if (maxOpenFiles < 16 || maxOpenFiles > 65_536) {
				throw new IllegalArgumentException("'maxOpenFiles' must be between 16 and 65536, was " + maxOpenFiles);
			}
			this.maxOpenFiles = maxOpenFiles;
			return this;
		}

		/**
		 * Sets how many processes (threads included) the run may have. Counted per run when the
		 * run has its own user namespace, else per user.
		 * @param maxProcesses a positive count, default
		 * {@value SubprocessExecutor#DEFAULT_MAX_PROCESSES}
		 * @return this builder
		 */
		public Builder maxProcesses(int maxProcesses) {
			if (maxProcesses <= 0) {
				throw new IllegalArgumentException("'maxProcesses' must be positive, was " + maxProcesses);
			}
			this.maxProcesses = maxProcesses;
			return this;
		}

		/**
		 * Builds the executor, detecting Python and the isolation available on this machine. Never
		 * fails because Python is missing: the executor then reports itself unavailable.
		 * @return the executor
		 */
		public SubprocessExecutor build() {
			return new SubprocessExecutor(this);
		}

	}

}
