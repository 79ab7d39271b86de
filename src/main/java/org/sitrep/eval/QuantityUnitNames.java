package org.sitrep.eval;

import java.util.Map;

/** sitrep's unit names spelled as quantulum3 spells them, for value+unit scoring. */
final class QuantityUnitNames {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("km", "kilometre"), Map.entry("m", "metre"), Map.entry("cm", "centimetre"),
      Map.entry("mm", "millimetre"), Map.entry("miles", "mile"), Map.entry("feet", "foot"),
      Map.entry("inches", "inch"), Map.entry("yards", "yard"), Map.entry("kg", "kilogram"),
      Map.entry("g", "gram"), Map.entry("mg", "milligram"), Map.entry("tonnes", "tonne"),
      Map.entry("lb", "pound-mass"), Map.entry("litres", "litre"),
      Map.entry("cl", "centilitre"), Map.entry("gallons", "gallon"), Map.entry("USD", "dollar"),
      Map.entry("EUR", "euro"), Map.entry("GBP", "pound sterling"), Map.entry("JPY", "yen"),
      Map.entry("percent", "percentage"), Map.entry("seconds", "second"),
      Map.entry("minutes", "minute"), Map.entry("hours", "hour"), Map.entry("days", "day"),
      Map.entry("weeks", "week"), Map.entry("months", "month"), Map.entry("years", "year"),
      Map.entry("square km", "square kilometre"), Map.entry("square miles", "square mile"),
      Map.entry("square m", "square metre"), Map.entry("cubic km", "cubic kilometre"),
      Map.entry("mph", "mile per hour"), Map.entry("km/h", "kilometre per hour"),
      Map.entry("MWh", "megawatt hour"), Map.entry("Wh", "watt hour"), Map.entry("MB", "megabyte"),
      Map.entry("GHz", "gigahertz"), Map.entry("eV", "electronvolt"),
      Map.entry("TeV", "teraelectronvolt"), Map.entry("mGy", "milligray"),
      Map.entry("cents", "cent"), Map.entry("pence", "penny"), Map.entry("bits", "bit"),
      Map.entry("bytes", "byte"), Map.entry("nm", "nanometre"), Map.entry("EB", "exabyte"),
      Map.entry("ml", "cubic centimetre"), Map.entry("°C", "degree celsius"),
      Map.entry("°F", "degree fahrenheit"), Map.entry("degrees", "degree"));

  private QuantityUnitNames() {}

  static String of(String unit) {
    return unit == null ? "dimensionless" : NAMES.getOrDefault(unit, unit);
  }
}
