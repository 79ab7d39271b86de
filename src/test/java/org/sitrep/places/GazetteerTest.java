package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer g = Gazetteer.load(null);

  private static String describe(PlaceEntry p) {
    return p.name() + "/" + p.kind() + "/" + p.country();
  }

  private String best(String name) {
    List<PlaceEntry> c = g.lookup(name);
    assertFalse(c.isEmpty(), "unknown: " + name);
    return describe(c.get(0));
  }

  private String firstMatch(String text) {
    List<PlaceMatch> m = g.match(text);
    assertFalse(m.isEmpty(), "no place in: " + text);
    return m.get(0).text() + " -> " + describe(m.get(0).best());
  }

  @Test
  void hasEveryCountryWithCodesAndACapital() {
    long countries = g.places().stream().filter(p -> p.kind().equals(PlaceEntry.COUNTRY)).count();
    assertTrue(countries >= 249, "countries: " + countries);
    assertEquals("KP", g.iso2("PRK"));
    assertEquals("PS", g.iso2("PSE"));
    assertEquals("Kyiv/locality/UKR", best("Kyiv"));
    assertTrue(g.lookup("Kyiv").get(0).capital());
  }

  @Test
  void knowsTheTheatresOfBanditryGangsAndTheFrontier() {
    assertEquals("Zamfara State/region/NGA", best("Zamfara"));
    assertEquals("Katsina/locality/NGA", best("Katsina"));
    assertEquals("Liancourt/locality/HTI", best("Liancourt"));
    assertEquals("North Waziristan District/region/PAK", best("North Waziristan"));
    assertEquals("Delta State -> Delta State/region/NGA", firstMatch("fighting in Delta State"));
    assertTrue(g.lookup("Delta").isEmpty(), "an airline's name is no Nigerian state");
    assertTrue(g.lookup("Plateau").isEmpty());
  }

  @Test
  void findsOldSpellings() {
    assertEquals("Kyiv/locality/UKR", best("Kiev"));
    assertEquals("Odesa/locality/UKR", best("Odessa"));
    assertEquals("Kharkiv/locality/UKR", best("Kharkov"));
    assertEquals("Dnipro/locality/UKR", best("Dnepropetrovsk"));
    assertEquals("Myanmar/country/MMR", best("Burma"));
  }

  @Test
  void plainNameIsTheTownButTheRegionIsACandidate() {
    List<PlaceEntry> kursk = g.lookup("Kursk");
    assertEquals("Kursk/locality/RUS", describe(kursk.get(0)));
    assertEquals("Kursk Oblast/region/RUS", describe(kursk.get(1)));
  }

  @Test
  void regionWordsNameTheRegion() {
    for (String text : List.of("in the Kursk region.", "in Kursk Oblast.", "in Kursk province.", "in the Kursk Region.")) {
      PlaceMatch m = g.match(text).get(0);
      assertEquals("Kursk Oblast/region/RUS", describe(m.best()), text);
      assertEquals(1, m.candidates().size(), text);
    }
  }

  @Test
  void countryBeforeUsState() {
    List<PlaceEntry> georgia = g.lookup("Georgia");
    assertEquals("Georgia/country/GEO", describe(georgia.get(0)));
    assertEquals("Georgia/region/USA", describe(georgia.get(1)));
  }

  @Test
  void capitalBeforeATownOfTheSameName() {
    assertEquals("Tripoli/locality/LBY", best("Tripoli"));
    assertEquals(2, g.lookup("Tripoli").size());
  }

  @Test
  void matchesConflictTownsInText() {
    assertEquals("Khan Younis -> Khan Younis/locality/PSE", firstMatch("Strikes hit Khan Younis overnight."));
    assertEquals("El Fasher -> El Fasher/locality/SDN", firstMatch("The siege of El Fasher continued."));
    assertEquals("Gaza Strip -> Gaza Strip/region/PSE", firstMatch("aid to the Gaza Strip"));
    assertEquals("Pokrovsk -> Pokrovsk/locality/UKR", firstMatch("near Pokrovsk, officials said"));
  }

  @Test
  void lookupIgnoresCaseAndHyphens() {
    assertEquals("Rostov-on-Don/locality/RUS", best("rostov on don"));
  }

  @Test
  void regionsHaveCountriesAndLocalitiesNameKnownRegions() {
    List<String> unknown = g.places().stream()
        .filter(p -> p.admin1() != null && p.builtIn())
        .filter(p -> g.lookup(p.admin1()).stream().noneMatch(
            r -> r.kind().equals(PlaceEntry.REGION) && r.country().equals(p.country())))
        .map(p -> p.name() + " in " + p.admin1())
        .toList();
    assertEquals(List.of(), unknown);
  }

  /** A region's point is rough (Krasnoyarsk Krai and Xinjiang span thousands of km), but no town
   * of it lies further away than this: catches typos in coordinates. */
  static final double MAX_TOWN_TO_REGION_KM = 1000;

  @Test
  void townsLieNearTheirRegion() {
    List<String> far = g.places().stream()
        .filter(p -> p.admin1() != null && p.builtIn())
        .filter(p -> g.lookup(p.admin1()).stream()
            .filter(r -> r.kind().equals(PlaceEntry.REGION) && r.country().equals(p.country()))
            .allMatch(r -> Distance.km(p.lat(), p.lon(), r.lat(), r.lon()) > MAX_TOWN_TO_REGION_KM))
        .map(p -> p.name() + " in " + p.admin1())
        .toList();
    assertEquals(List.of(), far);
  }

  @Test
  void coversTheRegionsOfStatesAtWar() {
    for (String iso3 : List.of("UKR", "RUS", "ISR", "PSE", "LBN", "SYR", "IRQ", "IRN", "YEM", "SDN",
        "SSD", "ETH", "SOM", "COD", "MLI", "BFA", "NER", "TCD", "MMR", "AFG", "PAK", "IND", "PRK",
        "KOR", "CHN", "TWN")) {
      long regions = g.places().stream()
          .filter(p -> p.kind().equals(PlaceEntry.REGION) && p.country().equals(iso3)).count();
      assertTrue(regions >= 2, iso3 + " regions: " + regions);
    }
  }

  @Test
  void unknownNamesGiveNothing() {
    assertTrue(g.lookup("Xyzzyville").isEmpty());
    assertTrue(g.match("nothing here at all").isEmpty());
  }
}
