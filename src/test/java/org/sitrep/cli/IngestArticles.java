package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small made-up wire stories for ingest tests, all different, written by hand from parts. */
final class IngestArticles {
  private static final String[] TOWNS = {"Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy",
      "Kherson", "Mykolaiv", "Poltava", "Chernihiv", "Lviv", "Kramatorsk"};
  private static final String[] OFFICIALS = {"the regional governor", "the city's mayor",
      "the emergency service", "a military spokesman", "the interior ministry", "local police"};
  private static final String[] WEAPONS = {"drones", "missiles", "glide bombs", "artillery shells"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday"};
  private static final String[] AFTERMATH = {
      "Rescue crews worked through the night to clear the rubble of a five-storey building.",
      "Power was cut to several districts and trains were delayed by up to three hours.",
      "Schools in the area moved lessons online until further notice.",
      "Residents queued for water at distribution points set up by volunteers.",
      "A hospital and two shops were damaged, and windows were blown out along a main street."};

  private IngestArticles() {}

  /** Article {@code i} (0-based): a dateline, an attack, a toll with its source, a quote. */
  static String article(int i) {
    String town = TOWNS[i % TOWNS.length];
    String official = OFFICIALS[(i / 2) % OFFICIALS.length];
    String weapon = WEAPONS[i % WEAPONS.length];
    String day = DAYS[(i * 3) % DAYS.length];
    int killed = 2 + (i * 7) % 19;
    int wounded = killed * 3 + i;
    int launched = 20 + i * 11;
    return String.format(Locale.ROOT, """
        Attack on %s kills %d, officials say

        %s, Ukraine (Wire) -- Russian %s struck %s overnight into %s, killing %d people and \
        wounding %d others, %s said.

        The air force said Russia had launched %d %s at the region and that most had been shot \
        down before reaching the city.

        "This was a deliberate strike on homes where families were sleeping," %s said in a \
        statement, adding that %d children were among the injured.

        %s

        Story number %d in this series was filed from the region on %s.
        """, town, killed, town.toUpperCase(Locale.ROOT), weapon, town, day, killed, wounded,
        official, launched, weapon, official, 1 + i % 5, AFTERMATH[i % AFTERMATH.length], i, day);
  }

  /** Writes articles {@code from} to {@code to} (exclusive) as a-NNN.txt files in {@code dir}. */
  static List<Path> write(Path dir, int from, int to) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Path f = dir.resolve(String.format(Locale.ROOT, "a-%03d.txt", i));
      Files.writeString(f, article(i), StandardCharsets.UTF_8);
      files.add(f);
    }
    return files;
  }

  /** Article {@code i} as an HTML page. */
  static String html(int i) {
    String[] paras = article(i).split("\n\n");
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(paras[0].strip()).append("</title></head><body><article><h1>").append(paras[0].strip())
        .append("</h1>");
    for (int p = 1; p < paras.length; p++) b.append("<p>").append(paras[p].strip()).append("</p>\n");
    return b.append("</article></body></html>").toString();
  }
}
