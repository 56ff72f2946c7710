package io.github.wasmsandbox.core.subprocess;

/**
 * One layer of isolation a {@link SubprocessExecutor} applies to the interpreter it starts. The
 * executor detects which layers the machine allows once, at construction, and reports them
 * through {@link SubprocessExecutor#isolation()}.
 *
 * @since 0.1.0
 */
public enum SubprocessIsolation {

	/**
	 * The interpreter leads its own session and process group ({@code setsid}), so that a
	 * timeout kills the group it started, not only the interpreter.
	 */
	NEW_SESSION("own session and process group (setsid)",
			"a timeout kills only the interpreter and the children it still has, not their orphans"),

	/**
	 * Resource limits ({@code prlimit}): CPU seconds, address space (the memory cap), file size,
	 * open files and processes.
	 */
	RESOURCE_LIMITS("resource limits (prlimit: CPU, address space, file size, open files, processes)",
			"memory, CPU time, file sizes and process counts are bounded by the wall-clock timeout only"),

	/**
	 * The interpreter cannot gain privileges through set-user-ID programs
	 * ({@code setpriv --no-new-privs}).
	 */
	NO_NEW_PRIVILEGES("no new privileges (setpriv --no-new-privs)",
			"the code may gain privileges through set-user-ID programs on the machine"),

	/**
	 * The interpreter does not run as root: either the JVM itself is not root, or the executor
	 * drops to the unprivileged {@code nobody} user ({@code setpriv}).
	 */
	NON_ROOT_USER("a non-root user (setpriv to nobody when the JVM is root)",
			"the code runs as root and can read and write every file root can"),

	/**
	 * The interpreter runs in its own unprivileged user and network namespace ({@code unshare}):
	 * no network interface but a loopback that is down.
	 */
	NETWORK_NAMESPACE("own user and network namespace (unshare --user --net): no network",
			"the code can open network connections (including to services on localhost)"),

	/**
	 * The interpreter runs in its own PID namespace with its own {@code /proc}: it cannot see the
	 * machine's processes (the JVM's environment included), and every process it starts dies with
	 * it.
	 */
	PID_NAMESPACE("own PID namespace and /proc (unshare --pid --mount-proc)",
			"the code can see the machine's processes, and a child that leaves the process group can outlive the run");

	private final String description;

	private final String riskWhenMissing;

	SubprocessIsolation(String description, String riskWhenMissing) {
		this.description = description;
		this.riskWhenMissing = riskWhenMissing;
	}

	/**
	 * What this layer does, in a few words.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * What the code can do when this layer is missing.
	 * @return the risk, in a few words
	 */
	public String riskWhenMissing() {
		return this.riskWhenMissing;
	}

}
