package io.github.wasmsandbox.core.wasm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The compatibility library the guest sees, read-only, under {@code /lib}: the {@code .py} files
 * shipped in this jar's {@code pylib} resource folder and nothing else. Loaded once into memory;
 * no host path is ever opened on the guest's behalf.
 */
final class PythonLibrary {

	static final String MOUNT = "/lib";

	private static final String RESOURCE_ROOT = "io/github/wasmsandbox/core/wasm/pylib";

	private final Map<String, byte[]> files;

	private volatile @Nullable String checksum;

	private final Set<String> directories;

	private PythonLibrary(Map<String, byte[]> files) {
		this.files = Collections.unmodifiableMap(files);
		Set<String> dirs = new TreeSet<>();
		dirs.add("/");
		dirs.add(MOUNT);
		for (String path : files.keySet()) {
			for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
				dirs.add(path.substring(0, slash));
			}
		}
		this.directories = Collections.unmodifiableSet(dirs);
	}

	/**
	 * A checksum of every file's path and content (computed once), to tell whether a snapshot was
	 * made with this library.
	 */
	String checksum() {
		String value = this.checksum;
		if (value == null) {
			java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
			new TreeMap<>(this.files).forEach((path, content) -> {
				crc.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				crc.update(content);
			});
			value = Long.toHexString(crc.getValue()) + "/" + this.files.size();
			this.checksum = value;
		}
		return value;
	}

	static PythonLibrary empty() {
		return new PythonLibrary(Map.of());
	}

	/**
	 * The library shipped on the class path, read once per class loader: every executor built
	 * afterwards shares it instead of reading the jar again.
	 */
	static PythonLibrary shared() {
		return Shared.INSTANCE;
	}

	private static final class Shared {

		static final PythonLibrary INSTANCE = fromClasspath();

	}

	static PythonLibrary fromClasspath() {
		Map<String, byte[]> files = new TreeMap<>();
		ClassLoader loader = PythonLibrary.class.getClassLoader();
		try {
			Enumeration<URL> roots = loader.getResources(RESOURCE_ROOT);
			while (roots.hasMoreElements()) {
				URL root = roots.nextElement();
				if ("jar".equals(root.getProtocol())) {
					readJar(root, files);
				}
				else if ("file".equals(root.getProtocol())) {
					readDirectory(Paths.get(root.toURI()), files);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the guest's Python library", ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Cannot read the guest's Python library", ex);
		}
		return new PythonLibrary(files);
	}

	private static void readJar(URL root, Map<String, byte[]> files) throws IOException {
		JarURLConnection connection = (JarURLConnection) root.openConnection();
		connection.setUseCaches(false);
		try (JarFile jar = connection.getJarFile()) {
			Enumeration<JarEntry> entries = jar.entries();
			while (entries.hasMoreElements()) {
				JarEntry entry = entries.nextElement();
				String name = entry.getName();
				if (!entry.isDirectory() && name.startsWith(RESOURCE_ROOT + "/") && name.endsWith(".py")) {
					try (InputStream in = jar.getInputStream(entry)) {
						files.putIfAbsent(MOUNT + name.substring(RESOURCE_ROOT.length()), in.readAllBytes());
					}
				}
			}
		}
	}

	private static void readDirectory(Path root, Map<String, byte[]> files) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".py")) {
					String relative = root.relativize(path).toString().replace('\\', '/');
					files.putIfAbsent(MOUNT + "/" + relative, Files.readAllBytes(path));
				}
			}
		}
	}

	byte @Nullable [] file(String path) {
		return this.files.get(path);
	}

	boolean isDirectory(String path) {
		return this.directories.contains(path);
	}

	int fileCount() {
		return this.files.size();
	}

	/**
	 * Resolves a guest path against the root, the only working directory the guest has.
	 * @return the normalised absolute path, or {@code null} if it escapes the root
	 */
	static @Nullable String normalize(String path) {
		String[] parts = path.split("/");
		StringBuilder result = new StringBuilder();
		java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
		for (String part : parts) {
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			if (part.equals("..")) {
				if (stack.isEmpty()) {
					return null;
				}
				stack.removeLast();
			}
			else {
				stack.addLast(part);
			}
		}
		for (String part : stack) {
			result.append('/').append(part);
		}
		return (result.length() == 0) ? "/" : result.toString();
	}

}
