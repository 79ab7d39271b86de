package org.sitrep.web;

import org.sitrep.figures.Ledger;
import org.sitrep.store.Store;

/** What every route reads: the store, its figures ledger and the server's options. Wired once in {@link WebServer}. */
record Site(Store store, Ledger ledger, WebOptions options) {}
