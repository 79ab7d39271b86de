package org.sitrep.places;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Imports GeoNames dumps (countryInfo.txt, cities*.txt, and admin1CodesASCII.txt and
 * alternateNamesV2.txt when present) into one compact gazetteer file in the built-in format.
 * Regions get the population-weighted centre of their imported towns, since GeoNames gives
 * first-level regions no coordinates.
 */
public final class GeoNamesImport {
  /** What an import read and wrote. */
  public record Summary(int countries, int regions, int localities, int alternateNames, Path file) {}

  private final Path dir;
  private final PrintWriter progress;
  private final Map<String, String> iso3ByIso2 = new HashMap<>();
  private final Map<String, String> admin1Names = new HashMap<>();
  private final Map<String, GeoNamesCity> cities = new LinkedHashMap<>();

  public GeoNamesImport(Path dir, PrintWriter progress) {
    this.dir = dir;
    this.progress = progress;
  }

  /** Reads the dumps in the directory and writes the gazetteer file; IllegalArgumentException on bad input. */
  public Summary run(Path out) throws IOException {
    if (!Files.isDirectory(dir)) throw new IllegalArgumentException("not a directory: " + dir);
    readCountries(require("countryInfo.txt"));
    readAdmin1(dir.resolve("admin1CodesASCII.txt"));
    List<Path> cityFiles = cityFiles();
    for (Path f : cityFiles) readCities(f);
    int alternates = GeoNamesAlternates.read(dir.resolve("alternateNamesV2.txt"), cities, progress);
    List<String> regions = GeoNamesRegions.lines(cities.values(), admin1Names);
    write(out, regions);
    return new Summary(iso3ByIso2.size(), regions.size(), cities.size(), alternates, out);
  }

  private Path require(String name) {
    Path p = dir.resolve(name);
    if (!Files.isRegularFile(p)) throw new IllegalArgumentException("no " + name + " in " + dir + " (a GeoNames dump directory)");
    return p;
  }

  private List<Path> cityFiles() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(p -> p.getFileName().toString().matches("cities\\d*\\.txt")).sorted().toList();
      if (files.isEmpty()) throw new IllegalArgumentException("no cities*.txt in " + dir + " (a GeoNames dump directory)");
      return files;
    }
  }

  private void readCountries(Path file) throws IOException {
    int n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] f = line.split("\t", -1);
        if (f.length < 17 || !f[0].matches("[A-Z]{2}") || !f[1].matches("[A-Z]{3}")) {
          throw new IllegalArgumentException(file + ":" + n + ": not a GeoNames countryInfo line");
        }
        iso3ByIso2.put(f[0], f[1]);
      }
    }
    progress.println("countries: " + iso3ByIso2.size() + " from " + file.getFileName());
  }

  private void readAdmin1(Path file) throws IOException {
    if (!Files.isRegularFile(file)) return;
    int n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        String[] f = line.split("\t", -1);
        if (f.length < 4 || !f[0].contains(".")) {
          throw new IllegalArgumentException(file + ":" + n + ": not a GeoNames admin1CodesASCII line");
        }
        admin1Names.put(f[0], f[1]);
      }
    }
    progress.println("first-level regions: " + admin1Names.size() + " from " + file.getFileName());
  }

  private void readCities(Path file) throws IOException {
    int n = 0;
    int before = cities.size();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        GeoNamesCity c = GeoNamesCity.parse(line, iso3ByIso2, admin1Names);
        if (c == null) throw new IllegalArgumentException(file + ":" + n + ": not a GeoNames cities line");
        if (c.country() != null) cities.putIfAbsent(c.id(), c);
      }
    }
    progress.println("towns: " + (cities.size() - before) + " from " + file.getFileName());
  }

  private void write(Path out, List<String> regions) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write("# version: 1\n# Imported from GeoNames dumps in " + dir.toAbsolutePath() + " by sitrep gazetteer import.\n");
      for (String line : regions) w.write(line + "\n");
      for (GeoNamesCity c : cities.values()) w.write(c.line() + "\n");
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    progress.println("wrote " + (regions.size() + cities.size()) + " places to " + out);
  }

  static List<String> latinNames(List<String> names, int max) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String s = n.strip();
      if (s.isEmpty() || out.contains(s) || s.contains("\t") || s.contains("|")) continue;
      if (!s.codePoints().allMatch(c -> c < 0x250 || c == 0x2019 || Character.isWhitespace(c))) continue;
      out.add(s);
      if (out.size() == max) break;
    }
    return out;
  }
}
