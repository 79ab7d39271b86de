package org.sitrep.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.EventSite;

/**
 * The events on a world map drawn from bundled country shapes (Natural Earth 1:110m via
 * world-atlas, see countries-110m.NOTICE), equirectangular: x = lon + 180, y = 90 - lat. Countries
 * with events are shaded; places with coordinates are dots sized by their number of events.
 */
final class WorldMap {
  private record Country(String code, String name, String path) {}

  private static final List<Country> COUNTRIES = load();
  /** The whole map: latitudes 84 N to 60 S. */
  static final double[] WORLD = {0, 6, 360, 144};
  static final double ASPECT = 2.5;
  static final double MIN_WIDTH = 50;

  private WorldMap() {}

  static void write(Html h, List<EventSite> events) {
    Map<String, Integer> byCountry = new LinkedHashMap<>();
    Map<String, List<EventSite>> byPoint = new LinkedHashMap<>();
    for (EventSite e : events) {
      if (e.country() != null) byCountry.merge(e.country(), 1, Integer::sum);
      if (e.lat() != null && e.lon() != null) {
        byPoint.computeIfAbsent(Math.round(e.lat() * 10) + ":" + Math.round(e.lon() * 10), k -> new ArrayList<>()).add(e);
      }
    }
    double[] view = view(byPoint.values().stream().map(l -> l.get(0)).toList());
    h.open("svg", "class", "map", "viewBox", view[0] + " " + view[1] + " " + view[2] + " " + view[3], "role", "img",
        "aria-label", "Map of the events",
        "xmlns", "http://www.w3.org/2000/svg");
    for (Country c : COUNTRIES) {
      Integer n = byCountry.get(c.code());
      h.open("path", "class", n == null ? "land" : "land hit", "d", c.path());
      h.el("title", c.name() + (n == null ? "" : ": " + n + " events")).close("path");
    }
    for (List<EventSite> at : byPoint.values()) point(h, at, view[2] / 360);
    h.close("svg");
  }

  /**
   * The part of the world to show as x, y, width, height: the places with room around them, at
   * least {@value #MIN_WIDTH} degrees wide, in the whole map's 2.5:1 shape; the whole map without places.
   */
  static double[] view(List<EventSite> places) {
    if (places.isEmpty()) return WORLD;
    double minX = 360, maxX = 0, minY = 180, maxY = 0;
    for (EventSite e : places) {
      minX = Math.min(minX, e.lon() + 180);
      maxX = Math.max(maxX, e.lon() + 180);
      minY = Math.min(minY, 90 - e.lat());
      maxY = Math.max(maxY, 90 - e.lat());
    }
    double w = Math.max(MIN_WIDTH, Math.max((maxX - minX) * 1.6, (maxY - minY) * 1.6 * ASPECT));
    if (w >= WORLD[2]) return WORLD;
    double h = w / ASPECT;
    double x = Math.max(0, Math.min(360 - w, (minX + maxX - w) / 2));
    double y = Math.max(WORLD[1], Math.min(WORLD[1] + WORLD[3] - h, (minY + maxY - h) / 2));
    return new double[] {round(x), round(y), round(w), round(h)};
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static void point(Html h, List<EventSite> at, double scale) {
    EventSite e = at.get(0);
    double r = (1.2 + Math.sqrt(at.size()) * 0.8) * Math.max(scale, 0.15);
    h.open("circle", "class", "pt", "cx", ThreadChart.fmt(e.lon() + 180), "cy", ThreadChart.fmt(90 - e.lat()),
        "r", ThreadChart.fmt(r));
    h.el("title", Format.orDash(e.place()) + ": " + at.size() + " events").close("circle");
    if (e.place() != null) {
      h.el("text", e.place(), "class", "pt-name", "x", ThreadChart.fmt(e.lon() + 180 + r * 1.4),
          "y", ThreadChart.fmt(90 - e.lat() + r * 0.5), "font-size", ThreadChart.fmt(scale * 4.3));
    }
  }

  private static List<Country> load() {
    List<Country> out = new ArrayList<>();
    try (InputStream in = WorldMap.class.getResourceAsStream("countries-110m.tsv")) {
      if (in == null) throw new IllegalStateException("countries-110m.tsv is missing from the classpath");
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] f = line.split("\t", 3);
        if (f.length == 3) out.add(new Country(f[0], f[1], f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled country shapes", e);
    }
    return List.copyOf(out);
  }
}
