package org.sitrep.extract;

/** What an extractor found: the page's metadata and its body. */
record Extracted(PageMeta meta, Body body) {}
