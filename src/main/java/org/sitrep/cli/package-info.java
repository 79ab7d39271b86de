/** The {@code sitrep} command line. Only this package imports picocli. */
package org.sitrep.cli;
