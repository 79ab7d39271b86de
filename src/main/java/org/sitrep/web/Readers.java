package org.sitrep.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.store.Store;

/**
 * The stores the read endpoints query, taken in turn. A store serialises its calls on its one
 * connection; with several open on the same database (SQLite in WAL mode lets readers run beside
 * each other and beside the writer) concurrent requests stop queueing behind one connection.
 */
final class Readers {
  private final List<Store> stores;
  private final AtomicInteger turn = new AtomicInteger();

  /** {@code extra} may be empty: then every read goes to {@code main}. */
  Readers(Store main, List<Store> extra) {
    this.stores = extra.isEmpty() ? List.of(main) : List.copyOf(extra);
  }

  Store next() {
    return stores.get(Math.floorMod(turn.getAndIncrement(), stores.size()));
  }
}
