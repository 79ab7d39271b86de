package org.sitrep.web;

/**
 * A highlighted piece of the article text.
 *
 * @param start first char (UTF-16 index into the text, as in the record)
 * @param end one past the last char
 * @param kind actor, figure, quote or event: the CSS class {@code m-KIND}
 * @param ref id of the details panel this mark opens; several marks may share one
 * @param anchor id for links into the text ({@code #claim-3}), or null
 */
record Mark(int start, int end, String kind, String ref, String anchor) {}
