/**
 * The figures ledger: claims about one quantity grouped into threads (same measure, counted
 * subject, kind and compatible place), each reconciled into estimates per claimant, the latest
 * estimate of each, an envelope, a central range and the flags disputed, stale and revised. The
 * library entry point is {@link org.sitrep.figures.Ledger}; the rows live in
 * {@link org.sitrep.store.LedgerStore}.
 */
package org.sitrep.figures;
