package org.sitrep.quotes;

import org.sitrep.record.Span;

/**
 * A direct quotation found in a text.
 *
 * @param text the quoted words without the enclosing quotation marks
 * @param start offset of the first quoted character (just after the opening mark)
 * @param end offset just past the last quoted character (the closing mark's offset)
 * @param cue the cue verb or phrase ("said", "according to"), or null
 * @param speaker the speaker mention as written ("he", "the ministry", "Dmitry Peskov"), or null
 * @param speakerEntity the named mention the speaker resolves to; the speaker itself when it is a
 *     name or nothing better is known; null when there is no speaker
 * @param finder the rule that produced the attribution, e.g. "quote.dep-nsubj"
 */
public record FoundQuote(String text, int start, int end, String cue, Span speaker,
    Span speakerEntity, String finder) {}
