package io.github.wasmsandbox.core.cpython;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Hostile programs against the CPython tier: files, environment, sockets, {@code ctypes},
 * processes, threads, resource exhaustion, tampering. Each asserts the status and that nothing of
 * the host was reached; the last test checks the host is still healthy after all of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CPythonSecurityTests {

	private static CPythonWasmExecutor executor;

	private static Set<String> threadsBefore;

	private static long heapBefore;

	@BeforeAll
	static void startEngine() {
		assumeThat(CPythonWasmExecutor.isSupportedByThisJvm())
			.as("the CPython WASM tier needs Java %d+, this JVM is Java %d", CPythonWasmExecutor.REQUIRED_JAVA_VERSION,
					Runtime.version().feature())
			.isTrue();
		executor = CPythonWasmExecutor.builder().limits(CPythonTestLimits.limits()).build();
		assertThat(executor.warmUp()).as(String.valueOf(executor.unavailableReason())).isTrue();
		executor.execute(ExecutionRequest.of("print(1)"));
		threadsBefore = liveThreadNames();
		heapBefore = usedHeapAfterGc();
	}

	@AfterAll
	static void stopEngine() {
		if (executor != null) {
			executor.close();
		}
	}

	private static ExecutionResult run(String code) {
		return executor.execute(ExecutionRequest.of(code));
	}

	/** Runs code that prints one line per probe and expects the call itself to succeed. */
	private static String probe(String code) {
		ExecutionResult result = run(code);
		assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionStatus.SUCCESS);
		return result.stdout();
	}

	private static final String TRY = """
			def attempt(label, action):
			    try:
			        action()
			        print(label, 'ALLOWED')
			    except BaseException as ex:
			        print(label, 'denied', type(ex).__name__)
			""";

	@Test
	void readingHostFilesShouldFail() {
		String out = probe(TRY + """
				attempt('passwd', lambda: open('/etc/passwd').read())
				attempt('environ', lambda: open('/proc/self/environ', 'rb').read())
				attempt('relative', lambda: open('../../../../etc/hostname').read())
				attempt('pom', lambda: open('pom.xml').read())
				import os
				attempt('os.open', lambda: os.open('/etc/shadow', os.O_RDONLY))
				import pathlib
				attempt('pathlib', lambda: pathlib.Path('/etc/hosts').read_text())
				""");
		assertThat(out).doesNotContain("ALLOWED").contains("passwd denied", "environ denied", "pathlib denied");
	}

	@Test
	void writingOrDeletingFilesShouldFail() {
		String out = probe(TRY + """
				import os
				attempt('tmp', lambda: open('/tmp/pwned', 'w').write('x'))
				attempt('guest', lambda: open('/guest/guest.py', 'w').write('x'))
				def stdlib():
				    with open('/opt/wasi-python/lib/python3.13/json/__init__.py', 'w') as f:
				        f.write('x')
				attempt('stdlib', stdlib)
				attempt('mkdir', lambda: os.mkdir('/pwned'))
				attempt('remove', lambda: os.remove('/opt/wasi-python/lib/python3.13/json/__init__.py'))
				""");
		assertThat(out).doesNotContain("ALLOWED");
		assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/tmp/pwned"))).isFalse();
		assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/pwned"))).isFalse();
		// the standard library is inside the module (wasi-vfs, read-only): nothing was written
		assertThat(probe("print(open('/opt/wasi-python/lib/python3.13/json/__init__.py').read(10))"))
			.isEqualTo("r\"\"\"JSON (\n");
	}

	@Test
	void listingTheFileSystemShouldShowNothingOfTheHost() {
		ExecutionResult result = run("""
				import os
				seen = []
				for path in ('/', '.', '/guest', '/etc', '/proc', '/home', '/root', '/work', '/tmp'):
				    try:
				        seen += os.listdir(path)
				    except OSError:
				        pass
				print(sorted(set(seen)))
				""");
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.stdout()).doesNotContain("passwd", "proc", "home", "root", "work", "guest.py", "etc");
	}

	@Test
	void readingTheEnvironmentShouldFindNothingOfTheHost() {
		String out = probe("""
				import os
				print(sorted(os.environ))
				print(os.getenv('PATH'), os.getenv('HOME'), os.getenv('JAVA_HOME'))
				import sys
				print(sys.argv)
				""");
		// the two variables are baked into the module at its build (Wizer), not read from the host
		assertThat(out).isEqualTo("['PYTHONDONTWRITEBYTECODE', 'TERM']\nNone None None\n['']\n");
	}

	@Test
	void openingSocketsShouldFail() {
		String out = probe(TRY + """
				import socket
				attempt('socket', lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM))
				attempt('connect', lambda: socket.create_connection(('127.0.0.1', 22), timeout=1))
				attempt('dns', lambda: socket.gethostbyname('localhost'))
				attempt('raw', lambda: socket.socket(socket.AF_INET, socket.SOCK_RAW))
				attempt('unix', lambda: socket.socket(socket.AF_UNIX))
				""");
		assertThat(out).doesNotContain("ALLOWED").contains("socket denied", "connect denied", "dns denied");
	}

	@Test
	void loadingNativeCodeShouldFail() {
		String out = probe(TRY + """
				attempt('ctypes', lambda: __import__('ctypes'))
				attempt('_ctypes', lambda: __import__('_ctypes'))
				attempt('cffi', lambda: __import__('cffi'))
				""");
		assertThat(out).isEqualTo("ctypes denied ModuleNotFoundError\n_ctypes denied ModuleNotFoundError\n"
				+ "cffi denied ModuleNotFoundError\n");
	}

	@Test
	void startingProcessesOrThreadsShouldFail() {
		String out = probe(TRY + """
				import os
				attempt('subprocess', lambda: __import__('subprocess'))
				attempt('system', lambda: os.system('id'))
				attempt('fork', lambda: os.fork())
				attempt('exec', lambda: os.execv('/bin/sh', ['sh']))
				attempt('popen', lambda: os.popen('id'))
				attempt('spawn', lambda: os.posix_spawn('/bin/sh', ['sh'], {}))
				attempt('kill', lambda: os.kill(1, 9))
				import threading
				attempt('thread', lambda: threading.Thread(target=print).start())
				attempt('multiprocessing', lambda: __import__('multiprocessing').Process(target=print).start())
				""");
		assertThat(out).doesNotContain("ALLOWED").contains("subprocess denied", "thread denied");
	}

	@Test
	void cpuLoopShouldTimeOut() {
		ExecutionResult result = executor
			.execute(ExecutionRequest.builder("while True:\n    pass").timeout(Duration.ofMillis(500)).build());
		assertThat(result.status()).isEqualTo(ExecutionStatus.TIMEOUT);
	}

	@Test
	void swallowingEveryExceptionShouldNotEscapeTheTimeout() {
		ExecutionResult result = executor.execute(ExecutionRequest.builder("""
				while True:
				    try:
				        while True:
				            pass
				    except BaseException:
				        pass
				""").timeout(Duration.ofMillis(500)).build());
		assertThat(result.status()).isEqualTo(ExecutionStatus.TIMEOUT);
	}

	@Test
	void longSleepShouldTimeOut() {
		ExecutionResult result = executor
			.execute(ExecutionRequest.builder("import time\ntime.sleep(60)").timeout(Duration.ofMillis(500)).build());
		assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionStatus.TIMEOUT);
		assertThat(result.duration()).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void catastrophicRegexShouldBeStoppedByTheTimeout() {
		ExecutionResult result = executor.execute(ExecutionRequest
			.builder("import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')")
			.timeout(Duration.ofMillis(500))
			.build());
		assertThat(result.status()).isEqualTo(ExecutionStatus.TIMEOUT);
	}

	@Test
	void memoryBombShouldHitMemoryLimit() {
		assertThat(run("x = ' ' * (1 << 30)").status()).isEqualTo(ExecutionStatus.MEMORY_LIMIT);
		assertThat(run("x = []\nwhile True:\n    x.append(list(range(1000)))").status())
			.isEqualTo(ExecutionStatus.MEMORY_LIMIT);
	}

	@Test
	void hugePowerShouldBeStoppedByALimit() {
		ExecutionResult result = executor
			.execute(ExecutionRequest.builder("x = 10 ** 10 ** 10").timeout(Duration.ofSeconds(1)).build());
		assertThat(result.status().isLimit()).as(result.status().toString()).isTrue();
	}

	@Test
	void outputFloodShouldHitOutputLimit() {
		ExecutionResult stdout = run("import sys\nwhile True:\n    sys.stdout.write('y' * 4096)");
		assertThat(stdout.status()).isEqualTo(ExecutionStatus.OUTPUT_LIMIT);
		ExecutionResult stderr = run("import os\nwhile True:\n    os.write(2, b'z' * 4096)");
		assertThat(stderr.status()).isEqualTo(ExecutionStatus.OUTPUT_LIMIT);
		assertThat(stderr.stderrTruncated()).isTrue();
	}

	@Test
	void recursionBombsShouldEndInError() {
		ExecutionResult python = run("def f(n):\n    return f(n + 1)\nf(0)");
		assertThat(python.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(python.error().type()).isEqualTo("RecursionError");
		assertThat(python.error().traceback()).contains("Previous line repeated");
		ExecutionResult nested = run("x = []\nfor _ in range(100_000):\n    x = [x]\nrepr(x)");
		assertThat(nested.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(nested.error().type()).isEqualTo("RecursionError");
	}

	@Test
	void raisingTheRecursionLimitShouldNotTakeDownTheHost() {
		ExecutionResult result = run("""
				import sys
				sys.setrecursionlimit(10 ** 6)
				class A:
				    def __repr__(self):
				        return repr(A())
				repr(A())
				""");
		assertThat(result.status()).as(result.stderr()).isIn(ExecutionStatus.ERROR, ExecutionStatus.MEMORY_LIMIT);
		assertThat(run("print('alive')").stdout()).isEqualTo("alive\n");
	}

	@Test
	void abortingTheInterpreterShouldEndOnlyThatCall() {
		ExecutionResult aborted = run("import os\nprint('before')\nos.abort()");
		assertThat(aborted.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(aborted.stdout()).isEqualTo("before\n");
		ExecutionResult exited = run("import os\nos._exit(7)");
		assertThat(exited.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(exited.error().type()).isEqualTo("SystemExit");
		assertThat(run("print('alive')").stdout()).isEqualTo("alive\n");
	}

	@Test
	void closingStandardStreamsShouldNotAffectTheNextCall() {
		run("import os\nos.close(1)\nos.close(2)\nos.close(0)");
		assertThat(run("print('still here')").stdout()).isEqualTo("still here\n");
	}

	@Test
	void tamperingWithInterpreterStateShouldNotLeakToNextCall() {
		run("""
				import builtins, sys, json
				builtins.print = None
				builtins.len = lambda x: -1
				json.dumps = None
				sys.modules['os'] = None
				sys.path.insert(0, '/evil')
				import gc
				gc.disable()
				""");
		ExecutionResult result = run("import json, os, sys, gc\nprint(len('abc'), json.dumps([1]), gc.isenabled(), "
				+ "'/evil' in sys.path)");
		assertThat(result.stdout()).isEqualTo("3 [1] True False\n");
	}

	@Test
	void hostileInputsShouldStayData() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("print(type(payload).__name__, len(payload))",
				Map.of("payload", List.of("__import__('os').system('id')", Map.of("__class__", "x")))));
		assertThat(result.stdout()).isEqualTo("list 2\n");
	}

	@Test
	void hugeSourceShouldBeRejected() {
		assertThat(run("x = 1\n".repeat(20_000)).status()).isEqualTo(ExecutionStatus.REJECTED);
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void afterTheAttacksTheHostShouldBeHealthy() {
		assertThat(run("print(sum(range(10)))").stdout()).isEqualTo("45\n");
		Set<String> leaked = liveThreadNames();
		leaked.removeAll(threadsBefore);
		leaked.removeIf((name) -> name.startsWith("cpython-sandbox-"));
		assertThat(leaked).as("threads started by the attacks").isEmpty();
		long guestThreads = liveThreadNames().stream().filter((name) -> name.startsWith("cpython-sandbox-")).count();
		assertThat(guestThreads).isLessThanOrEqualTo(executor.limits().maxConcurrency());
		assertThat(usedHeapAfterGc()).as("heap after attacks vs before").isLessThan(heapBefore + 256L * 1024 * 1024);
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

}
