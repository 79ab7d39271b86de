package org.sitrep.store;

/** What {@link Store#put} did with a record. */
public enum PutResult {
  /** A new article, and a new story. */
  STORED,
  /** The same article stored under an older analysis version: replaced by this analysis. */
  UPDATED,
  /** The same article (id, canonical URL or text hash) with the same analysis version: nothing written. */
  DUPLICATE,
  /** A new article whose text is a near copy of a stored one: stored and linked to that story. */
  NEAR_DUPLICATE_LINKED
}
