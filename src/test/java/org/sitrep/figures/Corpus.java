package org.sitrep.figures;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.record.Actor;
import org.sitrep.record.Article;
import org.sitrep.record.Claim;
import org.sitrep.record.Place;
import org.sitrep.record.Record;
import org.sitrep.record.Source;
import org.sitrep.record.Span;
import org.sitrep.record.Subject;

/** The synthetic corpus (corpus/corpus.txt) read into hand-built records, in file order. */
final class Corpus {
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final Map<String, Draft> drafts = new LinkedHashMap<>();

  /** An article being read: its sentences and claim lines. */
  private record Draft(String name, String day, String outlet, List<String> sentences, List<String[]> claims) {}

  static List<Record> read() throws IOException {
    try (InputStream in = Corpus.class.getResourceAsStream("corpus/corpus.txt")) {
      Corpus c = new Corpus();
      c.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return c.drafts.values().stream().map(c::record).toList();
    }
  }

  /** The article id of the named corpus article. */
  static String id(List<Record> records, String name) {
    return records.stream().filter(r -> r.article().path().equals(name)).findFirst().orElseThrow()
        .article().id();
  }

  private void parse(String text) {
    Draft current = null;
    for (String line : text.split("\\R")) {
      if (line.isBlank() || line.startsWith("# ") || line.equals("#")) continue;
      if (line.startsWith("@actor ")) {
        String[] f = fields(line.substring(7));
        actors.put(f[0], new Actor(f[0], f[1], f[2], f[3], f[4], List.of()));
      } else if (line.startsWith("## ")) {
        current = header(line.substring(3).strip());
      } else if (line.startsWith("~ ")) {
        String[] edit = line.substring(2).split(" => ");
        current.sentences().replaceAll(s -> s.replace(edit[0], edit[1]));
      } else if (line.startsWith("> ")) {
        current.claims().add(fields(line.substring(2)));
      } else {
        current.sentences().add(line.strip());
      }
    }
  }

  private Draft header(String line) {
    String[] copy = line.split(" = ");
    String[] words = copy[0].split(" ", 3);
    Draft d = new Draft(words[0], words[1], words[2], new ArrayList<>(), new ArrayList<>());
    if (copy.length == 2) {
      Draft original = drafts.get(copy[1].strip());
      String from = "(" + original.outlet() + ")";
      original.sentences().forEach(s -> d.sentences().add(s.replace(from, "(" + d.outlet() + ")")));
      d.claims().addAll(original.claims());
    }
    drafts.put(d.name(), d);
    return d;
  }

  private Record record(Draft d) {
    String text = String.join(" ", d.sentences());
    List<Claim> claims = new ArrayList<>();
    for (String[] f : d.claims()) claims.add(claim(d, text, f));
    Article a = new Article(sha256(text), d.name(), "https://corpus.example/" + d.name(), d.name(),
        d.day(), d.outlet(), "en", text, List.of(), Article.ANALYZED, null, List.of(), null, null, null);
    return new Record(Record.SCHEMA, a, List.copyOf(actors.values()), claims, List.of(), List.of());
  }

  private static Claim claim(Draft d, String text, String[] f) {
    String sentence = d.sentences().get(Integer.parseInt(f[0]));
    int start = text.indexOf(sentence);
    Span evidence = new Span(sentence, start, start + sentence.length());
    String subject = f[4];
    String unit = subject.substring(subject.lastIndexOf(' ') + 1);
    Source source = null;
    if (f[9] != null) {
      int at = Math.max(0, sentence.indexOf(f[9]));
      source = new Source(f[9], f[10], start + at, start + at + f[9].length());
    }
    Place place = f.length > 11 && f[11] != null
        ? new Place(f[11], f[11], f[11], null, null, "country", null, null) : null;
    return new Claim(f[1], unit, evidence, Double.valueOf(f[7]), Double.valueOf(f[8]), f[6], f[3],
        f[2], new Subject(subject, f[5], null, null), place, null, source, false, evidence, "corpus");
  }

  private static String[] fields(String line) {
    String[] raw = line.split("\\|", -1);
    String[] out = new String[raw.length];
    for (int i = 0; i < raw.length; i++) out[i] = raw[i].isBlank() ? null : raw[i].strip();
    return out;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
