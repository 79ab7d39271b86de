package org.sitrep.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The curated actor catalog: countries, government bodies, armed forces, international bodies,
 * armed groups and office holders, read from the built-in data files in this package's resources.
 *
 * <p>Body types such as a foreign ministry are templates ({@code *-foreign-ministry}); {@link
 * #body} forms the body of one country ({@code kor-foreign-ministry}), using an explicit entry when
 * the catalog has one (the US foreign ministry is {@code us-state-department}).
 */
public final class Catalog {
  static final String DIR = "/org/sitrep/actors/";
  static final List<String> ACTOR_FILES = List.of("countries.tsv", "bodies.tsv", "people.tsv");
  static final String OFFICE_FILE = "offices.tsv";

  private final Map<String, CatalogEntry> byId = new LinkedHashMap<>();
  private final Map<String, CatalogEntry> templates = new HashMap<>();
  private final Map<String, CatalogEntry> explicitBodies = new HashMap<>();
  private final List<Office> offices = new ArrayList<>();
  private final Map<String, Integer> versions = new LinkedHashMap<>();
  private final CatalogMatcher matcher;

  private static Catalog instance;

  private Catalog() {
    for (String file : ACTOR_FILES) {
      versions.put(file, CatalogReader.read(DIR + file, 6, (f, line) -> add(file, f, line)));
    }
    versions.put(OFFICE_FILE,
        CatalogReader.read(DIR + OFFICE_FILE, 6, (f, line) -> addOffices(f, line)));
    checkAffiliations();
    matcher = new CatalogMatcher(this);
  }

  /** The built-in catalog, read once; throws IllegalStateException naming file and line on a bad line. */
  public static synchronized Catalog load() {
    if (instance == null) instance = new Catalog();
    return instance;
  }

  /** The version of each data file, from its {@code # version: N} header. */
  public Map<String, Integer> versions() {
    return Collections.unmodifiableMap(versions);
  }

  /** Every entry, templates included, in file order. */
  public Collection<CatalogEntry> entries() {
    return Collections.unmodifiableCollection(byId.values());
  }

  /** Every term of office, in file order. */
  public List<Office> offices() {
    return Collections.unmodifiableList(offices);
  }

  /** The entry with this id, a country's body formed from a template ("rus-foreign-ministry"), or null. */
  public CatalogEntry byId(String id) {
    CatalogEntry e = byId.get(id);
    if (e != null || id.length() < 5 || id.charAt(3) != '-') return e;
    return body(id.substring(4), id.substring(0, 3).toUpperCase(Locale.ROOT));
  }

  /**
   * The body of a type ("foreign-ministry" or "*-foreign-ministry") for a country, or null when the
   * type or the country is unknown. Explicit entries win over ones formed from the template.
   */
  public CatalogEntry body(String type, String iso3) {
    String suffix = type.startsWith("*-") ? type.substring(2) : type;
    CatalogEntry explicit = explicitBodies.get(iso3 + "/" + suffix);
    if (explicit != null) return explicit;
    CatalogEntry template = templates.get(suffix);
    CatalogEntry country = byId.get(iso3);
    if (template == null || country == null || !country.kind().equals("country")) return null;
    String id = iso3.toLowerCase(Locale.ROOT) + "-" + suffix;
    return new CatalogEntry(id, template.kind(), iso3, iso3, template.sector(),
        country.name() + " " + template.name(), List.of());
  }

  /**
   * The body of a type the catalog lists for a country by name ("ukr-armed-forces"), not one
   * formed from the template; or null.
   */
  CatalogEntry listedBody(String type, String iso3) {
    return explicitBodies.get(iso3 + "/" + (type.startsWith("*-") ? type.substring(2) : type));
  }

  /**
   * Who held an office ("president", "Defense Secretary", "chief" ...) for a state (ISO alpha-3) or
   * body id on a date, or null. A generic "leader" or "chief" tries {@link Office#HEAD} in order.
   * On a hand-over day the newer term wins.
   */
  public CatalogEntry officeHolder(String office, String countryOrBody, LocalDate date) {
    String canonical = Office.normalize(office);
    List<String> tries = canonical.equals("leader") ? Office.HEAD : List.of(canonical);
    for (String o : tries) {
      Office best = null;
      for (Office t : offices) {
        if (t.office().equals(o) && t.of().equalsIgnoreCase(countryOrBody) && t.covers(date)
            && (best == null || later(t, best))) {
          best = t;
        }
      }
      if (best != null) return byId.get(best.person());
    }
    return null;
  }

  /** The terms of office of one person, in file order. */
  public List<Office> officesOf(String personId) {
    return offices.stream().filter(o -> o.person().equals(personId)).toList();
  }

  /** Catalog names in the text: non-overlapping, longest first, left to right. */
  public List<CatalogMatch> match(String text) {
    return matcher.match(text);
  }

  private static boolean later(Office a, Office b) {
    return b.from() == null || (a.from() != null && a.from().isAfter(b.from()));
  }

  private void add(String file, String[] f, int line) {
    CatalogEntry e = CatalogReader.entry(f);
    if (e.kind().equals("person")) e = CatalogSurnames.withSurname(e);
    if (byId.putIfAbsent(e.id(), e) != null) {
      throw new IllegalArgumentException("duplicate id '" + e.id() + "'");
    }
    if (e.isTemplate()) templates.put(e.id().substring(2), e);
    registerBody(e);
  }

  private void registerBody(CatalogEntry e) {
    if (e.country() == null || e.isTemplate()) return;
    String prefix = e.country().toLowerCase(Locale.ROOT) + "-";
    if (e.id().startsWith(prefix)) explicitBodies.put(e.country() + "/" + e.id().substring(4), e);
    for (String link : e.names(CatalogEntry.How.TEMPLATE)) {
      explicitBodies.put(e.country() + "/" + link, e);
    }
  }

  private void addOffices(String[] f, int line) {
    if (!byId.containsKey(f[0])) throw new IllegalArgumentException("unknown person '" + f[0] + "'");
    offices.addAll(CatalogReader.offices(f));
  }

  private void checkAffiliations() {
    for (CatalogEntry e : byId.values()) {
      String a = e.affiliation();
      if (a != null && !a.equals("*") && !byId.containsKey(a)) {
        throw new IllegalStateException("catalog entry '" + e.id() + "' has unknown affiliation '" + a + "'");
      }
    }
  }
}
