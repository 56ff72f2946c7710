package io.github.wasmsandbox.core.cpython;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.SandboxLimits;

/**
 * Measures the CPython tier: engine start (module load, boot, common imports, snapshot), a new
 * instance, the per-call snapshot restore, and each workload with fresh state per call through
 * the executor. Not a test: run it with {@code benchmarks/cpython.sh}.
 */
final class CPythonBenchmark {

	private CPythonBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path workloads = Path.of(args[0]);
		int iterations = Integer.parseInt(args[1]);
		System.out.printf("# Java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
		long start = System.nanoTime();
		GuestEngine engine = EndiveGuestEngine.start();
		System.out.printf("engine start (load + boot + imports + snapshot): %d ms, snapshot %.1f MiB%n",
				(System.nanoTime() - start) / 1_000_000, engine.snapshotBytes() / 1048576.0);
		long[] instantiate = new long[5];
		for (int i = 0; i < instantiate.length; i++) {
			long begin = System.nanoTime();
			engine.newInstance(SandboxLimits.DEFAULT_MEMORY_LIMIT_BYTES);
			instantiate[i] = System.nanoTime() - begin;
		}
		System.out.printf("new instance: %s ms%n", Arrays.toString(Arrays.stream(instantiate).map((n) -> n / 1_000_000).toArray()));
		GuestEngine.Instance instance = engine.newInstance(SandboxLimits.DEFAULT_MEMORY_LIMIT_BYTES);
		long[] restore = new long[Math.max(20, iterations / 4)];
		byte[] pass = "pass".getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < restore.length; i++) {
			instance.run(pass, new byte[0], new ByteArrayOutputStream(), new ByteArrayOutputStream());
			restore[i] = instance.lastRestoreNanos();
		}
		report("restore (33 MiB copy + globals)", restore);
		try (CPythonWasmExecutor executor = CPythonWasmExecutor.builder()
			.engineFactory(() -> engine)
			.limits(SandboxLimits.builder().timeout(java.time.Duration.ofSeconds(30)).maxConcurrency(1).build())
			.build()) {
			for (String name : new String[] { "hello.py", "transform.py" }) {
				String code = Files.readString(workloads.resolve(name));
				long[] times = new long[iterations];
				for (int i = 0; i < iterations; i++) {
					long begin = System.nanoTime();
					ExecutionResult result = executor.execute(ExecutionRequest.of(code));
					times[i] = System.nanoTime() - begin;
					if (!result.isSuccess()) {
						throw new IllegalStateException(name + ": " + result);
					}
				}
				report(name + " (fresh state, through the executor)", times);
			}
		}
	}

	private static void report(String label, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf("%-50s n=%d p50 %.2f ms  p99 %.2f ms  min %.2f ms%n", label, sorted.length,
				sorted[sorted.length / 2] / 1e6, sorted[Math.min(sorted.length - 1, sorted.length * 99 / 100)] / 1e6,
				sorted[0] / 1e6);
	}

}
