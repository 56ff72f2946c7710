package io.github.wasmsandbox.core.subprocess;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * How the interpreter is started on this machine: the resolved interpreter and the isolation
 * layers that worked when they were tried. Built once by {@link #detect}, by actually starting
 * the interpreter under each candidate set of layers, strongest first.
 */
final class Launcher {

	/** The uid and gid of {@code nobody}, which the interpreter drops to when the JVM is root. */
	static final int NOBODY = 65534;

	private static final List<String> TOOL_DIRECTORIES = List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin",
			"/usr/local/bin");

	/** Whether the JVM runs as root, in which case the interpreter drops to {@link #NOBODY}. */
	static final boolean ROOT = uidIsZero();

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

	// prints what the sandbox sees: interfaces (1 = only loopback), own pid (1 in a new PID namespace)
	private static final String ISOLATION_PROBE = "import socket, os; print(len(socket.if_nameindex()), os.getpid())";

	private final Path python;

	private final String version;

	private final Set<SubprocessIsolation> isolation;

	private final @Nullable String setsid;

	private final @Nullable String setpriv;

	private final @Nullable String unshare;

	private final @Nullable String prlimit;

	private List<String> notes = List.of();

	private Launcher(Path python, String version, Set<SubprocessIsolation> isolation, @Nullable String setsid,
			@Nullable String setpriv, @Nullable String unshare, @Nullable String prlimit) {
		this.python = python;
		this.version = version;
		Set<SubprocessIsolation> layers = EnumSet.noneOf(SubprocessIsolation.class);
		layers.addAll(isolation);
		this.isolation = Collections.unmodifiableSet(layers);
		this.setsid = setsid;
		this.setpriv = setpriv;
		this.unshare = unshare;
		this.prlimit = prlimit;
	}

	/**
	 * Finds the interpreter and the strongest isolation this machine allows.
	 * @param command the interpreter command, a name looked up on {@code PATH} or a path
	 * @param resources the limits a run gets, tried as they will be used
	 * @return the launcher
	 * @throws UnavailableException when the interpreter cannot be started at all
	 */
	static Launcher detect(String command, Resources resources) throws UnavailableException {
		Path resolved = resolve(command);
		if (resolved == null) {
			throw new UnavailableException("The Python command '" + command + "' was not found on the PATH");
		}
		Probe identity = probe(List.of(resolved.toString(), "-I", "-S", "-c",
				"import sys; print(sys.executable); print('%d.%d.%d' % sys.version_info[:3])"));
		String[] lines = identity.stdout().strip().split("\n");
		if (identity.exitCode() != 0 || lines.length != 2) {
			throw new UnavailableException("The Python command '" + command + "' (" + resolved
					+ ") did not start: exit status " + identity.exitCode() + ", " + firstLine(identity.stderr()));
		}
		// run the real interpreter, not a launcher script such as a pyenv shim that needs a rich environment
		Path executable = lines[0].isBlank() ? resolved : Path.of(lines[0].strip());
		String version = lines[1].strip();
		String setsid = tool("setsid");
		String setpriv = tool("setpriv");
		String unshare = tool("unshare");
		String prlimit = tool("prlimit");
		String lastFailure = "";
		List<String> notes = new ArrayList<>();
		for (Candidate candidate : candidates(ROOT, setpriv != null, unshare != null)) {
			Set<SubprocessIsolation> layers = layers(candidate, setsid != null, prlimit != null);
			Launcher launcher = new Launcher(executable, version, layers, setsid,
					candidate.noNewPrivileges ? setpriv : null, candidate.network ? unshare : null, prlimit);
			Probe probe;
			try {
				probe = probe(launcher.command(resources, List.of("-c", ISOLATION_PROBE)), launcher.owner());
			}
			catch (UnavailableException ex) {
				lastFailure = ex.getMessage();
				notes.add(layers + ": " + lastFailure);
				continue;
			}
			String[] seen = probe.stdout().strip().split(" ");
			if (probe.exitCode() != 0 || seen.length != 2) {
				lastFailure = "exit status " + probe.exitCode() + ", " + firstLine(probe.stderr());
				notes.add(layers + ": " + lastFailure);
				continue;
			}
			// trust what the sandbox saw, not what the flags promised
			boolean isolatedAsPromised = (!candidate.network || seen[0].equals("1"))
					&& (!candidate.pid || seen[1].equals("1"));
			if (isolatedAsPromised) {
				launcher.notes = List.copyOf(notes);
				return launcher;
			}
			lastFailure = "the sandbox saw " + seen[0] + " network interfaces and pid " + seen[1];
			notes.add(layers + ": " + lastFailure);
		}
		throw new UnavailableException("Python " + version + " at " + executable
				+ " did not start under any isolation this machine offers: " + lastFailure);
	}

	private static Set<SubprocessIsolation> layers(Candidate candidate, boolean setsid, boolean prlimit) {
		Set<SubprocessIsolation> layers = EnumSet.noneOf(SubprocessIsolation.class);
		if (setsid) {
			layers.add(SubprocessIsolation.NEW_SESSION);
		}
		if (prlimit) {
			layers.add(SubprocessIsolation.RESOURCE_LIMITS);
		}
		if (candidate.noNewPrivileges) {
			layers.add(SubprocessIsolation.NO_NEW_PRIVILEGES);
		}
		if (!ROOT || candidate.dropToNobody) {
			layers.add(SubprocessIsolation.NON_ROOT_USER);
		}
		if (candidate.network) {
			layers.add(SubprocessIsolation.NETWORK_NAMESPACE);
		}
		if (candidate.pid) {
			layers.add(SubprocessIsolation.PID_NAMESPACE);
		}
		return layers;
	}

	private static List<Candidate> candidates(boolean root, boolean setpriv, boolean unshare) {
		List<Candidate> candidates = new ArrayList<>();
		for (boolean drop : root && setpriv ? new boolean[] { true, false } : new boolean[] { false }) {
			if (unshare) {
				candidates.add(new Candidate(setpriv, drop, true, true));
				candidates.add(new Candidate(setpriv, drop, true, false));
			}
			candidates.add(new Candidate(setpriv, drop, false, false));
		}
		if (setpriv) {
			candidates.add(new Candidate(false, false, false, false));
		}
		return candidates;
	}

	/**
	 * The command line for one run.
	 * @param resources the limits
	 * @param arguments what follows the interpreter's own flags: the runner and its arguments
	 * @return the command line
	 */
	List<String> command(Resources resources, List<String> arguments) {
		List<String> line = new ArrayList<>();
		if (this.setsid != null) {
			// the JVM's child is no group leader, so setsid execs in place: the child becomes the leader
			line.add(this.setsid);
		}
		if (this.setpriv != null) {
			line.add(this.setpriv);
			line.add("--no-new-privs");
			if (this.isolation.contains(SubprocessIsolation.NON_ROOT_USER) && ROOT) {
				line.add("--reuid=" + NOBODY);
				line.add("--regid=" + NOBODY);
				line.add("--clear-groups");
			}
			line.add("--");
		}
		if (this.unshare != null) {
			line.add(this.unshare);
			line.add("--user");
			line.add("--net");
			if (this.isolation.contains(SubprocessIsolation.PID_NAMESPACE)) {
				// --kill-child: when unshare dies (the executor kills it), the namespace's init and
				// with it every process in the namespace is killed by the kernel
				line.addAll(List.of("--pid", "--fork", "--kill-child", "--mount-proc"));
			}
			line.add("--");
		}
		if (this.prlimit != null) {
			// inside the namespaces: RLIMIT_NPROC then counts this run's processes only
			line.add(this.prlimit);
			line.add("--cpu=" + resources.cpuSeconds() + ":" + (resources.cpuSeconds() + 1));
			line.add("--as=" + resources.addressSpaceBytes());
			line.add("--fsize=" + resources.maxFileBytes());
			line.add("--nofile=" + resources.maxOpenFiles());
			line.add("--nproc=" + resources.maxProcesses());
			line.add("--");
		}
		line.add(this.python.toString());
		line.add("-I");
		if (!resources.sitePackages()) {
			line.add("-S");
		}
		line.add("-u");
		line.add("-X");
		line.add("utf8");
		line.addAll(arguments);
		return line;
	}

	/**
	 * The uid the run directory must belong to, when the interpreter runs as another user.
	 * @return the uid, or {@code null} when the interpreter runs as the JVM's user
	 */
	@Nullable Integer owner() {
		return (this.setpriv != null && this.isolation.contains(SubprocessIsolation.NON_ROOT_USER) && ROOT)
				? NOBODY : null;
	}

	/**
	 * Why stronger sets of layers did not work, strongest first.
	 * @return the failures, empty when the strongest set worked
	 */
	List<String> notes() {
		return this.notes;
	}

	Path python() {
		return this.python;
	}

	String version() {
		return this.version;
	}

	Set<SubprocessIsolation> isolation() {
		return this.isolation;
	}

	private static @Nullable Path resolve(String command) {
		if (command.contains(File.separator)) {
			Path path = Path.of(command);
			return Files.isExecutable(path) ? path.toAbsolutePath() : null;
		}
		String path = System.getenv("PATH");
		for (String directory : (path != null) ? path.split(File.pathSeparator) : new String[0]) {
			if (!directory.isEmpty()) {
				Path candidate = Path.of(directory, command);
				if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

	private static @Nullable String tool(String name) {
		for (String directory : TOOL_DIRECTORIES) {
			Path candidate = Path.of(directory, name);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}

	private static boolean uidIsZero() {
		try {
			Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
			return Integer.valueOf(0).equals(uid);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static Probe probe(List<String> line) throws UnavailableException {
		return probe(line, null);
	}

	private static Probe probe(List<String> line, @Nullable Integer owner) throws UnavailableException {
		try (RunDirectory directory = RunDirectory.create(new byte[0], owner)) {
			ProcessBuilder builder = new ProcessBuilder(line).directory(directory.work().toFile());
			builder.environment().clear();
			builder.environment().putAll(environment(directory.work()));
			builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
			Process process = builder.start();
			try {
				if (!process.waitFor(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
					ProcessTree.kill(process.toHandle(), false);
					throw new UnavailableException("'" + String.join(" ", line) + "' did not finish within "
							+ PROBE_TIMEOUT.toSeconds() + " s");
				}
				return new Probe(process.exitValue(), read(process.getInputStream()), read(process.getErrorStream()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				ProcessTree.kill(process.toHandle(), false);
				throw new UnavailableException("Interrupted while starting Python");
			}
		}
		catch (IOException ex) {
			throw new UnavailableException("'" + line.get(0) + "' could not be started: " + ex.getMessage());
		}
	}

	/**
	 * The whole environment of the interpreter: nothing of the JVM's is passed on.
	 * @param work the working directory
	 * @return the variables
	 */
	static Map<String, String> environment(Path work) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("PATH", "/usr/local/bin:/usr/bin:/bin");
		environment.put("LANG", "C.UTF-8");
		environment.put("LC_ALL", "C.UTF-8");
		// -I makes the interpreter ignore PYTHON* variables; -X utf8 is what sets the encoding. This
		// one is for interpreters the code starts itself.
		environment.put("PYTHONIOENCODING", "utf-8");
		// temporary files land in the run's directory and are deleted with it
		environment.put("TMPDIR", work.toString());
		return environment;
	}

	private static String read(InputStream in) throws IOException {
		try (in) {
			return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
		}
	}

	private static String firstLine(String text) {
		String stripped = text.strip();
		int end = stripped.indexOf('\n');
		return stripped.isEmpty() ? "no output" : (end < 0) ? stripped : stripped.substring(0, end);
	}

	private record Candidate(boolean noNewPrivileges, boolean dropToNobody, boolean network, boolean pid) {
	}

	private record Probe(int exitCode, String stdout, String stderr) {
	}

	/**
	 * The limits of one run, as the launcher applies them.
	 */
	record Resources(long cpuSeconds, long addressSpaceBytes, long maxFileBytes, int maxOpenFiles, int maxProcesses,
			boolean sitePackages) {
	}

	/**
	 * The interpreter cannot be started: a host fault, reported as UNAVAILABLE.
	 */
	static final class UnavailableException extends Exception {

		UnavailableException(String message) {
			super(message);
		}

	}

}
