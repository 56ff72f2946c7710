package io.github.wasmsandbox.core.wasm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import io.github.wasmsandbox.core.ExecutionRequest;
import io.github.wasmsandbox.core.SandboxLimits;
import io.github.wasmsandbox.core.RequestValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up snapshot the build ships in the jar: used when it was made for this guest, driver
 * and library, ignored otherwise, and equivalent to booting.
 */
class ShippedSnapshotTests {

	private static final long MEMORY = SandboxLimits.DEFAULT_MEMORY_LIMIT_BYTES;

	@Test
	void engineWhenStartedWithTheShippedLibraryShouldUseTheBuildTimeSnapshotWithoutBooting() {
		assertThat(getClass().getClassLoader().getResource(ShippedSnapshot.RESOURCE))
			.as("the build writes the snapshot into the classes (process-classes phase)")
			.isNotNull();
		MicroPythonEngine engine = MicroPythonEngine.start(MEMORY, PythonLibrary.shared());
		assertThat(engine.isPreloaded()).as("preloaded without a background boot").isTrue();
		assertThat(run(engine, "import re, json, dataclasses\nprint(re.sub(r'(\\w+)@', r'<\\1>', 'ada@x'))"))
			.isEqualTo("<ada>x\n");
	}

	@Test
	void engineWhenItsLibraryDiffersShouldBootInsteadOfUsingTheShippedSnapshot() {
		MicroPythonEngine engine = MicroPythonEngine.start(MEMORY, PythonLibrary.empty());
		assertThat(engine.isPreloaded()).isFalse();
		assertThat(engine.fingerprint()).isNotEqualTo(MicroPythonEngine.start(MEMORY, PythonLibrary.shared()).fingerprint());
		assertThat(run(engine, "print(6 * 7)")).isEqualTo("42\n");
	}

	@Test
	void snapshotWhenWrittenAndReadBackShouldRestoreTheSameInterpreter(@TempDir Path work) throws IOException {
		MicroPythonEngine booted = MicroPythonEngine.start(MEMORY, PythonLibrary::shared, false);
		assertThat(booted.isPreloaded()).isFalse();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			booted.snapshot().writeTo(out);
		}
		GuestSnapshot read = GuestSnapshot.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
		assertThat(read.pageCount()).isEqualTo(booted.snapshot().pageCount());
		for (int page = 0; page < read.pageCount(); page++) {
			assertThat(read.pages()[page]).as("page %d", page).isEqualTo(booted.snapshot().pages()[page]);
		}
		Path file = work.resolve("snapshot.bin.gz");
		ShippedSnapshot.write(file, booted.fingerprint(), booted.snapshot());
		assertThat(file).isNotEmptyFile();
	}

	private static String run(MicroPythonEngine engine, String code) {
		GuestInstance guest = engine.newInstance();
		RequestValidator.Validated request = new RequestValidator(SandboxLimits.ofDefaults())
			.validate(ExecutionRequest.of(code));
		GuestInstance.Call call = GuestRun.newCall(64 * 1024, 64 * 1024);
		GuestRun run = engine.run(guest, request, -1, call);
		assertThat(run.kind()).isNotEqualTo(GuestRun.Kind.ERROR);
		return call.stdout().text();
	}

}
