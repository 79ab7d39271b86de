package org.sitrep.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** First-level regions of an import, placed at the population-weighted centre of their towns. */
final class GeoNamesRegions {
  private GeoNamesRegions() {}

  static List<String> lines(Collection<GeoNamesCity> cities, Map<String, String> admin1Names) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, String> country = new LinkedHashMap<>();
    for (GeoNamesCity c : cities) {
      if (c.admin1() == null) continue;
      double w = Math.max(1, c.population());
      double[] s = sums.computeIfAbsent(c.admin1Code(), k -> new double[4]);
      s[0] += w * c.lat();
      s[1] += w * c.lon();
      s[2] += w;
      s[3] += c.population();
      country.put(c.admin1Code(), c.country());
    }
    List<String> out = new ArrayList<>();
    sums.forEach((code, s) -> out.add(String.join("\t", PlaceEntry.REGION, country.get(code), "-",
        admin1Names.get(code).replace("|", " "), round(s[0] / s[2]), round(s[1] / s[2]),
        String.valueOf((long) s[3]))));
    return out;
  }

  private static String round(double v) {
    return String.valueOf(Math.round(v * 1000) / 1000.0);
  }
}
