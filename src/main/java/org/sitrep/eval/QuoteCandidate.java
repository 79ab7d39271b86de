package org.sitrep.eval;

/**
 * A quote as a system under evaluation reports it.
 *
 * @param quote the quoted text
 * @param speaker the speaker mention in the text, or null
 * @param entity the named mention the speaker resolves to (the speaker itself when it is a name),
 *     or null
 */
record QuoteCandidate(QuoteSpan quote, QuoteSpan speaker, QuoteSpan entity) {}
