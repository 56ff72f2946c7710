package io.github.wasmsandbox.core.subprocess;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The interpreter the attack tests use: the distribution's, when there is one, because an
 * interpreter installed under {@code /root} (pyenv) cannot be run by {@code nobody}, and the
 * tests should attack the strongest isolation the machine allows.
 */
final class TestPython {

	private static final Path SYSTEM_PYTHON = Path.of("/usr/bin/python3");

	private TestPython() {
	}

	static String command() {
		return Files.isExecutable(SYSTEM_PYTHON) ? SYSTEM_PYTHON.toString() : SubprocessExecutor.DEFAULT_COMMAND;
	}

}
