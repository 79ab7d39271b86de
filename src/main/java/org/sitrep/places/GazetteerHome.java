package org.sitrep.places;

import java.nio.file.Path;

/**
 * Where {@code sitrep gazetteer import} writes and {@link Gazetteer#load()} reads the imported
 * gazetteer: {@code $SITREP_HOME/gazetteer.tsv} when SITREP_HOME is set, else
 * {@code $XDG_DATA_HOME/sitrep/gazetteer.tsv}, else {@code ~/.local/share/sitrep/gazetteer.tsv}.
 */
public final class GazetteerHome {
  static final String FILE = "gazetteer.tsv";

  private GazetteerHome() {}

  public static Path importFile() {
    String home = System.getenv("SITREP_HOME");
    if (home != null && !home.isBlank()) return Path.of(home, FILE);
    String xdg = System.getenv("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "sitrep", FILE);
    return Path.of(System.getProperty("user.home"), ".local", "share", "sitrep", FILE);
  }
}
