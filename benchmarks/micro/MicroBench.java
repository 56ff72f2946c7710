import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.SandboxLimits;
import io.github.wasmsandbox.core.wasm.WasmExecutor;

/**
 * What the compatibility layer costs per call: each script in this directory runs through one
 * WasmExecutor (fresh state per call, the rewriter and library in place) after 8 s of warm-up of
 * all of them; prints p50 over 300 calls. Run by benchmarks/micro.sh.
 */
public class MicroBench {

	public static void main(String[] args) throws Exception {
		List<Path> scripts = new ArrayList<>();
		try (var files = Files.list(Path.of(args[0]))) {
			files.filter((file) -> file.toString().endsWith(".py")).sorted().forEach(scripts::add);
		}
		List<String> codes = new ArrayList<>();
		for (Path script : scripts) {
			codes.add(Files.readString(script));
		}
		try (WasmExecutor executor = WasmExecutor.builder()
			.limits(SandboxLimits.builder().timeout(Duration.ofSeconds(30)).build())
			.build()) {
			long warmUntil = System.nanoTime() + 8_000_000_000L;
			while (System.nanoTime() < warmUntil) {
				for (String code : codes) {
					executor.execute(ExecutionRequest.of(code));
				}
			}
			for (int k = 0; k < codes.size(); k++) {
				double[] times = new double[300];
				ExecutionResult result = null;
				for (int i = 0; i < times.length; i++) {
					long start = System.nanoTime();
					result = executor.execute(ExecutionRequest.of(codes.get(k)));
					times[i] = (System.nanoTime() - start) / 1e6;
				}
				Arrays.sort(times);
				System.out.printf("| %s | %.3f | %s |%n", scripts.get(k).getFileName(), times[150], result.status());
			}
		}
	}

}
