package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
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
  void everyCommandListsWithAWholeSentence() {
    // The command lists ("Commands:") show only the first line of each description.
    List<String> cut = new ArrayList<>();
    eachCommand(Main.commandLine(), (name, lines) -> {
      if (lines.length == 0 || !lines[0].strip().endsWith(".")) cut.add(name + ": " + (lines.length == 0 ? "(none)" : lines[0]));
    });
    assertTrue(cut.isEmpty(), "first description lines that stop mid-sentence: " + cut);
  }

  @Test
  void everyDescriptionParagraphIsWhole() {
    // Each description element is a paragraph that picocli wraps itself: one broken by hand
    // leaves a short orphan line in --help ("revised)").
    List<String> cut = new ArrayList<>();
    eachCommand(Main.commandLine(), (name, lines) -> {
      for (String line : lines) {
        String end = line.strip();
        if (!end.isEmpty() && !end.endsWith(".") && !end.endsWith(":") && !end.endsWith(".)")) cut.add(name + ": " + line);
      }
    });
    assertTrue(cut.isEmpty(), "description paragraphs that stop mid-sentence: " + cut);
  }

  @Test
  void noHelpLineBreaksInsideAFileName() {
    // Java's line breaking may split ".warc.gz" after its first dot; a name cut in two reads as
    // two words in --help.
    List<String> cut = new ArrayList<>();
    java.util.regex.Pattern split = java.util.regex.Pattern.compile("\\w\\.\\n\\s*[a-z0-9]+[.,);]");
    forEachCommandLine(Main.commandLine(), sub -> {
      String usage = sub.getUsageMessage(CommandLine.Help.Ansi.OFF);
      if (split.matcher(usage).find()) cut.add(sub.getCommandSpec().qualifiedName());
    });
    assertTrue(cut.isEmpty(), "--help splits a file name in: " + cut);
  }

  private static void forEachCommandLine(CommandLine cl, java.util.function.Consumer<CommandLine> visit) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      visit.accept(sub);
      forEachCommandLine(sub, visit);
    }
  }

  /** Every subcommand below a command line, with its qualified name and description lines. */
  private static void eachCommand(CommandLine cl, java.util.function.BiConsumer<String, String[]> visit) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      visit.accept(sub.getCommandSpec().qualifiedName(), sub.getCommandSpec().usageMessage().description());
      eachCommand(sub, visit);
    }
  }

  @Test
  void aMisspeltCommandIsAUsageError() {
    QueryCommandsTest.Run r = QueryCommandsTest.run("figurse");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("figures"), r.err());
  }
}
