package io.github.wasmsandbox.core.wasm;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs what {@link CompatRewriter} makes of the corpus and of every differential snippet in
 * CPython, with the {@code _sandbox_*} helpers bound to CPython's own behaviour
 * ({@code rewriter/run_in_cpython.py}): the output must be the original program's. This pins the
 * rewriter alone; the guest's helpers are pinned by {@link CompatDifferentialTests}.
 */
class CompatRewriterSemanticsTests {

	@TempDir
	Path work;

	@TestFactory
	Stream<DynamicTest> rewrittenProgramWhenRunInCPythonShouldPrintWhatTheOriginalPrints()
			throws IOException, URISyntaxException {
		assumeTrue(CompatDifferentialTests.python() != null, "python3 is not installed");
		Path harness = Path.of(getClass().getResource("/rewriter/run_in_cpython.py").toURI());
		Path pylib = Path.of(getClass().getResource("/io/github/wasmsandbox/core/wasm/pylib").toURI());
		List<Path[]> programs = new ArrayList<>();
		Path corpus = CorpusReportTests.corpus().resolve("cases");
		if (Files.isDirectory(corpus)) {
			try (Stream<Path> files = Files.list(corpus)) {
				files.filter((file) -> file.toString().endsWith(".py"))
					.sorted()
					.forEach((file) -> programs.add(new Path[] { file,
							Path.of(file.toString().replaceAll("\\.py$", ".expected")) }));
			}
		}
		Path snippets = Path.of(getClass().getResource("/compat").toURI());
		try (Stream<Path> files = Files.walk(snippets)) {
			files.filter((file) -> file.toString().endsWith(".py")).sorted().forEach((file) -> programs.add(new Path[] { file, null }));
		}
		// programs the rewriter leaves as they are have nothing to show here
		programs.removeIf((program) -> {
			try {
				String source = Files.readString(program[0], StandardCharsets.UTF_8);
				return CompatRewriter.rewrite(source).equals(source);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		assertThat(programs).as("programs the rewriter changes").hasSizeGreaterThan(50);
		return programs.stream().map((program) -> DynamicTest.dynamicTest(program[0].getFileName().toString(), () -> {
			String source = Files.readString(program[0], StandardCharsets.UTF_8);
			String rewritten = CompatRewriter.rewrite(source);
			assertThat(CompatRewriter.lineCount(rewritten)).isEqualTo(CompatRewriter.lineCount(source));
			String expected = (program[1] != null) ? Files.readString(program[1], StandardCharsets.UTF_8)
					: CompatDifferentialTests.runCPython(program[0]);
			Path file = this.work.resolve(program[0].getFileName());
			Files.writeString(file, rewritten, StandardCharsets.UTF_8);
			Process process = new ProcessBuilder(CompatDifferentialTests.python(), "-I", harness.toString(),
					pylib.toString(), file.toString())
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(out).as("%s rewritten:%n%s", program[0].getFileName(), rewritten).isEqualTo(expected);
		}));
	}

}
