package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class MainTest {
  private static String name(Class<?> c) {
    return c.getAnnotation(Command.class).name();
  }

  @Test
  void aCommandLineBuildsOnlyTheSubcommandItNames() {
    assertEquals(Set.of("figures"), Main.commandLine("figures", "--db", "x.db").getSubcommands().keySet());
    assertEquals(Set.of("eval"), Main.commandLine("eval", "time").getSubcommands().keySet());
    assertTrue(Main.commandLine("eval").getSubcommands().get("eval").getSubcommands().containsKey("time"));
  }

  @Test
  void theVersionNeedsNoSubcommand() {
    assertTrue(Main.commandLine("--version").getSubcommands().isEmpty());
    QueryCommandsTest.Run r = QueryCommandsTest.run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("sitrep "), r.out());
  }

  @Test
  void helpAndUnknownWordsGetEverySubcommand() {
    for (String[] args : new String[][] {{}, {"--help"}, {"figurse"}}) {
      Set<String> names = Main.commandLine(args).getSubcommands().keySet();
      assertEquals(SitrepCommand.SUBCOMMANDS.size(), names.size(), String.join(" ", args));
      for (Class<?> c : SitrepCommand.SUBCOMMANDS) assertTrue(names.contains(name(c)), name(c));
    }
    String help = QueryCommandsTest.run("--help").out();
    for (Class<?> c : SitrepCommand.SUBCOMMANDS) assertTrue(help.contains("  " + name(c) + " "), name(c));
  }

  @Test
  void aMisspeltCommandIsAUsageError() {
    QueryCommandsTest.Run r = QueryCommandsTest.run("figurse");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("figures"), r.err());
  }
}
