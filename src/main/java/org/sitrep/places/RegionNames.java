package org.sitrep.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The extra names of a region. "Kursk Oblast" also matches "Kursk region", "Kursk province",
 * "Kursk oblast" (any case of the type word) as the region itself, and plain "Kursk" as a weaker,
 * derived name: a place named exactly "Kursk" ranks before it.
 */
final class RegionNames {
  /** Type words stripped from the end of a region's name to find its base name. */
  private static final List<String> SUFFIXES = List.of(
      " Autonomous Okrug", " Capital District", " Capital Territory", " Metropolitan City",
      " Special City", " Municipality", " Governorate", " Prefecture", " Province", " Region",
      " Oblast", " State", " Krai", " District", " County", " City");
  /**
   * Base names too generic to stand alone ("Northern District", "Centre Region"), or words that
   * mostly mean something else in news ("Delta State" is a region; "Delta" is an airline).
   */
  private static final Set<String> GENERIC = Set.of(
      "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
      "Centre", "Center", "Nord", "Sud", "Est", "Ouest", "Sahel", "Bay", "Capital", "Red Sea",
      "Delta", "Plateau", "Rivers", "Imo", "Federal", "Federal Capital", "Far North", "North-West",
      "South-West");
  private static final List<String> TYPE_WORDS =
      List.of("region", "province", "oblast", "governorate", "state");

  private RegionNames() {}

  /** The names matched as the region itself. */
  static List<String> variants(List<String> names) {
    List<String> out = new ArrayList<>(names);
    for (String n : names) {
      String base = base(n);
      if (base == null) base = n;
      for (String type : TYPE_WORDS) out.add(base + " " + type);
    }
    return out;
  }

  /** Base names ("Kursk" of "Kursk Oblast") that may also mean the region, ranked below exact names. */
  static List<String> derived(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String base = base(n);
      if (base != null && !GENERIC.contains(base) && !names.contains(base)) out.add(base);
    }
    return out;
  }

  static String base(String name) {
    if (name.startsWith("Republic of ")) return name.substring("Republic of ".length());
    for (String s : SUFFIXES) {
      if (name.endsWith(s) && name.length() > s.length()) return name.substring(0, name.length() - s.length());
    }
    return null;
  }
}
