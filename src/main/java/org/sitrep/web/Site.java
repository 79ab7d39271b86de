package org.sitrep.web;

import org.sitrep.store.Store;

/** What every route reads: the store and the server's options. Wired once in {@link WebServer}. */
record Site(Store store, WebOptions options) {}
