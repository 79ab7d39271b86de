package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "en | The ministry said that the convoy had reached the town and that the roads were open again for the aid trucks.",
    "de | Die Behörden sagten, dass der Konvoi die Stadt erreicht hat und dass die Straßen wieder für die Lastwagen offen sind.",
    "fr | Le ministère a dit que le convoi est arrivé dans la ville et que les routes sont de nouveau ouvertes pour les camions.",
    "es | El ministerio dijo que el convoy llegó a la ciudad y que las carreteras están abiertas de nuevo para los camiones.",
    "ru | Министерство заявило, что колонна прибыла в город и что дороги снова открыты для грузовиков с помощью.",
    "en | Short text.",
  })
  void guesses(String language, String text) {
    assertEquals(language, Language.guess(text));
  }
}
