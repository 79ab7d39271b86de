package org.sitrep.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.NameMatcher;

/**
 * Name lookup and text matching over the gazetteer, with the ranking described in {@link Gazetteer}.
 * Lookup knows every name; text matching skips imported names that are short or common words.
 */
final class PlaceIndex {
  /** A place under one of its names; derived names are region base names ("Kursk" of Kursk Oblast). */
  private record Ref(PlaceEntry place, boolean derived) {}

  private static final Comparator<Ref> BEST_FIRST = Comparator
      .comparing(Ref::derived)
      .thenComparingInt((Ref r) -> r.place().kindRank())
      .thenComparing(r -> !r.place().builtIn())
      .thenComparing(r -> !r.place().capital())
      .thenComparing(r -> -r.place().population());

  private final NameMatcher<Ref> matcher = new NameMatcher<>();
  private final Map<String, List<Ref>> byName = new HashMap<>();

  PlaceIndex(List<PlaceEntry> places) {
    for (PlaceEntry p : places) {
      boolean region = p.kind().equals(PlaceEntry.REGION);
      for (String n : region ? RegionNames.variants(p.names()) : p.names()) add(n, new Ref(p, false));
      if (region) for (String n : RegionNames.derived(p.names())) add(n, new Ref(p, true));
    }
  }

  private void add(String name, Ref ref) {
    if (ref.place().builtIn() || !CommonWords.isCommon(name)) matcher.add(name, ref);
    byName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(ref);
  }

  List<PlaceEntry> lookup(String name) {
    return ranked(byName.getOrDefault(key(name.strip()), List.of()));
  }

  List<PlaceMatch> match(String text) {
    List<PlaceMatch> out = new ArrayList<>();
    for (NameMatcher.Hit<Ref> h : matcher.match(text)) {
      out.add(new PlaceMatch(h.start(), h.end(), text.substring(h.start(), h.end()), ranked(h.values())));
    }
    return out;
  }

  private static List<PlaceEntry> ranked(List<Ref> refs) {
    List<Ref> sorted = new ArrayList<>(refs);
    sorted.sort(BEST_FIRST);
    Set<PlaceEntry> out = new LinkedHashSet<>();
    for (Ref r : sorted) out.add(r.place());
    return List.copyOf(out);
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace('-', ' ');
  }
}
