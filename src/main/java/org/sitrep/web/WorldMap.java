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
    h.open("svg", "class", "map", "viewBox", "0 6 360 144", "role", "img", "aria-label", "Map of the events",
        "xmlns", "http://www.w3.org/2000/svg");
    for (Country c : COUNTRIES) {
      Integer n = byCountry.get(c.code());
      h.open("path", "class", n == null ? "land" : "land hit", "d", c.path());
      h.el("title", c.name() + (n == null ? "" : ": " + n + " events")).close("path");
    }
    for (List<EventSite> at : byPoint.values()) point(h, at);
    h.close("svg");
  }

  private static void point(Html h, List<EventSite> at) {
    EventSite e = at.get(0);
    double r = 1.2 + Math.sqrt(at.size()) * 0.8;
    h.open("circle", "class", "pt", "cx", ThreadChart.fmt(e.lon() + 180), "cy", ThreadChart.fmt(90 - e.lat()),
        "r", ThreadChart.fmt(r));
    h.el("title", Format.orDash(e.place()) + ": " + at.size() + " events").close("circle");
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
