package org.sitrep.cli;

import picocli.CommandLine.IVersionProvider;

/** The version line of {@code sitrep --version}. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {"sitrep " + (v == null ? "0.1.0-SNAPSHOT" : v) + ", record schema 1"};
  }
}
