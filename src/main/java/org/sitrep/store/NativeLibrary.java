package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Keeps the SQLite driver's native library unpacked in the user's cache. Left to itself the driver
 * unpacks its library from its jar into the temporary directory on every start, under a new name,
 * and checks it by digest: about a sixth of a second of every store command's start-up. Here it is
 * unpacked once per driver version and the driver is told where it is. Anything unexpected (no
 * home directory, a read-only cache, a platform the jar has no library for) leaves the driver to
 * unpack it as it always does, and the user's own {@code org.sqlite.lib.path} always wins.
 */
final class NativeLibrary {
  private static final String PATH = "org.sqlite.lib.path";
  private static final String NAME = "org.sqlite.lib.name";
  private static boolean tried;

  private NativeLibrary() {}

  /** Points the driver at the cached library, unpacking it first if needed; once per JVM. */
  static synchronized void useCached() {
    if (tried) return;
    tried = true;
    if (System.getProperty(PATH) != null || System.getProperty(NAME) != null) return;
    try {
      String folder = folder();
      if (folder == null) return;
      String name = System.mapLibraryName("sqlitejdbc").replace(".jnilib", ".dylib");
      Path dir = cacheRoot().resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(folder);
      Path lib = dir.resolve(name);
      if (!Files.isRegularFile(lib) && !unpack("/org/sqlite/native/" + folder + "/" + name, lib)) return;
      System.setProperty(PATH, dir.toString());
      System.setProperty(NAME, name);
    } catch (IOException | RuntimeException e) {
      // The driver unpacks the library itself, as it would without this class.
    }
  }

  /**
   * The jar's folder for this platform, for the platforms where it is plain to tell: glibc Linux
   * and macOS on x86_64 or aarch64. (The driver's own test runs {@code uname}, a process costing
   * more than the unpacking saved; on any other platform the driver is left to run it.)
   */
  static String folder() {
    String os = System.getProperty("os.name", "");
    String arch = switch (System.getProperty("os.arch", "")) {
      case "amd64", "x86_64" -> "x86_64";
      case "aarch64", "arm64" -> "aarch64";
      default -> null;
    };
    if (arch == null) return null;
    if (os.equals("Linux") && !musl()) return "Linux/" + arch;
    if (os.startsWith("Mac")) return "Mac/" + arch;
    return null;
  }

  private static boolean musl() {
    try (var names = Files.list(Path.of("/lib"))) {
      return names.anyMatch(p -> p.getFileName().toString().startsWith("ld-musl"));
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /** $XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep. */
  static Path cacheRoot() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "sitrep");
    return Path.of(System.getProperty("user.home"), ".cache", "sitrep");
  }

  /** Copies the resource to the file through a temporary file and a rename, so a reader never sees half of it. */
  private static boolean unpack(String resource, Path lib) throws IOException {
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      if (in == null) return false;
      Files.createDirectories(lib.getParent());
      Path part = Files.createTempFile(lib.getParent(), lib.getFileName().toString(), ".part");
      try {
        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(part);
      }
      return true;
    }
  }
}
