/**
 * The figures ledger: claims about one quantity grouped into threads (same measure, counted
 * subject, kind and compatible place), each reconciled into estimates per claimant, the latest
 * estimate of each, an envelope, a central range and the flags disputed, stale and revised (a
 * claimant changed a figure: an incident's or a snapshot's at all, a total by lowering it or
 * within a day, not by counting on from one day to a later one). The
 * library entry point is {@link org.sitrep.figures.Ledger}; the rows live in
 * {@link org.sitrep.store.LedgerStore}.
 */
package org.sitrep.figures;
