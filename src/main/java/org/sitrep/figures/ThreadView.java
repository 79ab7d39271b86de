package org.sitrep.figures;

import java.util.List;

/** A thread in full: its table line, every estimate by claimant, and totals derived from increments. */
public record ThreadView(ThreadLine line, Reconciled reconciled, List<Derived> derived) {

  public ThreadView {
    derived = List.copyOf(derived);
  }
}
