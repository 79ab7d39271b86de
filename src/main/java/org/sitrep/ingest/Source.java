package org.sitrep.ingest;

import java.util.function.Supplier;

/**
 * One thing to ingest, known by name before it is read: a file path, a URL, or a WARC record's
 * target URI. Reading is deferred so that a worker thread can fetch it, and so that an input the
 * store already holds is never read at all.
 *
 * @param name the key the store knows the input by (path or URL)
 * @param input reads (or fetches) the input; never throws, a problem becomes a failed input
 */
public record Source(String name, Supplier<Input> input) {}
