package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches catalog names in text, then joins a country name, demonym, capital or building with a
 * body-type phrase right after it ("Seoul's foreign ministry", "Russian forces") into one match of
 * that country's body.
 */
final class CatalogMatcher {
  /** What may stand between a country word and a body phrase: a space, or a possessive. */
  private static final Pattern JOIN = Pattern.compile("(['\u2019]s?)?[ \u00A0]{1,2}");
  private static final Pattern OF = Pattern.compile("[ \u00A0]of[ \u00A0](?:the[ \u00A0])?");
  private static final Pattern IN = Pattern.compile("[ \u00A0]in[ \u00A0]");
  private static final String EMBASSY = "*-embassy";

  private record Ref(CatalogEntry entry, CatalogEntry.Alias alias, int order) {}

  private static final Comparator<Ref> BEST_FIRST = Comparator
      .comparing((Ref r) -> r.alias().how() == CatalogEntry.How.TEMPLATE)
      .thenComparing(r -> r.alias().how() == CatalogEntry.How.SURNAME)
      .thenComparing(r -> r.alias().ambiguous())
      .thenComparingInt(Ref::order);

  private final Catalog catalog;
  private final NameMatcher<Ref> names = new NameMatcher<>();

  CatalogMatcher(Catalog catalog) {
    this.catalog = catalog;
    int order = 0;
    for (CatalogEntry e : catalog.entries()) {
      for (CatalogEntry.Alias a : e.aliases()) {
        if (a.how() == CatalogEntry.How.TEMPLATE && !e.isTemplate()) continue;
        names.add(a.text(), new Ref(e, a, order++));
      }
    }
  }

  List<CatalogMatch> match(String text) {
    List<CatalogMatch> plain = new ArrayList<>();
    for (NameMatcher.Hit<Ref> h : names.match(text)) plain.add(toMatch(text, h));
    return joinBodies(text, plain);
  }

  private static CatalogMatch toMatch(String text, NameMatcher.Hit<Ref> h) {
    List<Ref> refs = new ArrayList<>(h.values());
    refs.sort(BEST_FIRST);
    Set<CatalogEntry> candidates = new LinkedHashSet<>();
    for (Ref r : refs) candidates.add(r.entry());
    Ref best = refs.get(0);
    boolean ambiguous = best.alias().ambiguous()
        || (best.alias().how() == CatalogEntry.How.SURNAME && candidates.size() > 1);
    return new CatalogMatch(h.start(), h.end(), text.substring(h.start(), h.end()), best.entry(),
        best.alias().how(), ambiguous, List.copyOf(candidates));
  }

  private List<CatalogMatch> joinBodies(String text, List<CatalogMatch> plain) {
    List<CatalogMatch> out = new ArrayList<>(plain.size());
    for (int i = 0; i < plain.size(); i++) {
      CatalogMatch a = plain.get(i);
      CatalogMatch b = i + 1 < plain.size() ? plain.get(i + 1) : null;
      CatalogMatch joined = b == null ? null : join(text, a, b);
      if (joined != null) {
        out.add(joined);
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private CatalogMatch join(String text, CatalogMatch a, CatalogMatch b) {
    if (!a.entry().kind().equals("country")) return after(text, a, b);
    CatalogEntry template = b.candidates().stream().filter(CatalogEntry::isTemplate).findFirst().orElse(null);
    if (template == null || !JOIN.matcher(text.substring(a.end(), b.start())).matches()) return null;
    CatalogEntry body = catalog.body(template.id(), a.entry().id());
    if (body == null) return null;
    // "the Congolese government": the body of each state the word may name, for the finder to choose
    Set<CatalogEntry> bodies = new LinkedHashSet<>();
    bodies.add(body);
    for (CatalogEntry c : a.candidates()) {
      CatalogEntry other = c.kind().equals("country") ? catalog.body(template.id(), c.id()) : null;
      if (other != null) bodies.add(other);
    }
    return new CatalogMatch(a.start(), b.end(), text.substring(a.start(), b.end()), body,
        CatalogEntry.How.BODY, a.ambiguous(), List.copyOf(bodies));
  }

  /**
   * "the defence ministry in Moscow", "the Ministry of Defence of Russia": a body with its state
   * after it, by name with "of" or by its capital with "in". ("the army in Ukraine" may be another
   * state's army there, so a state's own name after "in" joins nothing; nor does a capital join an
   * embassy, which is another state's, or forces.)
   */
  private CatalogMatch after(String text, CatalogMatch a, CatalogMatch b) {
    if (!b.entry().kind().equals("country")) return null;
    CatalogEntry template = a.candidates().stream().filter(CatalogEntry::isTemplate).findFirst().orElse(null);
    if (template == null) return null;
    String between = text.substring(a.end(), b.start());
    boolean of = OF.matcher(between).matches();
    // a body that sits in its capital: not an embassy (another state's, there) nor forces (stationed there)
    boolean in = IN.matcher(between).matches() && b.how() == CatalogEntry.How.CAPITAL
        && !EMBASSY.equals(template.id()) && !"MIL".equals(template.sector());
    if (!of && !in) return null;
    CatalogEntry body = catalog.body(template.id(), b.entry().id());
    if (body == null) return null;
    return new CatalogMatch(a.start(), b.end(), text.substring(a.start(), b.end()), body,
        CatalogEntry.How.BODY, b.ambiguous(), List.of(body));
  }
}
