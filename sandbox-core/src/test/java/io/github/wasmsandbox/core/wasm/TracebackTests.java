package io.github.wasmsandbox.core.wasm;

import io.github.wasmsandbox.core.ExecutionError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TracebackTests {

	@Test
	void parseWhenDriverFramesPresentShouldRemoveThemAndKeepUserLine() {
		ExecutionError error = Traceback.parse("ValueError", "Traceback (most recent call last):\n"
				+ "  File \"<stdin>\", line 60, in _sandbox_run\n  File \"<string>\", line 7, in <module>\n"
				+ "  File \"<string>\", line 3, in check\nValueError: bad value\n").error();
		assertThat(error.type()).isEqualTo("ValueError");
		assertThat(error.message()).isEqualTo("bad value");
		assertThat(error.line()).isEqualTo(3);
		assertThat(error.traceback()).doesNotContain("<stdin>").startsWith("Traceback").endsWith("bad value\n");
	}

	@Test
	void parseWhenMessageIsEmptyShouldGiveEmptyMessage() {
		ExecutionError error = Traceback.parse("StopIteration",
				"Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nStopIteration:\n")
			.error();
		assertThat(error.message()).isEmpty();
	}

	@Test
	void parseWhenNoUserFrameShouldHaveNoLine() {
		ExecutionError error = Traceback.parse("MemoryError",
				"Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nMemoryError: memory allocation failed\n")
			.error();
		assertThat(error.line()).isNull();
		assertThat(error.message()).isEqualTo("memory allocation failed");
	}

	@Test
	void parseWhenFramesRepeatShouldCollapseLikeCPython() {
		String frames = "  File \"<string>\", line 2, in f\n".repeat(50);
		ExecutionError error = Traceback.parse("RuntimeError", "Traceback (most recent call last):\n"
				+ "  File \"<string>\", line 3, in <module>\n" + frames + "RuntimeError: maximum recursion depth exceeded\n")
			.error();
		assertThat(error.traceback()).contains("[Previous line repeated 47 more times]");
		assertThat(error.traceback().lines()).hasSize(7);
		assertThat(error.message()).isEqualTo("maximum recursion depth exceeded");
	}

}
