package org.sitrep.claims;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Units an amount can carry: currencies, measures, durations and percent, by their written forms. */
final class QuantityUnits {
  /** Currency signs written before or after digits. */
  static final Map<String, String> SIGNS = Map.ofEntries(
      Map.entry("$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"),
      Map.entry("₹", "INR"), Map.entry("₽", "RUB"), Map.entry("₴", "UAH"), Map.entry("₪", "ILS"),
      Map.entry("₩", "KRW"), Map.entry("₺", "TRY"), Map.entry("₦", "NGN"), Map.entry("₱", "PHP"),
      Map.entry("₿", "BTC"), Map.entry("₭", "LAK"), Map.entry("₡", "CRC"), Map.entry("₾", "GEL"),
      Map.entry("元", "CNY"));
  /** Letters glued or set before "$": "US$", "C$", "HK$". */
  static final Map<String, String> DOLLAR_PREFIXES = Map.ofEntries(
      Map.entry("us", "USD"), Map.entry("c", "CAD"), Map.entry("ca", "CAD"), Map.entry("hk", "HKD"),
      Map.entry("a", "AUD"), Map.entry("au", "AUD"), Map.entry("nz", "NZD"), Map.entry("s", "SGD"),
      Map.entry("mex", "MXN"), Map.entry("usd", "USD"), Map.entry("nt", "TWD"));
  /** ISO codes written before or after the amount, upper case. */
  static final Set<String> CODES = Set.of(
      "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "UAH", "INR", "CHF", "ILS", "KRW", "TRY",
      "IRR", "SAR", "AED", "CAD", "AUD", "HKD", "NGN", "ZAR", "BTC", "SEK", "NOK", "DKK", "PLN",
      "KPW", "SYP", "LBP", "EGP", "PKR", "AFN", "YER", "SDG", "ETB", "KES", "MXN", "BRL");
  /** Abbreviations written before the amount: "Rs 500 crore". */
  static final Map<String, String> WORD_PREFIXES = Map.of("Rs", "INR", "Rp", "IDR", "Tk", "BDT");
  /** Currency words after the amount, lower case, to their unit. */
  static final Map<String, String> CURRENCY_WORDS = words(
      "dollar dollars=USD; euro euros=EUR; pound pounds sterling=GBP; yen=JPY; "
      + "yuan renminbi rmb=CNY; rouble roubles ruble rubles=RUB; "
      + "hryvnia hryvnias hryvnia=UAH; rupee rupees=INR; shekel shekels=ILS; "
      + "riyal riyals rial rials=SAR; dirham dirhams=AED; won=KRW; lira liras=TRY; "
      + "franc francs=CHF; peso pesos=MXN; rand=ZAR; naira=NGN; cent cents=cents; "
      + "penny pence=pence; dinar dinars=dinars; mark marks=marks; "
      + "guilder guilders=guilders; markka=markka; peseta pesetas=pesetas; kip=LAK; "
      + "bitcoin bitcoins btc=BTC; usd=USD; eur=EUR; gbp=GBP;");
  /** Measures, lower case, to a short unit name. Multi-word forms are joined by one space. */
  static final Map<String, String> MEASURES = words(
      "km kms kilometre kilometres kilometer kilometers kilometer=km; "
      + "mile miles mi=miles; m metre metres meter meters=m; "
      + "cm centimetre centimetres centimeter centimeters=cm; "
      + "mm millimetre millimetres millimeter millimeters=mm; ft foot feet=feet; "
      + "inch inches=inches; yard yards=yards; dm=dm; picometer picometre=pm; "
      + "km2 km²=square km; m2 m²=square m; hectare hectares ha=hectares; "
      + "acre acres=acres; "
      + "kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes=kg; "
      + "g gram grams gramme grammes=g; mg milligram milligrams=mg; "
      + "μg mcg microgram micrograms microgramme microgrammes=μg; "
      + "t tonne tonnes ton tons=tonnes; lb lbs=lb; oz ounce ounces=oz; "
      + "l litre litres liter liters=litres; "
      + "ml millilitre millilitres milliliter milliliters=ml; cl=cl; "
      + "gallon gallons=gallons; barrel barrels=barrels; bpd=barrels a day; mph=mph; "
      + "kph kmph=km/h; knot knots=knots; w watt watts=W; kw kilowatt kilowatts=kW; "
      + "mw megawatt megawatts=MW; gw gigawatt gigawatts=GW; kwh=kWh; mwh=MWh; gwh=GWh; "
      + "kv=kV; mb megabyte megabytes=MB; gb gigabyte gigabytes=GB; "
      + "eb exabyte exabytes=EB; nm nanometre nanometres nanometer nanometers=nm; "
      + "tablespoon tablespoons tbsp=tablespoons; teaspoon teaspoons tsp=teaspoons; "
      + "tb terabyte terabytes=TB; bit bits=bits; byte bytes=bytes; ghz=GHz; mhz=MHz; "
      + "ev=eV; tev=TeV; wh=Wh; mgy=mGy; "
      + "kt kiloton kilotons kilotonne kilotonnes=kilotons; degree degrees=degrees; "
      + "rad=rad;");
  /** Measures that take "square", "cubic" or "metric" before them. */
  static final Set<String> AREA_BASES = Set.of("km", "miles", "m", "feet", "cm", "yards", "inches");
  static final Map<String, String> DURATIONS = words(
      "second seconds sec secs=seconds; minute minutes min mins=minutes; "
      + "hour hours hr hrs=hours; millisecond milliseconds ms=milliseconds; "
      + " day days=days; week weeks=weeks; month months=months; "
      + "year years=years; decade decades=decades; century centuries=centuries;");
  static final Map<String, String> RATES = words(
      "day=day; daily=day; week=week; weekly=week; month=month; monthly=month; "
      + "year=year; annum=year; annually=year; yearly=year; hour=hour;");

  private QuantityUnits() {}

  private static Map<String, String> words(String spec) {
    Map<String, String> m = new HashMap<>();
    for (String entry : spec.split(";")) {
      if (entry.isBlank()) continue;
      int eq = entry.indexOf('=');
      String unit = entry.substring(eq + 1).trim();
      for (String w : entry.substring(0, eq).trim().split(" ")) m.put(w, unit);
    }
    return Map.copyOf(m);
  }
}
