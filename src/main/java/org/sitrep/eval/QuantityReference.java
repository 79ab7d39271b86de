package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.CoreNlpNumbers;
import org.sitrep.nlp.NumericMention;

/**
 * CoreNLP's numeric entities as the reference finder. NUMBER mentions are plain numbers, MONEY
 * mentions currency amounts and PERCENT mentions measures; the normalised value gives the value,
 * a range ("10.0-12.0") or a bound ("&gt;=20.0", "&lt;170.0", "~4000.0"). CoreNLP's mention covers
 * the number only, not words such as "at least", so {@link QuantityMatch} checks a reference bound
 * by its end and value only ({@code lenientStart}).
 */
final class QuantityReference implements QuantityFound.Finder {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:E[-+]?\\d+)?");
  private final CoreNlpNumbers numbers;

  QuantityReference(CoreNlpNumbers numbers) {
    this.numbers = numbers;
  }

  @Override
  public List<QuantityFound> find(String text) {
    List<QuantityFound> out = new ArrayList<>();
    for (NumericMention m : numbers.find(text)) {
      QuantityFound.Kind kind = switch (m.type()) {
        case "NUMBER" -> QuantityFound.Kind.PLAIN;
        case "MONEY" -> QuantityFound.Kind.CURRENCY;
        case "PERCENT" -> QuantityFound.Kind.MEASURE;
        default -> null;
      };
      if (kind == null || m.normalized() == null) continue;
      QuantityFound f = parse(m, kind);
      if (f != null) out.add(f);
    }
    return out;
  }

  static QuantityFound parse(NumericMention m, QuantityFound.Kind kind) {
    String n = m.normalized().trim();
    String qualifier = "exact";
    if (n.startsWith(">=")) qualifier = "at_least";
    else if (n.startsWith("<=")) qualifier = "at_most";
    else if (n.startsWith(">")) qualifier = "more_than";
    else if (n.startsWith("<")) qualifier = "less_than";
    else if (n.startsWith("~")) qualifier = "approximate";
    n = n.replaceFirst("^[<>=~]+", "").replaceFirst("^[^\\d-]+", "");
    Matcher v = NUMBER.matcher(n);
    if (!v.find()) return null;
    double low = Double.parseDouble(v.group());
    double high = low;
    int after = v.end();
    if (v.find() && n.substring(after, v.start()).contains("-")) high = Double.parseDouble(v.group());
    return new QuantityFound(m.start(), m.end(), m.start(), m.start(), m.end(), m.end(), low, high,
        qualifier, kind == QuantityFound.Kind.MEASURE ? "percent" : null, kind);
  }
}
