package org.sitrep.cli;

import java.util.function.Supplier;

/** A value built on first use, once, so commands that reject every input never load the models. */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> factory;
  private volatile T value;

  Lazy(Supplier<T> factory) {
    this.factory = factory;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) value = v = factory.get();
      }
    }
    return v;
  }
}
