package org.sitrep.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reads the catalog's data files: tab-separated lines after a {@code # version: N} header, blank
 * lines and {@code #} comments ignored, {@code -} for an empty field. Fails fast, naming file and
 * line, on the first bad line.
 */
final class CatalogReader {
  static final Set<String> KINDS =
      Set.of("country", "person", "organization", "armed_group", "international");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern ID = Pattern.compile("(\\*-)?[A-Za-z0-9][A-Za-z0-9-]*");
  private static final Pattern SECTOR = Pattern.compile("[A-Z]{3}");

  private CatalogReader() {}

  /** Reads the lines of a resource, handing each data line and its number to the consumer. */
  static int read(String resource, int columns, BiConsumer<String[], Integer> consumer) {
    InputStream in = CatalogReader.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing catalog file " + resource);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return readLines(resource, r, columns, consumer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalog file " + resource, e);
    }
  }

  private static int readLines(String file, BufferedReader r, int columns,
      BiConsumer<String[], Integer> consumer) throws IOException {
    String first = r.readLine();
    if (first == null || !first.matches("# version: \\d+")) {
      throw bad(file, 1, "the first line must be '# version: N'");
    }
    int version = Integer.parseInt(first.substring(first.indexOf(':') + 1).strip());
    int n = 1;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length != columns) {
        throw bad(file, n, "expected " + columns + " tab-separated fields, found " + f.length);
      }
      try {
        consumer.accept(f, n);
      } catch (IllegalArgumentException e) {
        throw bad(file, n, e.getMessage());
      }
    }
    return version;
  }

  static IllegalStateException bad(String file, int line, String why) {
    return new IllegalStateException("bad catalog line " + file + ":" + line + ": " + why);
  }

  /** Parses an actor line: id, kind, country, affiliation, sector, names. */
  static CatalogEntry entry(String[] f) {
    String id = f[0];
    if (!ID.matcher(id).matches()) throw new IllegalArgumentException("bad id '" + id + "'");
    if (!KINDS.contains(f[1])) throw new IllegalArgumentException("unknown kind '" + f[1] + "'");
    String country = optional(f[2]);
    if (country != null && !country.equals("*") && !ISO3.matcher(country).matches()) {
      throw new IllegalArgumentException("country must be ISO alpha-3, not '" + country + "'");
    }
    String sector = optional(f[4]);
    if (sector != null && !SECTOR.matcher(sector).matches()) {
      throw new IllegalArgumentException("sector must be three capitals, not '" + sector + "'");
    }
    List<CatalogEntry.Alias> aliases = aliases(f[5], id.startsWith("*-"));
    return new CatalogEntry(id, f[1], country, optional(f[3]), sector, aliases.get(0).text(), aliases);
  }

  /** Parses {@code Name|d:Demonym|c:~Capital|...}: tag, optional {@code ~} for ambiguous, text. */
  static List<CatalogEntry.Alias> aliases(String field, boolean template) {
    List<CatalogEntry.Alias> out = new ArrayList<>();
    for (String raw : field.split("\\|")) {
      CatalogEntry.How how = template ? CatalogEntry.How.TEMPLATE : CatalogEntry.How.NAME;
      String s = raw.strip();
      if (s.length() > 2 && s.charAt(1) == ':') {
        how = tag(s.charAt(0));
        s = s.substring(2);
      }
      boolean ambiguous = s.startsWith("~");
      if (ambiguous) s = s.substring(1);
      if (s.isBlank()) throw new IllegalArgumentException("empty name in '" + field + "'");
      out.add(new CatalogEntry.Alias(s, how, ambiguous));
      if (how == CatalogEntry.How.DEMONYM && takesPluralS(s)) {
        out.add(new CatalogEntry.Alias(s + "s", how, ambiguous));
      }
      // "UN refugee agency" is also written "U.N. refugee agency" and "United Nations refugee agency"
      if (how == CatalogEntry.How.NAME && s.startsWith("UN ")) {
        for (String un : List.of("U.N. ", "United Nations ")) {
          String variant = un + s.substring(3);
          if (out.stream().noneMatch(a -> a.text().equals(variant)) && !field.contains(variant)) {
            out.add(new CatalogEntry.Alias(variant, how, ambiguous));
          }
        }
      }
    }
    CatalogEntry.How first = out.get(0).how();
    if (!template && first != CatalogEntry.How.NAME && first != CatalogEntry.How.ALIAS) {
      throw new IllegalArgumentException("the first name must be untagged or a:, in '" + field + "'");
    }
    return out;
  }

  private static CatalogEntry.How tag(char c) {
    return switch (c) {
      case 'd' -> CatalogEntry.How.DEMONYM;
      case 'c' -> CatalogEntry.How.CAPITAL;
      case 'b' -> CatalogEntry.How.BUILDING;
      case 'a' -> CatalogEntry.How.ALIAS;
      case 's' -> CatalogEntry.How.SURNAME;
      case 't' -> CatalogEntry.How.TEMPLATE;
      default -> throw new IllegalArgumentException("unknown name tag '" + c + ":'");
    };
  }

  /** "Ukrainian" gives "Ukrainians"; "Chinese", "British", "Swiss" have no plural in -s. */
  static boolean takesPluralS(String demonym) {
    String d = demonym.toLowerCase(java.util.Locale.ROOT);
    return !(d.endsWith("s") || d.endsWith("sh") || d.endsWith("ch") || d.endsWith("ese")
        || d.endsWith("x") || d.endsWith("z"));
  }

  /** Parses an office line: person, offices (comma-separated), of, from, to, title. */
  static List<Office> offices(String[] f) {
    LocalDate from = date(f[3]);
    LocalDate to = date(f[4]);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("term ends before it starts");
    }
    List<Office> out = new ArrayList<>();
    for (String office : f[1].split(",")) {
      out.add(new Office(f[0], Office.normalize(office), f[2], from, to, optional(f[5])));
    }
    return out;
  }

  /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (read as the first day), or {@code -}. */
  static LocalDate date(String s) {
    if (optional(s) == null) return null;
    try {
      if (s.length() == 4) return LocalDate.parse(s + "-01-01");
      if (s.length() == 7) return LocalDate.parse(s + "-01");
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad date '" + s + "'");
    }
  }

  static String optional(String s) {
    String t = s.strip();
    return t.isEmpty() || t.equals("-") ? null : t;
  }
}
