package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.GazetteerHome;
import org.sitrep.places.PlaceEntry;
import org.sitrep.places.GeoNamesImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep gazetteer import DIR}: extends the built-in gazetteer with GeoNames dumps. */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description = "Manage the gazetteer of places.",
    subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Lookup.class})
final class GazetteerCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: try 'sitrep gazetteer import DIR'");
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import GeoNames dumps into the local gazetteer, used from then on.",
        "Reads countryInfo.txt and cities*.txt, and admin1CodesASCII.txt and alternateNamesV2.txt"
            + " when present.",
        "It writes gazetteer.tsv in $SITREP_HOME, else in $XDG_DATA_HOME/sitrep, else in"
            + " ~/.local/share/sitrep."
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Directory of GeoNames dump files.")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of the default file.")
    Path out;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter stdout = spec.commandLine().getOut();
      Path target = out != null ? out : GazetteerHome.importFile();
      GeoNamesImport.Summary s;
      try {
        s = new GeoNamesImport(dir, err).run(target);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      stdout.printf(java.util.Locale.ROOT, "imported %d towns, %d regions, %d alternate names for %d countries into %s%n",
          s.localities(), s.regions(), s.alternateNames(), s.countries(), s.file());
      stdout.flush();
      err.flush();
      return 0;
    }
  }

  @Command(
      name = "lookup",
      mixinStandardHelpOptions = true,
      description = "List the places a name can mean, best first (built-in and imported).")
  static final class Lookup implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "A place name, e.g. Kursk or \"Kursk region\".")
    String name;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      java.util.List<PlaceEntry> found = Gazetteer.load().lookup(name);
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("sitrep: no place named '" + name + "'");
        return 1;
      }
      for (PlaceEntry p : found) {
        out.println(String.join("\t", p.name(), p.kind(), p.country(), p.admin1() == null ? "-" : p.admin1(),
            String.valueOf(p.lat()), String.valueOf(p.lon()), p.builtIn() ? "built-in" : "imported"));
      }
      out.flush();
      return 0;
    }
  }
}
