package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.record.Span;

/**
 * Finds direct quotations and their speakers on the dependency parse and the paragraph structure.
 * Each quote's speaker comes from the first rule of this cascade that finds one:
 *
 * <ol>
 *   <li>{@code quote.transcript}, {@code quote.dash-signed}: a transcript label opening the quote
 *       ("PENCE: ...") or a name after a dash following it ("..." ― Jane Doe);
 *   <li>{@code quote.dep-nsubj}: the subject of a cue verb outside the quote in the sentences it
 *       spans, preferring a verb linked to the quote in the parse ("...," said X; X said: "...";
 *       He called it "...");
 *   <li>{@code quote.according-to}: the object of "according to";
 *   <li>{@code quote.colon-named}: a short named phrase and a colon before the quote (Peskov: "...");
 *   <li>{@code quote.multi-paragraph}: a paragraph that carries on a quote the previous one left
 *       open takes that quote's speaker;
 *   <li>{@code quote.continued}: the speaker of an earlier sentence of the same paragraph, from its
 *       attributed quote or its cue verb ("...," he said. "...");
 *   <li>{@code quote.paragraph-carry}: the speaker the previous paragraph ended with.
 * </ol>
 *
 * Quoted titles ("Face the Nation") are dropped; a quote no rule attributes keeps a null speaker
 * ({@code quote.marks}). Pronoun and role speakers are resolved to a named mention by
 * {@link Antecedents}. Stateless, so one instance serves many threads.
 */
public final class QuoteFinder {

  public List<FoundQuote> find(AnnotatedText text) {
    List<Quotation> quotes = QuoteMarks.scan(text.text());
    QuoteContext ctx = new QuoteContext(text, quotes);
    Antecedents antecedents = new Antecedents(text);
    List<Attribution> found = new ArrayList<>();
    List<FoundQuote> out = new ArrayList<>();
    for (Quotation q : quotes) {
      if (Titles.isTitle(text.span(q.start(), q.end())) || Titles.isNamed(text, q.open(), q.start(), q.end(), q.close())) {
        found.add(null);
        continue;
      }
      Attribution a = attribute(ctx, q, found);
      found.add(a);
      out.add(quote(text, q, a, a == null ? null : antecedents.resolve(a)));
    }
    return out;
  }

  private static Attribution attribute(QuoteContext ctx, Quotation q, List<Attribution> earlier) {
    Attribution a = LayoutSpeakers.transcript(ctx, q);
    if (a == null) a = LayoutSpeakers.dashSigned(ctx, q);
    if (a == null) a = CueSpeakers.of(ctx, q);
    if (a == null) a = LayoutSpeakers.colonNamed(ctx, q);
    if (a != null) return a;
    int i = earlier.size() - 1;
    if (q.continued() && i >= 0 && earlier.get(i) != null) {
      return earlier.get(i).via("quote.multi-paragraph");
    }
    a = Carry.inParagraph(ctx, q, earlier);
    if (a != null) return a;
    return Carry.fromPreviousParagraph(ctx, q, earlier);
  }

  private static FoundQuote quote(AnnotatedText text, Quotation q, Attribution a, Span entity) {
    String content = text.span(q.start(), q.end());
    if (a == null) return new FoundQuote(content, q.start(), q.end(), null, null, null, "quote.marks");
    Span speaker = Span.of(text.text(), a.start(), a.end());
    return new FoundQuote(content, q.start(), q.end(), a.cue(), speaker, entity, a.finder());
  }
}
