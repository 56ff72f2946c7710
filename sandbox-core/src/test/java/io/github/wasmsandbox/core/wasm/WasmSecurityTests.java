package io.github.wasmsandbox.core.wasm;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.SandboxLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile programs. Each asserts the exact status and that nothing leaked; the last test checks
 * the host is still healthy after all of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WasmSecurityTests {

	private static final String SECRET = "sandbox-secret-" + System.nanoTime();

	private static WasmExecutor executor;

	private static Set<String> threadsBefore;

	private static long heapBefore;

	@BeforeAll
	static void startEngine() {
		executor = WasmExecutor.builder()
			.limits(SandboxLimits.builder()
				.timeout(Duration.ofSeconds(2))
				.memoryLimitBytes(32L * 1024 * 1024)
				.maxStdoutBytes(64 * 1024)
				.maxConcurrency(2)
				.build())
			.build();
		executor.warmUp();
		executor.awaitPreloaded(Duration.ofSeconds(60));
		executor.execute(ExecutionRequest.of("print(1)"));
		threadsBefore = liveThreadNames();
		heapBefore = usedHeapAfterGc();
	}

	@AfterAll
	static void stopEngine() {
		executor.close();
	}

	private static ExecutionResult run(String code) {
		return executor.execute(ExecutionRequest.of(code));
	}

	@Test
	void executeWhenReadingEtcPasswdShouldFail() {
		ExecutionResult result = run("print(open('/etc/passwd').read())");
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.error().type()).isEqualTo("OSError");
		assertThat(result.stdout()).doesNotContain("root:");
	}

	@Test
	void executeWhenReadingHostPathsByAnyRouteShouldFail() {
		for (String path : new String[] { "/proc/self/environ", "/etc/hostname", "../../../../etc/passwd",
				"/lib/../etc/passwd", "/root/.bashrc", System.getProperty("user.dir") + "/pom.xml" }) {
			ExecutionResult result = run("print(open(" + pyString(path) + ", 'rb').read())");
			assertThat(result.status()).as(path).isEqualTo(ExecutionStatus.ERROR);
			assertThat(result.error().type()).as(path).isEqualTo("OSError");
		}
	}

	@Test
	void executeWhenWritingOrDeletingFilesShouldFail() {
		assertThat(run("open('/tmp/owned', 'w').write('x')").error().type()).isEqualTo("OSError");
		assertThat(run("open('/lib/json.py', 'w').write('x')").error().type()).isEqualTo("OSError");
		assertThat(run("import os\nos.remove('/etc/passwd')").error().type()).isEqualTo("OSError");
		assertThat(run("import os\nos.mkdir('/evil')").error().type()).isEqualTo("OSError");
		assertThat(run("import os\nos.rename('/lib', '/x')").error().type()).isEqualTo("OSError");
		assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/owned"))).isFalse();
	}

	@Test
	void executeWhenListingRootShouldShowNothingOfTheHost() {
		ExecutionResult result = run("import os\ntry:\n    print(os.listdir('/'))\nexcept OSError as e:\n    print('denied')");
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.stdout()).doesNotContain("etc").doesNotContain("usr").doesNotContain("home");
	}

	@Test
	void executeWhenReadingEnvironmentShouldFindNothing() {
		ExecutionResult result = run("import os\nprint(getattr(os, 'environ', {}))\nprint(getattr(os, 'getenv', lambda k: None)('PATH'))");
		assertThat(result.stdout()).doesNotContain("/usr/bin").doesNotContain(SECRET);
		if (result.status() == ExecutionStatus.ERROR) {
			assertThat(result.error().type()).isIn("AttributeError", "OSError");
		}
	}

	@Test
	void executeWhenImportingNetworkAndProcessModulesShouldFail() {
		for (String module : new String[] { "socket", "_thread", "subprocess", "ctypes", "threading", "select",
				"ssl", "urllib.request", "http.client", "multiprocessing", "signal" }) {
			ExecutionResult result = run("import " + module + "\nprint('imported')");
			if (result.status() == ExecutionStatus.SUCCESS) {
				// a module that exists must still give no way out: select is MicroPython's own
				assertThat(module).as("module that imported").isIn("select");
			}
			else {
				assertThat(result.error().type()).as(module).isIn("ImportError", "NotImplementedError");
			}
		}
	}

	@Test
	void executeWhenUsingSelectShouldFindNothingToPoll() {
		ExecutionResult result = run("import select\np = select.poll()\nprint(p.poll(0))");
		assertThat(result.stdout()).isIn("[]\n", "");
	}

	@Test
	void executeWhenUsingJavaScriptBridgeShouldEndInCleanError() {
		for (String code : new String[] { "import js\njs.document", "import jsffi\njsffi.create_proxy(print)",
				"import jsffi\njsffi.to_js([1])", "import js\njs.fetch('http://127.0.0.1')" }) {
			ExecutionResult result = run(code);
			assertThat(result.status()).as(code).isEqualTo(ExecutionStatus.ERROR);
			assertThat(result.error()).as(code).isNotNull();
		}
		assertThat(run("print('alive')").stdout()).isEqualTo("alive\n");
	}

	@Test
	void executeWhenReadingMemoryOutsideTheGuestWithUctypesShouldTrapNotCrash() {
		ExecutionResult result = run("import uctypes\nprint(uctypes.bytes_at(0x7ff00000, 64))");
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.stdout()).isEmpty();
	}

	@Test
	void executeWhenWritingMemoryOutsideTheGuestWithUctypesShouldTrapNotCrash() {
		ExecutionResult result = run("import uctypes\nb = uctypes.bytearray_at(0x7ff00000, 64)\nb[0] = 1");
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
	}

	@Test
	void executeWhenCorruptingTheInterpreterWithUctypesShouldEndTheCallAndNotLeak() {
		ExecutionResult result = run("import uctypes\nb = uctypes.bytearray_at(1024, 1_000_000)\nfor i in range(len(b)):\n    b[i] = 0xff");
		assertThat(result.status()).isIn(ExecutionStatus.ERROR, ExecutionStatus.TIMEOUT,
				ExecutionStatus.SUCCESS, ExecutionStatus.MEMORY_LIMIT);
		assertThat(run("x = {'fresh': 1}\nprint(x)").stdout()).isEqualTo("{'fresh': 1}\n");
	}

	@Test
	void executeWhenHandingHostFunctionsBadPointersShouldBeRefused() {
		// fd_write with an iovec pointing past the end of memory, reached through the VFS layer
		ExecutionResult result = run("import uctypes, sys\nbuf = uctypes.bytearray_at(0x7fff0000, 16)\nsys.stdout.write(buf)");
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
	}

	@Test
	void executeWhenFormattingFloatsAtHostilePrecisionsShouldStayInTheGuestBuffer() {
		// sandbox.format_float, the one import the patched guest adds, is called only by
		// mp_print_float with its own 1089-byte stack buffer: guest code reaches it through
		// values and precisions, and the host cuts every result to that buffer
		ExecutionResult result = run("""
				for p in (0, 17, 99, 1000, 1088, 5000, 2**31 - 1):
				    for f in ('f', 'e', 'g', 'F', 'E', 'G'):
				        s = ('%.' + str(p) + f) % -1.7976931348623157e308
				        # getattr: the guest's own str.format, not the library's the rewriter routes to
				        t = getattr('{:.' + str(p) + f + '}', 'format')(5e-324)
				        assert 0 < len(s) <= 1088 and 0 < len(t) <= 1088, (p, f, len(s), len(t))
				print('ok')
				""");
		assertThat(result.stdout()).isEqualTo("ok\n");
		assertThat(run("print(0.1 + 0.2, '%.2f' % 0.125)").stdout()).isEqualTo("0.30000000000000004 0.12\n");
	}

	@Test
	void executeWhenMemoryBombShouldHitMemoryLimit() {
		assertThat(run("x = 'a' * (1 << 30)").status()).isEqualTo(ExecutionStatus.MEMORY_LIMIT);
		assertThat(run("x = [0] * (1 << 28)").status()).isEqualTo(ExecutionStatus.MEMORY_LIMIT);
	}

	@Test
	void executeWhenCpuLoopShouldTimeOut() {
		assertThat(run("n = 0\nwhile True:\n    n += 1").status()).isEqualTo(ExecutionStatus.TIMEOUT);
	}

	@Test
	void executeWhenSwallowingEveryExceptionShouldNotEscapeTheTimeout() {
		ExecutionResult result = run("while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass");
		assertThat(result.status()).isEqualTo(ExecutionStatus.TIMEOUT);
	}

	@Test
	void executeWhenOutputFloodShouldHitOutputLimit() {
		ExecutionResult result = run("print('A' * (10 ** 7))");
		assertThat(result.status()).isIn(ExecutionStatus.OUTPUT_LIMIT, ExecutionStatus.MEMORY_LIMIT);
		assertThat(result.stdout().length()).isLessThanOrEqualTo(64 * 1024);
	}

	@Test
	void executeWhenRecursionBombShouldEndInError() {
		ExecutionResult result = run("import sys\nsys.setrecursionlimit(10**9) if hasattr(sys, 'setrecursionlimit') else None\ndef f():\n    f()\nf()");
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
	}

	@Test
	void executeWhenHugePowerShouldBeStoppedByALimit() {
		ExecutionResult result = run("x = pow(10, 10**8)\nprint(len(str(x)))");
		assertThat(result.status()).isIn(ExecutionStatus.TIMEOUT, ExecutionStatus.MEMORY_LIMIT);
	}

	@Test
	void executeWhenCatastrophicRegexShouldBeStoppedByTheTimeout() {
		ExecutionResult result = run("import re\nprint(re.match('(a*)*b', 'a' * 40))");
		assertThat(result.status()).isIn(ExecutionStatus.TIMEOUT, ExecutionStatus.ERROR);
	}

	@Test
	void executeWhenFloodingADictWithCollidingKeysShouldBeStoppedByTheTimeout() {
		// every key has one hash, so the patched guest's index probes all earlier keys on each insert
		// (quadratic, as in CPython); its __eq__ even grows the dict while it is being searched
		ExecutionResult result = run("class K:\n    def __init__(self, v):\n        self.v = v\n"
				+ "    def __hash__(self):\n        return 7\n    def __eq__(self, o):\n"
				+ "        d[len(d) + 10 ** 6] = 0\n        return False\n"
				+ "d = {i: i for i in range(20)}\nfor i in range(10 ** 6):\n    d[K(i)] = i");
		assertThat(result.status()).isIn(ExecutionStatus.TIMEOUT, ExecutionStatus.MEMORY_LIMIT);
		assertThat(run("d = {str(i): i for i in range(50000)}\nprint(len(d), d['49999'])").stdout())
			.isEqualTo("50000 49999\n");
	}

	@Test
	void executeWhenLongSleepShouldTimeOut() {
		ExecutionResult result = run("import time\ntime.sleep(100)\nprint('woke')");
		assertThat(result.status()).isEqualTo(ExecutionStatus.TIMEOUT);
		assertThat(result.stdout()).isEmpty();
	}

	@Test
	void executeWhenHugeSourceShouldBeRejected() {
		ExecutionResult result = run("x = 1\n" + "#".repeat(SandboxLimits.DEFAULT_MAX_CODE_BYTES));
		assertThat(result.status()).isEqualTo(ExecutionStatus.REJECTED);
	}

	@Test
	void executeWhenTamperingWithTheDriverShouldOnlyAffectThatCall() {
		run("import __main__\n__main__._sandbox_run = None\n__main__._sandbox_error = None");
		assertThat(run("print('driver intact')").stdout()).isEqualTo("driver intact\n");
	}

	@Test
	void executeWhenGcAndBuiltinsTamperingShouldNotLeakToNextCall() {
		run("import builtins\nbuiltins.print = None\nbuiltins.len = None");
		assertThat(run("print(len('abc'))").stdout()).isEqualTo("3\n");
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void executeWhenEveryAttackHasRunShouldLeaveTheHostHealthy() throws InterruptedException {
		assertThat(run("print(sum(range(10)))").stdout()).isEqualTo("45\n");
		Set<String> leaked = liveThreadNames();
		leaked.removeAll(threadsBefore);
		leaked.removeIf((name) -> name.startsWith("wasm-sandbox-"));
		assertThat(leaked).as("threads started by the attacks").isEmpty();
		long guestThreads = liveThreadNames().stream().filter((name) -> name.startsWith("wasm-sandbox-")).count();
		assertThat(guestThreads).isLessThanOrEqualTo(executor.limits().maxConcurrency());
		long heapAfter = usedHeapAfterGc();
		assertThat(heapAfter).as("heap after attacks vs before").isLessThan(heapBefore + 64L * 1024 * 1024);
	}

	private static Set<String> liveThreadNames() {
		return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
			.collect(Collectors.toSet());
	}

	private static long usedHeapAfterGc() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static String pyString(String text) {
		return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}

}
