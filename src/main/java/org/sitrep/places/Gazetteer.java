package org.sitrep.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.actors.Catalog;

/**
 * The gazetteer: the built-in places plus, when present, the file written by {@code sitrep
 * gazetteer import} (see {@link GazetteerHome#importFile()}).
 *
 * <p>Ranking of the places a name can mean, best first: (1) places named exactly so before
 * regions that only share the base name ("Kursk" the city before Kursk Oblast; "the Kursk region"
 * names the region itself); (2) countries, then regions, then localities ("Georgia" the country
 * before the US state, "Gaza" the Strip before the city); (3) built-in before imported places;
 * (4) capitals first; (5) larger population first.
 */
public final class Gazetteer {
  static final String DIR = "/org/sitrep/places/";

  private final List<PlaceEntry> places = new ArrayList<>();
  private final Map<String, String> iso2 = new HashMap<>();
  private final PlaceIndex index;

  private static Gazetteer instance;

  private Gazetteer(Path imported) {
    readBuiltIn();
    if (imported != null && Files.isRegularFile(imported)) readImported(imported);
    index = new PlaceIndex(places);
  }

  /** The built-in gazetteer plus the default import file if it exists; read once per JVM. */
  public static synchronized Gazetteer load() {
    if (instance == null) instance = new Gazetteer(GazetteerHome.importFile());
    return instance;
  }

  /** The built-in gazetteer plus an import file (null or missing: built-in only); not cached. */
  public static Gazetteer load(Path imported) {
    return new Gazetteer(imported);
  }

  /** Every place, built-in first. */
  public List<PlaceEntry> places() {
    return Collections.unmodifiableList(places);
  }

  /** The ISO alpha-2 code of a country, or null. */
  public String iso2(String iso3) {
    return iso2.get(iso3);
  }

  /** The country entry for an ISO alpha-3 code, or null. */
  public PlaceEntry country(String iso3) {
    return places.stream()
        .filter(p -> p.kind().equals(PlaceEntry.COUNTRY) && p.country().equals(iso3))
        .findFirst().orElse(null);
  }

  /** The built-in national capital of an ISO alpha-3 country, or null. */
  public PlaceEntry capital(String iso3) {
    return places.stream()
        .filter(p -> p.capital() && p.builtIn() && p.country().equals(iso3))
        .findFirst().orElse(null);
  }

  /** Every place the name can mean, best first (see the class comment); empty when unknown. */
  public List<PlaceEntry> lookup(String name) {
    return index.lookup(name);
  }

  /** Place names in text: non-overlapping, longest first, left to right. */
  public List<PlaceMatch> match(String text) {
    return index.match(text);
  }

  private void readBuiltIn() {
    Catalog catalog = Catalog.load();
    try (BufferedReader c = resource("countries.tsv"); BufferedReader p = resource("places.tsv")) {
      places.addAll(Countries.read(DIR + "countries.tsv", c, catalog, iso2));
      places.addAll(PlaceReader.places(DIR + "places.tsv", p, true));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in gazetteer", e);
    }
  }

  private static BufferedReader resource(String name) {
    InputStream in = Gazetteer.class.getResourceAsStream(DIR + name);
    if (in == null) throw new IllegalStateException("missing gazetteer file " + DIR + name);
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private void readImported(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Duplicates known = new Duplicates(places);
      for (PlaceEntry p : PlaceReader.places(file.toString(), r, false)) {
        if (!known.contains(p)) places.add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the imported gazetteer " + file, e);
    }
  }
}
