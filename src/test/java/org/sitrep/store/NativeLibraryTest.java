package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

class NativeLibraryTest {
  @Test
  void theDriverLoadsTheCachedCopyOfItsLibrary(@TempDir Path dir) throws Exception {
    try (Store store = Store.open(dir.resolve("s.db").toString())) {
      assertTrue(store.describe().contains("s.db"), store.describe());
    }
    String path = System.getProperty("org.sqlite.lib.path");
    String name = System.getProperty("org.sqlite.lib.name");
    assertNotNull(path, "the driver was not pointed at a cached library");
    Path lib = Path.of(path, name);
    assertTrue(lib.startsWith(NativeLibrary.cacheRoot()), lib.toString());
    assertEquals(OSInfo.getNativeLibFolderPathForCurrentOS(), NativeLibrary.folder());
    String resource = "/org/sqlite/native/" + NativeLibrary.folder() + "/" + name;
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      assertArrayEquals(in.readAllBytes(), Files.readAllBytes(lib));
    }
    assertTrue(SQLiteJDBCLoader.isNativeMode());
  }
}
