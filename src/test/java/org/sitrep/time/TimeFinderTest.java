package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TimeFinderTest {
  private static final TimeFinder FINDER = new TimeFinder();

  /** A Tuesday. */
  private static final LocalDate TUE = LocalDate.of(2025, 4, 29);

  /** Asserts the expressions found, each written "text|TYPE|value", in text order. */
  /** The expressions found in {@code text}, as text|type|value lines, with their offsets checked. */
  static void assertFinds(String text, LocalDate reference, String... expected) {
    List<TimeExpression> found = FINDER.find(text, reference);
    for (TimeExpression e : found) {
      assertEquals(e.text(), text.substring(e.start(), e.end()), "offsets of " + e);
    }
    String actual =
        found.stream()
            .map(e -> e.text() + "|" + e.type() + "|" + e.value())
            .collect(Collectors.joining("\n"));
    assertEquals(String.join("\n", expected), actual, text);
  }

  @Test
  void weekdaysAreTheLatestOneInPastTenseReports() {
    assertFinds(
        "Russian forces shelled the city on Monday, officials said.",
        TUE,
        "Monday|DATE|2025-04-28");
    assertFinds(
        "The ministry said on Tuesday that talks had stalled.", TUE, "Tuesday|DATE|2025-04-29");
    assertFinds("A convoy was hit Saturday near the border.", TUE, "Saturday|DATE|2025-04-26");
  }

  @Test
  void weekdaysLookAheadAfterAFutureCue() {
    assertFinds("Negotiators will meet again on Friday in Geneva.", TUE, "Friday|DATE|2025-05-02");
    assertFinds("The vote is scheduled for Thursday.", TUE, "Thursday|DATE|2025-05-01");
    assertFinds(
        "He said they would appeal, and the court ruled Monday.", TUE, "Monday|DATE|2025-04-28");
    assertFinds(
        "Officials said the envoy would be travelling to Kyiv on Friday.", TUE, "Friday|DATE|2025-05-02");
    assertFinds("He expected the swap to reach 1,000 people by Friday.", TUE, "Friday|DATE|2025-05-02");
    // an adjective, not a cue
    assertFinds("The shares fell after lower-than-expected earnings were reported Friday.", TUE,
        "Friday|DATE|2025-04-25");
  }

  @Test
  void deicticDays() {
    assertFinds(
        "Yesterday the army withdrew; today it returned; tomorrow it may leave.",
        TUE,
        "Yesterday|DATE|2025-04-28",
        "today|DATE|2025-04-29",
        "tomorrow|DATE|2025-04-30");
    assertFinds(
        "Explosions were heard last night and again this morning.",
        TUE,
        "last night|TIME|2025-04-28TNI",
        "this morning|TIME|2025-04-29TMO");
  }

  @Test
  void unitsRelativeToThePublicationDate() {
    assertFinds("Fighting intensified last week.", TUE, "last week|DATE|2025-W17");
    assertFinds("Aid deliveries fell last month.", TUE, "last month|DATE|2025-03");
    assertFinds(
        "About 3,000 more were sent earlier this year.", TUE, "earlier this year|DATE|2025");
    assertFinds("Elections are due next year.", TUE, "next year|DATE|2026");
    assertFinds("Prices rose this week.", TUE, "this week|DATE|2025-W18");
    assertFinds("It happened late last year.", TUE, "late last year|DATE|2024");
    assertFinds("Losses over the past day stood at 1,130.", TUE, "the past day|DATE|2025-04-28");
    assertFinds("On the last day of the talks, nothing moved.", TUE);
  }

  @Test
  void agoShiftsByItsUnit() {
    assertFinds("The treaty was signed two years ago.", TUE, "two years ago|DATE|2023");
    assertFinds("The siege began three years ago.", TUE, "three years ago|DATE|2022");
    assertFinds("The ceasefire collapsed two weeks ago.", TUE, "two weeks ago|DATE|2025-W16");
    assertFinds("The hostages were freed 11 days ago.", TUE, "11 days ago|DATE|2025-04-18");
  }

  @Test
  void aRelativeMonthWithADayIsThatDay() {
    assertFinds("The envoy was shot last Oct. 23.", TUE, "last Oct. 23|DATE|2024-10-23");
    assertFinds("The envoy was shot last April 2.", TUE, "last April 2|DATE|2025-04-02");
    assertFinds("Polls open next May 4.", TUE, "next May 4|DATE|2025-05-04");
    assertFinds("Polls opened last April.", TUE, "last April|DATE|2024-04");
  }

  @Test
  void timeWordsInAQuotedNameAreNotTimes() {
    assertFinds("The minister told \"Morning Report\" the talks had failed.", TUE);
    assertFinds("She appeared on \"This Week\" and on ``48 Hours.''", TUE);
    assertFinds("He quoted the film ``Apocalypse Now'' at length.", TUE);
    assertFinds(
        "\"Last week we lost three men,\" he said.", TUE, "Last week|DATE|2025-W17");
    assertFinds(
        "\"Today we bury them,\" he said on Monday.",
        TUE,
        "Today|DATE|2025-04-29",
        "Monday|DATE|2025-04-28");
    assertFinds("Rebels Retake Town Last Week", TUE, "Last Week|DATE|2025-W17");
  }

  @Test
  void aSecondDayJoinedToADate() {
    assertFinds(
        "The summit meets on June 12 and 13 in Rome.",
        TUE,
        "June 12|DATE|2025-06-12",
        "13|DATE|2025-06-13");
    assertFinds("He scored 12 and 13 points.", TUE);
  }

  @Test
  void oneDayAfterAModalIsTheFuture() {
    assertFinds(
        "The refugees hope they may one day return.", TUE, "one day|DATE|FUTURE_REF");
    assertFinds("The strike lasted one day.", TUE, "one day|DURATION|P1D");
  }

  @Test
  void laterIsASignalAfterADuration() {
    // "later" counts from the story's time, not the publication date: TimeML tags the duration
    assertFinds(
        "The bridge fell in 2019. Three days later the dam broke.",
        TUE,
        "2019|DATE|2019",
        "Three days|DURATION|P3D");
    assertFinds("A few weeks later, rebels returned.", TUE, "A few weeks|DURATION|PXW");
    assertFinds("Just over an hour later he died.", TUE, "Just over an hour|DURATION|PT1H");
    assertFinds("He will return two weeks from now.", TUE, "two weeks from now|DATE|2025-W20");
    assertFinds("They left several years ago.", TUE, "several years ago|DATE|PAST_REF");
  }

  @Test
  void absoluteDates() {
    assertFinds("The strike on April 28, 2025 killed nine.", TUE, "April 28, 2025|DATE|2025-04-28");
    assertFinds("Talks opened on 28 April 2025 in Doha.", TUE, "28 April 2025|DATE|2025-04-28");
    assertFinds("Report dated 2025-04-28.", TUE, "2025-04-28|DATE|2025-04-28");
    assertFinds("The deal was reached on Jan. 6.", TUE, "Jan. 6|DATE|2025-01-06");
    assertFinds("Troops arrived on Dec. 30.", LocalDate.of(2025, 1, 3), "Dec. 30|DATE|2024-12-30");
  }

  @Test
  void monthsYearsAndDecades() {
    assertFinds("The treaty was signed in June 2024.", TUE, "June 2024|DATE|2024-06");
    assertFinds("The war has raged since February 2022.", TUE, "February 2022|DATE|2022-02");
    assertFinds("The attack came in March, officials said.", TUE, "March|DATE|2025-03");
    // a number after a month that cannot be its day is a count: the month stands alone
    assertFinds("In March 40 people died.", TUE, "March|DATE|2025-03");
    assertFinds("In April 2,000 people fled.", TUE, "April|DATE|2025-04");
    assertFinds("Exports recovered by mid-2024.", TUE, "mid-2024|DATE|2024");
    assertFinds("In 2024 the front barely moved.", TUE, "2024|DATE|2024");
    assertFinds("Militias spread in the 1990s.", TUE, "the 1990s|DATE|199");
  }

  @Test
  void spokenYears() {
    assertFinds(
        "It began in January nineteen ninety-seven.",
        TUE,
        "January nineteen ninety-seven|DATE|1997-01");
    assertFinds("By the year two thousand, it was over.", TUE, "the year two thousand|DATE|2000");
    assertFinds("Nineteen people died.", TUE);
  }

  @Test
  void monthAloneFollowsTheTense() {
    assertFinds("Officials may resign in May.", TUE, "May|DATE|2025-05");
    assertFinds("Officials may resign.", TUE);
    assertFinds("A summit will be held in January.", TUE, "January|DATE|2026-01");
  }

  @Test
  void seasons() {
    assertFinds(
        "Assessments put 10,000-12,000 troops there in autumn 2024.",
        TUE,
        "autumn 2024|DATE|2024-FA");
    assertFinds("The offensive stalled in the autumn.", TUE, "the autumn|DATE|2024-FA");
    assertFinds("The offensive will resume in the autumn.", TUE, "the autumn|DATE|2025-FA");
    assertFinds("Floods hit last summer.", TUE, "last summer|DATE|2024-SU");
    assertFinds("Prices fall in spring.", TUE, "spring|DATE|2025-SP");
    assertFinds("Shares fall when the rain falls.", TUE);
  }

  @Test
  void quarters() {
    assertFinds("Output fell in the third quarter.", TUE, "the third quarter|DATE|2024-Q3");
    assertFinds(
        "Output fell in the first quarter of 2025.", TUE, "the first quarter of 2025|DATE|2025-Q1");
    assertFinds("About a quarter of the vote went to him.", TUE);
  }

  @Test
  void halvesOfAYear() {
    assertFinds("Output fell in the first half of 2024.", TUE, "the first half of 2024|DATE|2024-H1");
    assertFinds("Output fell in the second half of 2024.", TUE, "the second half of 2024|DATE|2024-H2");
    assertFinds("Output fell in the first half of the year.", TUE, "the first half of the year|DATE|2025-H1");
    assertFinds("Output fell in late 2024.", TUE, "late 2024|DATE|2024");
  }

  @Test
  void durations() {
    assertFinds("He served three years in prison.", TUE, "three years|DURATION|P3Y");
    assertFinds("The curfew lasts 48 hours.", TUE, "48 hours|DURATION|PT48H");
    assertFinds("It took a decade to rebuild.", TUE, "a decade|DURATION|P10Y");
    assertFinds(
        "Shelling continued over the past 24 hours.", TUE, "the past 24 hours|DURATION|PT24H");
    assertFinds("They fought for years.", TUE, "years|DURATION|PXY");
    assertFinds(
        "The clans feuded for decades, the city stood for centuries.",
        TUE,
        "decades|DURATION|PXE",
        "centuries|DURATION|PXC");
    assertFinds(
        "The shelling lasted an hour and a half.", TUE, "an hour and a half|DURATION|PT1H30M");
    assertFinds(
        "A minute and a half passed before the siren.",
        TUE,
        "A minute and a half|DURATION|PT1M30S");
    assertFinds("He was held a year and a half.", TUE, "a year and a half|DURATION|P1Y6M");
    // the ten years up to the report, not the 2010s; "the last decade" may be the one before this
    assertFinds(
        "The war killed thousands over the past decade and millions in the past century.",
        TUE,
        "the past decade|DURATION|P10Y",
        "the past century|DURATION|P100Y");
    assertFinds("Prices rose in the last decade.", TUE, "the last decade|DATE|201");
    assertFinds("The march took 2.5 days.", TUE, "2.5 days|DURATION|P2DT12H");
    assertFinds("a two-year sentence", TUE, "two-year|DURATION|P2Y");
  }

  @Test
  void agesOrdinalsAndCountsAreNotTimes() {
    assertFinds("A 45-year-old man and his 6-year-old son were hurt.", TUE);
    assertFinds("The rebels launched a second attack.", TUE);
    assertFinds("Some 2000 soldiers and 1500 troops crossed.", TUE);
    assertFinds("The bill cost $2025.", TUE);
    assertFinds("Mr. Smith, 52 years old, resigned.", TUE);
  }

  @Test
  void sets() {
    assertFinds("Patrols run every week.", TUE, "every week|SET|P1W");
    assertFinds("The rally is held daily.", TUE, "daily|SET|P1D");
    // a newspaper named by how often it comes out
    assertFinds("The Israeli daily Haaretz reported the raid.", TUE);
    assertFinds("The daily said troops had withdrawn.", TUE);
    assertFinds("It sells a weekly newspaper.", TUE);
    assertFinds("About 25,000 a month are recruited.", TUE, "a month|SET|P1M");
    assertFinds("They meet twice a year.", TUE, "twice a year|SET|P1Y");
    assertFinds(
        "Convoys leave on Monday and Thursday nights.",
        TUE,
        "Monday|SET|XXXX-WXX-1TNI",
        "Thursday nights|SET|XXXX-WXX-4TNI");
    assertFinds("The market opens Sundays.", TUE, "Sundays|SET|XXXX-WXX-7");
  }

  @Test
  void vagueReferences() {
    assertFinds("The town is now under siege.", TUE, "now|DATE|PRESENT_REF");
    assertFinds("Troops recently left.", TUE, "recently|DATE|PAST_REF");
    assertFinds("Talks may resume in the near future.", TUE, "the near future|DATE|FUTURE_REF");
    assertFinds("Residents are currently without power.", TUE, "currently|DATE|PRESENT_REF");
    assertFinds(
        "Prices will stay high in the near term.", TUE, "the near term|DATE|FUTURE_REF");
    assertFinds(
        "The plan may hurt growth over the short term.", TUE, "the short term|DATE|FUTURE_REF");
    assertFinds("Banks cut the short term rate.", TUE);
    assertFinds(
        "Now that the bridge is open, trade can resume.", TUE, "Now|DATE|PRESENT_REF");
    assertFinds(
        "The vote was put off to a later date.", TUE, "a later date|DATE|FUTURE_REF");
    assertFinds(
        "The refugees may stay for a while.", TUE, "a while|DURATION|PXX");
    assertFinds("A while ago the road reopened.", TUE, "A while ago|DATE|PAST_REF");
    assertFinds("A while later it closed. He smiled a while.", TUE);
  }

  @Test
  void clockTimes() {
    assertFinds(
        "The blast came at 10 p.m. local time.", TUE, "10 p.m. local time|TIME|2025-04-29T22:00");
    assertFinds("Sirens sounded at 14:30 GMT.", TUE, "14:30 GMT|TIME|2025-04-29T14:30");
  }

  @Test
  void aWeekdayAfterAParentheticalDatesTheClockTime() {
    assertFinds(
        "The shell hit at 9:15 a.m. (0615 GMT) Saturday, medics said.",
        TUE,
        "9:15 a.m.|TIME|2025-04-26T09:15",
        "Saturday|DATE|2025-04-26");
    assertFinds(
        "Power returned at 8 p.m. (the usual hour) in the north.",
        TUE,
        "8 p.m.|TIME|2025-04-29T20:00");
  }

  @Test
  void partsOfDayAfterTheDayAndMidDay() {
    assertFinds(
        "By mid-afternoon yesterday the convoy had crossed.",
        TUE,
        "mid-afternoon yesterday|TIME|2025-04-28TAF");
    assertFinds(
        "The talks resume late morning tomorrow.",
        TUE,
        "late morning tomorrow|TIME|2025-04-30TMO");
    assertFinds("By mid morning the square was empty.", TUE, "mid morning|TIME|2025-04-29TMO");
  }

  @Test
  void easterAndTheDaysAroundIt() {
    assertFinds("Shops closed for Easter.", TUE, "Easter|DATE|2025-04-20");
    assertFinds("The truce held through Good Friday.", TUE, "Good Friday|DATE|2025-04-18");
    assertFinds("Pilgrims arrived during Holy Week.", TUE, "Holy Week|DATE|2025-W16");
    assertFinds("The march is planned for Easter 2026.", TUE, "Easter 2026|DATE|2026-04-05");
    assertFinds("The curfew was lifted on Easter Monday.", TUE, "Easter Monday|DATE|2025-04-21");
  }

  @Test
  void withoutAReferenceRelativeValuesStayUnresolved() {
    assertFinds(
        "Fighting resumed on Monday and last week.",
        null,
        "Monday|DATE|XXXX-XX-XX",
        "last week|DATE|XXXX-WXX");
    assertFinds("Signed on April 28, 2025.", null, "April 28, 2025|DATE|2025-04-28");
    assertFinds("Signed on April 28.", null, "April 28|DATE|XXXX-04-28");
  }

  @Test
  void relativeValuesCrossYearBoundaries() {
    LocalDate jan2 = LocalDate.of(2025, 1, 2); // a Thursday in ISO week 2025-W01
    assertFinds("Shelling eased last week.", jan2, "last week|DATE|2024-W52");
    assertFinds("Aid fell last month.", jan2, "last month|DATE|2024-12");
    assertFinds("Troops left in December.", jan2, "December|DATE|2024-12");
    assertFinds("It began on Monday.", jan2, "Monday|DATE|2024-12-30");
    assertFinds("Floods came last winter.", jan2, "last winter|DATE|2023-WI");
  }

  @Test
  void concurrentCallsGiveTheSameResults() throws Exception {
    String text = "On Monday, three years after the war began in February 2022, talks resumed.";
    List<TimeExpression> expected = FINDER.find(text, TUE);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<TimeExpression>>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) results.add(pool.submit(() -> FINDER.find(text, TUE)));
      for (var r : results) assertEquals(expected, r.get());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void emptyAndNullTextFindNothing() {
    assertTrue(FINDER.find("", TUE).isEmpty());
    assertTrue(FINDER.find(null, TUE).isEmpty());
    assertTrue(FINDER.find("   \n\n  ", TUE).isEmpty());
  }

  @Test
  void oddUnicodeKeepsOffsets() {
    assertFinds(
        "“On Monday” — 🚀 Kyiv’s drones… struck last week, ‘officials’ said.",
        TUE,
        "Monday|DATE|2025-04-28",
        "last week|DATE|2025-W17");
    assertFinds("Ｍonday ３ years 𝟮𝟬𝟮𝟰 \u0000\uFFFF", TUE);
  }

  @Test
  void hugeTextIsFoundInLinearTime() {
    String sentence =
        "Shelling killed 12 people on Monday, three years after the war began in 2022. ";
    String text = sentence.repeat(20_000);
    long t0 = cpuNanos();
    List<TimeExpression> found = FINDER.find(text, TUE);
    long millis = (cpuNanos() - t0) / 1_000_000;
    assertEquals(60_000, found.size());
    assertTrue(millis < 20_000, "took " + millis + " ms of CPU");
  }

  private static long cpuNanos() {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    return bean.isCurrentThreadCpuTimeSupported()
        ? bean.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  @Test
  void sevenHundredWordArticleTakesWellUnderTenMilliseconds() {
    String paragraph =
        "Russian forces shelled the city on Monday, officials said, and the ministry reported that"
            + " about 3,000 more troops were sent earlier this year. The treaty signed in June 2024"
            + " remains in force, and negotiators will meet again on Friday in Geneva after talks"
            + " collapsed last week. Some 10,000 people fled over the past 24 hours, aid groups"
            + " said. ";
    String article = paragraph.repeat(12); // about 700 words
    for (int i = 0; i < 200; i++) FINDER.find(article, TUE); // warm up the JIT
    int runs = 100;
    long t0 = cpuNanos(); // CPU time: other processes on a shared machine only add wall time
    for (int i = 0; i < runs; i++) FINDER.find(article, TUE);
    double ms = (cpuNanos() - t0) / 1e6 / runs;
    assertTrue(ms < 10, "took " + ms + " ms of CPU per article");
  }
}
