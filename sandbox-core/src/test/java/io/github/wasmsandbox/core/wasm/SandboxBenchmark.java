package io.github.wasmsandbox.core.wasm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.SandboxLimits;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark harness behind BENCHMARKS.md (run by {@code benchmarks/run.sh}, never by
 * {@code mvn verify}). Measures the WASM engine with fresh state per call and, in the same run,
 * the anchors: CPython in a fresh subprocess per call and Node/V8 running the same wasm.
 *
 * <p>
 * Arguments: {@code <workloads dir> <corpus dir> <iterations> [anchors]}. Prints Markdown.
 */
public final class SandboxBenchmark {

	private static final List<String> WORKLOADS = List.of("hello", "transform", "fib", "loop", "json_transform",
			"dicts");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SandboxBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path workloads = Path.of(args[0]);
		Path corpus = Path.of(args[1]);
		int iterations = Integer.parseInt(args[2]);
		boolean anchors = args.length > 3 && args[3].equals("anchors");
		String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
		String flags = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
		System.out.println("## Run: " + jvm + ", flags `" + flags + "`, huge-method JIT "
				+ (WasmExecutor.isHugeMethodCompilationEnabled() ? "on" : "OFF") + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores");
		System.out.println();

		SandboxLimits limits = SandboxLimits.builder().timeout(Duration.ofSeconds(60)).maxConcurrency(8).build();
		Map<String, double[]> wasm = new LinkedHashMap<>();
		try (WasmExecutor executor = WasmExecutor.builder().limits(limits).build()) {
			executor.warmUp();
			if (!executor.awaitPreloaded(Duration.ofMinutes(2))) {
				throw new IllegalStateException("the compatibility modules were not preloaded");
			}
			for (String name : WORKLOADS) {
				ExecutionRequest request = request(workloads, name);
				boolean heavy = isHeavy(name);
				int warmup = heavy ? 5 : Math.max(50, iterations);
				int measured = heavy ? Math.max(10, iterations / 20) : iterations;
				// light workloads are measured after ten seconds of warm-up: HotSpot keeps compiling the
				// guest's big functions (C2) for seconds, and latency measured during that is noise
				wasm.put(name, measure(() -> check(executor.execute(request)), warmup, measured, heavy ? 3 : 10));
			}
			Map<String, double[]> cpython = new LinkedHashMap<>();
			Map<String, double[]> fallback = new LinkedHashMap<>();
			Map<String, double[]> nodeWarm = new LinkedHashMap<>();
			Map<String, double[]> nodeFresh = new LinkedHashMap<>();
			if (anchors) {
				for (String name : WORKLOADS) {
					cpython.put(name, measure(() -> runCPython(workloads, name), 2, isHeavy(name) ? 10 : 30));
				}
				// the project's own fallback: the same CPython behind its full isolation chain
				io.github.wasmsandbox.core.subprocess.SubprocessExecutor subprocess = io.github.wasmsandbox.core.subprocess.SubprocessExecutor
					.builder()
					.limits(limits)
					.build();
				System.out.println("SubprocessExecutor isolation: " + subprocess.isolation());
				for (String name : List.of("hello", "transform")) {
					ExecutionRequest request = request(workloads, name);
					fallback.put(name, measure(() -> check(subprocess.execute(request)), 2, 30));
				}
				readNode(workloads, iterations, nodeWarm, nodeFresh);
			}
			System.out.println("| workload | WASM (JVM) p50 / p99 ms | CPython subprocess p50 / p99 ms | Node/V8 fresh p50 / p99 ms | Node/V8 warm, no fresh state p50 / p99 ms | JVM ÷ Node fresh (p50) | JVM ÷ Node warm (p50) | CPython ÷ JVM (p50) |");
			System.out.println("|---|---|---|---|---|---|---|---|");
			for (String name : WORKLOADS) {
				double[] w = wasm.get(name);
				double[] c = cpython.get(name);
				double[] nf = nodeFresh.get(name);
				double[] nw = nodeWarm.get(name);
				System.out.printf("| %s | %s | %s | %s | %s | %s | %s | %s |%n", name, cell(w), cell(c), cell(nf), cell(nw),
						ratio(w, nf), ratio(w, nw), ratio(c, w));
			}
			System.out.println();
			for (Map.Entry<String, double[]> entry : fallback.entrySet()) {
				System.out.printf("SubprocessExecutor (fallback, isolated CPython) %s: p50 / p99 %s ms; JVM WASM is %.0fx faster at p50%n",
						entry.getKey(), cell(entry.getValue()), entry.getValue()[0] / wasm.get(entry.getKey())[0]);
			}
			System.out.println();
			corpus(executor, corpus);
			throughput(executor, request(workloads, "hello"), "hello");
			throughput(executor, request(workloads, "transform"), "transform");
		}
		retainedPerInstance(limits, request(workloads, "transform"));
		firstResult();
	}

	private static boolean isHeavy(String name) {
		return name.equals("fib") || name.equals("loop") || name.equals("json_transform") || name.equals("dicts");
	}

	private static ExecutionRequest request(Path workloads, String name) throws IOException {
		String code = Files.readString(workloads.resolve(name + ".py"));
		Path inputs = workloads.resolve(name + ".inputs.json");
		if (Files.exists(inputs)) {
			@SuppressWarnings("unchecked")
			Map<String, Object> values = JSON.readValue(inputs.toFile(), Map.class);
			return ExecutionRequest.of(code, values);
		}
		return ExecutionRequest.of(code);
	}

	private static void check(ExecutionResult result) {
		if (result.status() != ExecutionStatus.SUCCESS) {
			throw new IllegalStateException("benchmark workload failed: " + result);
		}
	}

	private static double[] measure(ThrowingRunnable body, int warmup, int measured) throws Exception {
		return measure(body, warmup, measured, 0);
	}

	private static double[] measure(ThrowingRunnable body, int warmup, int measured, int warmupSeconds)
			throws Exception {
		long warmUntil = System.nanoTime() + warmupSeconds * 1_000_000_000L;
		for (int i = 0; i < warmup || System.nanoTime() < warmUntil; i++) {
			body.run();
		}
		double[] times = new double[measured];
		for (int i = 0; i < measured; i++) {
			long start = System.nanoTime();
			body.run();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return new double[] { percentile(times, 0.50), percentile(times, 0.99) };
	}

	private static double percentile(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
	}

	private static String cell(double[] values) {
		return (values == null) ? "n/a" : String.format("%s / %s", fmt(values[0]), fmt(values[1]));
	}

	private static String fmt(double ms) {
		return (ms < 1) ? String.format("%.3f", ms) : (ms < 100) ? String.format("%.2f", ms) : String.format("%.0f", ms);
	}

	private static String ratio(double[] a, double[] b) {
		return (a == null || b == null) ? "n/a" : String.format("%.2fx", a[0] / b[0]);
	}

	/** CPython in a fresh isolated process per call: what the subprocess fallback pays at least. */
	private static void runCPython(Path workloads, String name) throws Exception {
		Path script = workloads.resolve(name + ".py");
		Path inputs = workloads.resolve(name + ".inputs.json");
		String bootstrap = Files.exists(inputs)
				? "import json,sys; g={'__name__':'__main__'}; g.update(json.load(open(sys.argv[2]))); exec(compile(open(sys.argv[1]).read(), sys.argv[1], 'exec'), g)"
				: "import sys; exec(compile(open(sys.argv[1]).read(), sys.argv[1], 'exec'), {'__name__':'__main__'})";
		Process process = new ProcessBuilder("python3", "-I", "-S", "-c", bootstrap, script.toString(), inputs.toString())
			.redirectErrorStream(true)
			.start();
		process.getInputStream().readAllBytes();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("python3 failed on " + name);
		}
	}

	private static void readNode(Path workloads, int iterations, Map<String, double[]> warm,
			Map<String, double[]> fresh) throws Exception {
		Path bench = Path.of("tools/node/bench.mjs");
		if (!Files.exists(bench)) {
			bench = Path.of("../tools/node/bench.mjs");
		}
		Process process = new ProcessBuilder("node", bench.toString(), workloads.toString(), String.valueOf(iterations))
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				@SuppressWarnings("unchecked")
				Map<String, Object> row = JSON.readValue(line, Map.class);
				double[] values = { ((Number) row.get("p50")).doubleValue(), ((Number) row.get("p99")).doubleValue() };
				("warm".equals(row.get("mode")) ? warm : fresh).put((String) row.get("workload"), values);
			}
		}
		process.waitFor(10, TimeUnit.MINUTES);
	}

	private static void corpus(WasmExecutor executor, Path corpus) throws Exception {
		Path cases = corpus.resolve("cases");
		if (!Files.isDirectory(cases)) {
			System.out.println("(corpus not found at " + cases + ")");
			return;
		}
		List<ExecutionRequest> requests = new ArrayList<>();
		try (Stream<Path> files = Files.list(cases)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".py")).sorted().toList()) {
				requests.add(ExecutionRequest.builder(Files.readString(file)).timeout(Duration.ofSeconds(5)).build());
			}
		}
		for (ExecutionRequest request : requests) {
			executor.execute(request);
		}
		List<Double> times = new ArrayList<>();
		long start = System.nanoTime();
		int rounds = 3;
		for (int round = 0; round < rounds; round++) {
			for (ExecutionRequest request : requests) {
				ExecutionResult result = executor.execute(request);
				if (result.status() != ExecutionStatus.TIMEOUT) {
					times.add(result.duration().toNanos() / 1e6);
				}
			}
		}
		double total = (System.nanoTime() - start) / 1e6;
		double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		System.out.printf("Corpus as a mixed workload (%d scripts x %d rounds, timeouts excluded): p50 %s ms, p99 %s ms, mean %s ms per script, %.1f s per round%n%n",
				requests.size(), rounds, fmt(percentile(sorted, 0.5)), fmt(percentile(sorted, 0.99)),
				fmt(Arrays.stream(sorted).average().orElse(0)), total / rounds / 1000);
	}

	private static void throughput(WasmExecutor executor, ExecutionRequest request, String name) throws Exception {
		StringBuilder row = new StringBuilder("Throughput, " + name + ", fresh state per call: ");
		for (int callers : new int[] { 1, 2, 8 }) {
			ExecutorService pool = Executors.newFixedThreadPool(callers);
			AtomicBoolean stop = new AtomicBoolean();
			AtomicLong done = new AtomicLong();
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				futures.add(pool.submit(() -> {
					while (!stop.get()) {
						check(executor.execute(request));
						done.incrementAndGet();
					}
				}));
			}
			Thread.sleep(1000);
			long before = done.get();
			long start = System.nanoTime();
			Thread.sleep(3000);
			long count = done.get() - before;
			double seconds = (System.nanoTime() - start) / 1e9;
			stop.set(true);
			for (Future<?> future : futures) {
				future.get();
			}
			pool.shutdown();
			row.append(String.format("%d caller%s %.0f/s; ", callers, (callers == 1) ? "" : "s", count / seconds));
		}
		System.out.println(row);
		System.out.println();
	}

	/**
	 * Heap kept by each pooled instance after it ran the transform workload and was reset, as a
	 * pooled instance sits between calls: measured (heap after GC), not estimated.
	 */
	private static void retainedPerInstance(SandboxLimits limits, ExecutionRequest request) {
		MicroPythonEngine engine = MicroPythonEngine.start(limits.memoryLimitBytes(), PythonLibrary.shared());
		engine.preload();
		io.github.wasmsandbox.core.RequestValidator.Validated validated = new io.github.wasmsandbox.core.RequestValidator(limits)
			.validate(request);
		int count = 16;
		long before = usedHeap();
		List<GuestInstance> instances = new ArrayList<>();
		long owned = 0;
		for (int i = 0; i < count; i++) {
			GuestInstance guest = engine.newInstance();
			engine.run(guest, validated, LastStatement.start(request.code()), GuestRun.newCall(1 << 20, 1 << 20));
			engine.snapshot().restoreInto(guest);
			owned += guest.ownedPages();
			instances.add(guest);
		}
		long after = usedHeap();
		System.out.printf("Retained heap per pooled instance (after running transform, then reset): %.2f MiB measured "
				+ "(%d instances, heap after GC; %.1f private pages each); shared snapshot %d KiB of distinct pages over %d pages%n%n",
				(after - before) / (double) count / (1024 * 1024), instances.size(), owned / (double) count,
				engine.snapshot().bytes() / 1024, engine.snapshot().pageCount());
	}

	private static long usedHeap() {
		for (int i = 0; i < 4; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** Wall time from launching a fresh JVM to its first result, without Spring. */
	private static void firstResult() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), FirstResult.class.getName()));
		double[] times = new double[5];
		for (int i = 0; i < times.length; i++) {
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			times[i] = (System.nanoTime() - start) / 1e6;
			if (!out.startsWith("hello")) {
				throw new IllegalStateException("first-result process printed " + out);
			}
		}
		Arrays.sort(times);
		System.out.printf("Fresh JVM to first result (process start to exit, hello world, no Spring): median %s ms, min %s ms (5 runs)%n",
				fmt(times[2]), fmt(times[0]));
	}

	@FunctionalInterface
	interface ThrowingRunnable {

		void run() throws Exception;

	}

	/** The process launched to time start-up: one execution, print its output, exit. */
	public static final class FirstResult {

		private FirstResult() {
		}

		public static void main(String[] args) {
			try (WasmExecutor executor = WasmExecutor.ofDefaults()) {
				System.out.print(executor.execute(ExecutionRequest.of("print('hello')")).stdout());
			}
		}

	}

}
