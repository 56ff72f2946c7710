package io.github.wasmsandbox.core.subprocess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Kills everything a run started. Java cannot signal a process group, so members of the group are
 * found in {@code /proc} (Linux) and killed one by one, together with the process's descendants.
 */
final class ProcessTree {

	private static final Path PROC = Path.of("/proc");

	private static final int SWEEPS = 3;

	private ProcessTree() {
	}

	/**
	 * Kills the process, its descendants and, when it leads a process group, every member of the
	 * group, including orphans that were re-parented away from it.
	 * @param process the process the executor started
	 * @param groupLeader whether the process leads its own process group
	 */
	static void kill(ProcessHandle process, boolean groupLeader) {
		long group = process.pid();
		// snapshot before the leader dies: afterwards its children are re-parented and invisible
		List<ProcessHandle> descendants = process.descendants().toList();
		List<Long> members = groupLeader ? groupMembers(group) : List.of();
		process.destroyForcibly();
		descendants.forEach(ProcessHandle::destroyForcibly);
		members.forEach((pid) -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
		if (groupLeader) {
			killGroup(group);
		}
	}

	/**
	 * Kills every remaining member of a process group, sweeping again for members forked meanwhile.
	 * The group id cannot be reused while a member lives, so no unrelated process is hit.
	 * @param group the process group id
	 */
	static void killGroup(long group) {
		for (int sweep = 0; sweep < SWEEPS; sweep++) {
			List<Long> members = groupMembers(group);
			if (members.isEmpty()) {
				return;
			}
			members.forEach((pid) -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
		}
	}

	static List<Long> groupMembers(long group) {
		List<Long> members = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
			for (Path entry : entries) {
				Long pgrp = processGroup(entry);
				if (pgrp != null && pgrp == group) {
					members.add(Long.parseLong(entry.getFileName().toString()));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// no /proc (not Linux): descendants are all we can reach
		}
		return members;
	}

	private static @Nullable Long processGroup(Path entry) {
		try {
			String stat = Files.readString(entry.resolve("stat"), StandardCharsets.UTF_8);
			// "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[2]);
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
