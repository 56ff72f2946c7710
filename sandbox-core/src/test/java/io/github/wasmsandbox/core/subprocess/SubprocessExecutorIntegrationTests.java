package io.github.wasmsandbox.core.subprocess;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.ExecutionResult;
import io.github.wasmsandbox.core.ExecutionStatus;
import io.github.wasmsandbox.core.SandboxLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Attacks on the {@link SubprocessExecutor}'s hardening. A test that needs an isolation layer
 * this machine lacks is skipped with a message naming the layer, never passed silently.
 */
class SubprocessExecutorIntegrationTests {

	private static SubprocessExecutor executor;

	@BeforeAll
	static void createExecutor() {
		executor = SubprocessExecutor.builder()
			.command(TestPython.command())
			.limits(SandboxLimits.builder().timeout(Duration.ofSeconds(5)).build())
			.build();
		assumeTrue(executor.isAvailable(), () -> "needs python3: " + executor.unavailableReason().orElse(""));
	}

	@Test
	void executeWhenCodeReadsTheEnvironmentShouldSeeOnlyTheAllowlist() {
		Map.Entry<String, String> secret = parentVariable();
		ExecutionResult result = executor.execute(ExecutionRequest.of("""
				import os
				for key in sorted(os.environ):
				    print(key + '=' + os.environ[key])
				"""));
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		List<String> names = result.stdout().lines().map((line) -> line.substring(0, line.indexOf('='))).toList();
		assertThat(names).isSubsetOf("PATH", "LANG", "LC_ALL", "PYTHONIOENCODING", "TMPDIR", "LC_CTYPE");
		assertThat(result.stdout()).doesNotContain(secret.getKey() + "=" + secret.getValue());
	}

	@Test
	void executeWhenCodeReadsOtherProcessesEnvironmentShouldNotFindTheJvms() {
		assumeTrue(executor.isolation().contains(SubprocessIsolation.PID_NAMESPACE)
				|| (executor.isolation().contains(SubprocessIsolation.NON_ROOT_USER) && Launcher.ROOT),
				"needs PID_NAMESPACE, or NON_ROOT_USER with a root JVM: otherwise /proc/<jvm>/environ is readable");
		Map.Entry<String, String> secret = parentVariable();
		ExecutionResult result = executor.execute(ExecutionRequest.of("""
				import os
				seen = 0
				for pid in os.listdir('/proc'):
				    if pid.isdigit():
				        try:
				            with open('/proc/' + pid + '/environ', 'rb') as f:
				                print(f.read().decode('utf-8', 'replace'))
				                seen += 1
				        except OSError:
				            pass
				seen
				"""));
		assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.stdout()).doesNotContain(secret.getKey() + "=" + secret.getValue());
	}

	@Test
	void executeWhenCodeLooksAroundItsWorkingDirectoryShouldFindItEmptyAndItShouldBeDeletedAfterwards() {
		ExecutionResult result = executor.execute(ExecutionRequest.of("""
				import os, stat
				cwd = os.getcwd()
				before = os.listdir('.')
				os.makedirs('locked/inner')
				with open('locked/inner/f.txt', 'w') as f:
				    f.write('x')
				os.chmod('locked/inner', 0)
				os.chmod('locked', 0)
				os.symlink('/etc', 'etc-link')
				mode = stat.S_IMODE(os.stat(cwd).st_mode)
				{'cwd': cwd, 'before': before, 'mode': oct(mode)}
				"""));
		assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionStatus.SUCCESS);
		Map<?, ?> seen = (Map<?, ?>) result.value();
		assertThat(seen.get("before")).isEqualTo(List.of());
		assertThat(seen.get("mode")).isEqualTo("0o700");
		Path cwd = Path.of((String) seen.get("cwd"));
		assertThat(cwd).doesNotExist();
		assertThat(cwd.getParent()).doesNotExist();
		assertThat(Path.of("/etc/hostname")).exists();
	}

	@Test
	void executeWhenCodeForksChildrenThatOutliveTheTimeoutShouldKillThemAll() throws Exception {
		assumeTrue(executor.isolation().contains(SubprocessIsolation.NEW_SESSION),
				"needs NEW_SESSION (setsid) to kill the process group");
		String marker = uniqueSleep();
		ExecutionResult result = executor.execute(ExecutionRequest.builder("""
				import os, subprocess
				child = subprocess.Popen(['sleep', MARKER])
				if os.fork() == 0:
				    if os.fork() == 0:
				        os.execvp('sleep', ['sleep', MARKER])
				    os._exit(0)
				print('spawned', flush=True)
				while True:
				    pass
				""".replace("MARKER", "'" + marker + "'")).timeout(Duration.ofSeconds(1)).build());
		assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionStatus.TIMEOUT);
		assertThat(result.stdout()).isEqualTo("spawned\n");
		assertAllDead(marker);
	}

	@Test
	void executeWhenCodeDetachesAChildAndExitsNormallyShouldStillKillTheChild() throws Exception {
		assumeTrue(executor.isolation().contains(SubprocessIsolation.PID_NAMESPACE),
				"needs PID_NAMESPACE: a child in its own session escapes the process group");
		String marker = uniqueSleep();
		ExecutionResult result = executor.execute(ExecutionRequest.of("""
				import subprocess
				subprocess.Popen(['sleep', MARKER], start_new_session=True)
				'detached'
				""".replace("MARKER", "'" + marker + "'")));
		assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.value()).isEqualTo("detached");
		assertAllDead(marker);
	}

	@Test
	void executeWhenCodeAllocatesBeyondTheMemoryCapShouldReportMemoryLimit() {
		assumeTrue(executor.isolation().contains(SubprocessIsolation.RESOURCE_LIMITS),
				"needs RESOURCE_LIMITS (prlimit --as)");
		ExecutionResult result = executor.execute(ExecutionRequest.of("""
				print('allocating')
				chunks = []
				while True:
				    chunks.append(bytearray(8 * 1024 * 1024))
				"""));
		assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionStatus.MEMORY_LIMIT);
		assertThat(result.stdout()).isEqualTo("allocating\n");
		assertThat(result.message()).contains(String.valueOf(SandboxLimits.DEFAULT_MEMORY_LIMIT_BYTES));
	}

	@Test
	void executeWhenCodeWritesAFileBeyondTheSizeCapShouldFail() {
		assumeTrue(executor.isolation().contains(SubprocessIsolation.RESOURCE_LIMITS),
				"needs RESOURCE_LIMITS (prlimit --fsize)");
		ExecutionResult result = executor.execute(ExecutionRequest.of("""
				with open('big', 'wb') as f:
				    for _ in range(40):
				        f.write(b'x' * (1024 * 1024))
				"""));
		assertThat(result.status()).isEqualTo(ExecutionStatus.ERROR);
		assertThat(result.error().type()).isEqualTo("OSError");
		assertThat(result.error().message()).contains("File too large");
	}

	@Test
	void executeWhenCodeConnectsToLocalhostShouldFailWithNetworkIsolation() throws IOException {
		assumeTrue(executor.isolation().contains(SubprocessIsolation.NETWORK_NAMESPACE),
				"needs NETWORK_NAMESPACE (unshare --user --net)");
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			ExecutionResult result = executor.execute(ExecutionRequest.of("""
					import socket
					try:
					    socket.create_connection(('127.0.0.1', port), timeout=2).close()
					    outcome = 'connected'
					except OSError as ex:
					    outcome = type(ex).__name__
					outcome
					""", Map.of("port", server.getLocalPort())));
			assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
			assertThat(result.value()).isNotEqualTo("connected");
		}
	}

	@Test
	void executeWhenCodeWritesOutsideItsDirectoryAsNonRootShouldBeDenied() {
		assumeTrue(executor.isolation().contains(SubprocessIsolation.NON_ROOT_USER), "needs NON_ROOT_USER");
		ExecutionResult result = executor.execute(ExecutionRequest.of("""
				import os
				try:
				    open('/etc/wasmsandbox-probe', 'w').close()
				    os.remove('/etc/wasmsandbox-probe')
				    outcome = 'written'
				except OSError as ex:
				    outcome = type(ex).__name__
				outcome
				"""));
		assertThat(result.value()).isEqualTo("PermissionError");
	}

	@Test
	void executeWhenCodeForksABombShouldBeBoundedAndStopped() {
		assumeTrue(executor.isolation().contains(SubprocessIsolation.RESOURCE_LIMITS)
				&& executor.isolation().contains(SubprocessIsolation.NON_ROOT_USER),
				"needs RESOURCE_LIMITS and NON_ROOT_USER: RLIMIT_NPROC does not bind root");
		ExecutionResult result = executor.execute(ExecutionRequest.of("""
				import os
				count = 0
				try:
				    for _ in range(200):
				        if os.fork() == 0:
				            import time
				            time.sleep(30)
				            os._exit(0)
				        count += 1
				except OSError as ex:
				    print(type(ex).__name__)
				count
				"""));
		assertThat(result.status()).as(result.stderr()).isEqualTo(ExecutionStatus.SUCCESS);
		assertThat(result.stdout()).isEqualTo("BlockingIOError\n");
		assertThat(((Number) result.value()).intValue()).isLessThan(SubprocessExecutor.DEFAULT_MAX_PROCESSES);
	}

	private static Map.Entry<String, String> parentVariable() {
		String home = System.getenv("HOME");
		if (home != null && home.length() > 1) {
			return Map.entry("HOME", home);
		}
		Optional<Map.Entry<String, String>> any = System.getenv()
			.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals("PATH") && entry.getValue().length() > 3)
			.findFirst();
		assumeTrue(any.isPresent(), "needs an environment variable in the JVM to hide");
		return any.get();
	}

	private static String uniqueSleep() {
		// a sleep duration nobody else uses marks the processes this test spawned
		return "3" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000) + ".123";
	}

	private static void assertAllDead(String marker) throws InterruptedException, ExecutionException {
		for (ProcessHandle process : processesWithArgument(marker)) {
			try {
				process.onExit().get(2, TimeUnit.SECONDS);
			}
			catch (TimeoutException ex) {
				process.destroyForcibly();
			}
		}
		assertThat(processesWithArgument(marker)).as("processes still running 'sleep %s'", marker).isEmpty();
	}

	private static List<ProcessHandle> processesWithArgument(String argument) {
		List<ProcessHandle> found = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path entry : entries) {
				try {
					String cmdline = Files.readString(entry.resolve("cmdline"), StandardCharsets.UTF_8);
					if (cmdline.contains(argument)) {
						ProcessHandle.of(Long.parseLong(entry.getFileName().toString())).ifPresent(found::add);
					}
				}
				catch (IOException ex) {
					// gone meanwhile
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return found;
	}

}
