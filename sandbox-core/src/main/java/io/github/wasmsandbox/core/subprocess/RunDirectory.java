package io.github.wasmsandbox.core.subprocess;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The private directory of one run: {@code work/}, the code's empty working directory, and, beside
 * it, the runner script and the result file. Created with mode 0700 and deleted on close, whatever
 * the code left in it.
 */
final class RunDirectory implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(RunDirectory.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	private final Path base;

	private final Path work;

	private final Path runner;

	private final Path result;

	private RunDirectory(Path base) {
		this.base = base;
		this.work = base.resolve("work");
		this.runner = base.resolve("runner.py");
		this.result = base.resolve("result.json");
	}

	/**
	 * Creates the directory and writes the runner into it.
	 * @param runnerSource the runner script
	 * @param owner the uid and gid the interpreter runs as when it differs from the JVM's, else
	 * {@code null}
	 * @return the directory
	 * @throws IOException when it cannot be created
	 */
	static RunDirectory create(byte[] runnerSource, @Nullable Integer owner) throws IOException {
		RunDirectory directory = new RunDirectory(
				Files.createTempDirectory("wasmsandbox-", PosixFilePermissions.asFileAttribute(OWNER_ONLY)));
		try {
			Files.createDirectory(directory.work, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			Files.write(directory.runner, runnerSource);
			if (owner != null) {
				for (Path path : new Path[] { directory.base, directory.work, directory.runner }) {
					Files.setAttribute(path, "unix:uid", owner);
					Files.setAttribute(path, "unix:gid", owner);
				}
			}
			return directory;
		}
		catch (IOException | RuntimeException ex) {
			directory.close();
			throw ex;
		}
	}

	Path work() {
		return this.work;
	}

	Path runner() {
		return this.runner;
	}

	Path result() {
		return this.result;
	}

	@Override
	public void close() {
		try {
			Files.walkFileTree(this.base, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					// the code may have made a directory unreadable to stop its deletion
					try {
						Files.setPosixFilePermissions(dir, OWNER_ONLY);
					}
					catch (IOException | UnsupportedOperationException ex) {
						// deletion below reports what really failed
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.deleteIfExists(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException ex) throws IOException {
					Files.deleteIfExists(dir);
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			logger.warn("Could not delete the subprocess working directory {}", this.base, ex);
		}
	}

}
