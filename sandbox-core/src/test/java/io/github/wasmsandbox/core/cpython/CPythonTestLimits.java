package io.github.wasmsandbox.core.cpython;

import java.time.Duration;

import io.github.wasmsandbox.core.SandboxLimits;

/**
 * The limits the CPython tier's tests run under.
 */
final class CPythonTestLimits {

	static final int MAX_STDOUT = 10_000;

	private CPythonTestLimits() {
	}

	static SandboxLimits limits() {
		return SandboxLimits.builder()
			.timeout(Duration.ofSeconds(10))
			.memoryLimitBytes(96L * 1024 * 1024)
			.maxStdoutBytes(MAX_STDOUT)
			.maxStderrBytes(10_000)
			.maxCodeBytes(64 * 1024)
			.maxConcurrency(2)
			.build();
	}

}
