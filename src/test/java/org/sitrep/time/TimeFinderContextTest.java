package org.sitrep.time;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Values that depend on the text around an expression: the story's dates, tense, reports. */
class TimeFinderContextTest {

  /** A Tuesday. */
  private static final LocalDate TUE = LocalDate.of(2025, 4, 29);

  /** A Thursday. */
  private static final LocalDate THU = LocalDate.of(2025, 5, 1);

  private static void assertFinds(String text, LocalDate reference, String... expected) {
    TimeFinderTest.assertFinds(text, reference, expected);
  }

  @Test
  void monthOrSeasonWithARelativeYearIsOneExpression() {
    assertFinds(
        "The accord was signed in June last year and broke down in early March this year.",
        TUE,
        "June last year|DATE|2024-06",
        "early March this year|DATE|2025-03");
    assertFinds("Troops may return in April next year.", TUE, "April next year|DATE|2026-04");
    assertFinds(
        "Orders had recovered from the lows of the early summer.", TUE, "the early summer|DATE|2024-SU");
    assertFinds(
        "The front barely moved in the autumn of last year.",
        TUE,
        "the autumn of last year|DATE|2024-FA");
  }

  @Test
  void aClockTimeWithNoDayIsOnTheDayOfTheActsToldBeforeIt() {
    assertFinds(
        "Drones struck the market on Monday, medics said on Tuesday. The first hit shortly after midday.",
        TUE,
        "Monday|DATE|2025-04-28",
        "Tuesday|DATE|2025-04-29",
        "midday|TIME|2025-04-28T12:00");
    assertFinds("The curfew starts at 6 a.m.", TUE, "6 a.m.|TIME|2025-04-29T06:00");
  }

  @Test
  void storyDatesCountFromTheLastDateTheTextNamed() {
    assertFinds(
        "The militia seized the port in March 2019. Later that year it lost the hills, and the"
            + " following year it withdrew.",
        TUE,
        "March 2019|DATE|2019-03",
        "Later that year|DATE|2019",
        "the following year|DATE|2020");
    assertFinds(
        "The ceasefire began on June 3, 2022. The next morning, shelling resumed.",
        TUE,
        "June 3, 2022|DATE|2022-06-03",
        "The next morning|DATE|2022-06-04");
    assertFinds(
        "The dam failed in August 2023; the following month, the river flooded the valley.",
        TUE,
        "August 2023|DATE|2023-08",
        "the following month|DATE|2023-09");
  }

  @Test
  void thatDayAfterAMonthNamedLaterIsADayOfThatMonth() {
    assertFinds(
        "The list was posted on Monday. Three of the judges on it have been attacked, most recently"
            + " last October, when a judge was shot at his home. His name was crossed off that same"
            + " day.",
        TUE,
        "Monday|DATE|2025-04-28",
        "recently|DATE|PAST_REF",
        "last October|DATE|2024-10",
        "that same day|DATE|2024-10-XX");
    // a month that holds the day does not replace it
    assertFinds(
        "The convoy was hit on April 3, the worst attack this month. That day, aid stopped.",
        TUE,
        "April 3|DATE|2025-04-03",
        "this month|DATE|2025-04",
        "That day|DATE|2025-04-03");
  }

  @Test
  void aMonthAheadOfTheReferenceIsThePastOneInAPastTenseClause() {
    // without a cue, a month up to four months ahead is taken as the coming one
    assertFinds("Elections come in July.", TUE, "July|DATE|2025-07");
    assertFinds("The general stepped down in July.", TUE, "July|DATE|2024-07");
    assertFinds(
        "Since the rebels seized the airport in August, no flight has landed.",
        TUE,
        "August|DATE|2024-08");
    assertFinds("In June, the army recaptured the town.", TUE, "June|DATE|2024-06");
    // a figure compared with an earlier one looks back
    assertFinds("About 24 million face hunger, down from 25 million in July.", TUE, "July|DATE|2024-07");
    assertFinds("Exports will reach 40 tonnes, compared with 30 in June.", TUE, "June|DATE|2024-06");
    assertFinds(
        "In the fiscal year ended June 30, the port handled less cargo.",
        TUE,
        "the fiscal year|DURATION|P1Y",
        "June 30|DATE|2024-06-30");
  }

  @Test
  void aListOfTitlesKeepsThePastVerbBeforeIt() {
    assertFinds(
        "She replaced the general, who resigned as army chief, defence adviser and party whip in"
            + " July after the scandal.",
        TUE,
        "July|DATE|2024-07");
    // a clause with a verb of its own is not reached through
    assertFinds(
        "The envoy arrived on Monday, and the talks resume in July.",
        TUE,
        "Monday|DATE|2025-04-28",
        "July|DATE|2025-07");
  }

  @Test
  void aMonthOpeningALongSentenceTakesThePastVerbAtItsEnd() {
    assertFinds(
        "In June, a few weeks after the second round of the negotiations in the capital had ended"
            + " without a deal, a car bomb outside the ministry killed four guards.",
        TUE,
        "June|DATE|2024-06",
        "a few weeks|DURATION|PXW");
    assertFinds(
        "In June, two days before the Supreme Court heard Ortega vs. Castillo in the capital, a car"
            + " bomb killed four guards.",
        TUE,
        "June|DATE|2024-06",
        "two days|DURATION|P2D");
    // the first verb after the date tells, not a future in a later clause
    assertFinds(
        "In June, the council hired a new mayor, Anna B. Kovacs, who will take office in the spring.",
        TUE,
        "June|DATE|2024-06",
        "the spring|DATE|2025-SP");
  }

  @Test
  void aQuotationsFutureIsNotTheClauseThatQuotesIt() {
    assertFinds(
        "\"The army will hold the line,\" Mr. Petrenko said Friday.", TUE, "Friday|DATE|2025-04-25");
  }

  @Test
  void aMonthAfterSinceIsNeverAhead() {
    assertFinds(
        "More than 3,600 people have been killed in Haiti since January.",
        LocalDate.of(2025, 10, 7),
        "January|DATE|2025-01");
    assertFinds("Prices have doubled since July.", TUE, "July|DATE|2024-07");
    assertFinds("Output will have tripled since early June.", TUE, "early June|DATE|2024-06");
  }

  @Test
  void aScheduleInThePresentTenseIsAhead() {
    assertFinds("The NATO council meets on Friday in Brussels.", TUE, "Friday|DATE|2025-05-02");
    assertFinds("The envoy travels Thursday to Kyiv.", TUE, "Thursday|DATE|2025-05-01");
    assertFinds("The conference resumes next to the border on Monday.", TUE, "Monday|DATE|2025-05-05");
    // a report in the present tense, or a past act, still looks back
    assertFinds("The ministry says Friday's strike killed four.", TUE, "Friday|DATE|2025-04-25");
    assertFinds("The NATO council met on Friday in Brussels.", TUE, "Friday|DATE|2025-04-25");
  }

  @Test
  void aWeekdayOpeningItsClauseTakesTheTenseThatFollows() {
    assertFinds(
        "On Friday, the council will vote on the budget.", TUE, "Friday|DATE|2025-05-02");
    assertFinds(
        "On Friday, the council plans to vote on the budget.", TUE, "Friday|DATE|2025-05-02");
    assertFinds(
        "On Friday, the council voted on plans to cut spending.", TUE, "Friday|DATE|2025-04-25");
    assertFinds(
        "On Friday, the council announced plans to cut spending.",
        TUE,
        "Friday|DATE|2025-04-25");
  }

  @Test
  void aPlanThatIsTheSubjectOfAPastVerbLooksBack() {
    assertFinds("The rally planned for Friday was called off.", TUE, "Friday|DATE|2025-04-25");
    assertFinds("A rally is planned for Friday.", TUE, "Friday|DATE|2025-05-02");
  }

  @Test
  void limitsAimsAndPassivesKeepTheMonthAhead() {
    assertFinds("The truce was extended to June 30.", TUE, "June 30|DATE|2025-06-30");
    assertFinds("The ministry agreed to buy the jets in July.", TUE, "July|DATE|2025-07");
    assertFinds("The first payment is expected in July.", TUE, "July|DATE|2025-07");
    assertFinds("The reduced levy is payable July 1.", TUE, "July 1|DATE|2025-07-01");
    assertFinds(
        "The envoy gave no reason for the June 30 deadline.", TUE, "the June 30|DATE|2025-06-30");
    assertFinds("In July, the new parliament will sit.", TUE, "July|DATE|2025-07");
  }

  @Test
  void storyDatesWithoutAnEarlierDateKeepTheirFallback() {
    assertFinds("Rebels held the town that year.", TUE, "that year|DATE|XXXX");
    assertFinds("Talks resume the following year.", TUE, "the following year|DATE|2026");
  }

  @Test
  void reportsOfQuarterlyResultsCompareTheSameQuarterAYearBefore() {
    LocalDate oct28 = LocalDate.of(2025, 10, 28);
    assertFinds(
        "The shipyard earned $5 million in the quarter ended Sept. 30, up from $4 million a year"
            + " earlier.",
        oct28,
        "the quarter|DATE|2025-Q3",
        "Sept. 30|DATE|2025-09-30",
        "a year earlier|DATE|2024-Q3");
    assertFinds(
        "For the quarter ended July 31, the firm lost money; the latest period also saw a charge.",
        oct28,
        "the quarter|DATE|2025-Q2",
        "July 31|DATE|2025-07-31",
        "the latest period|DATE|2025-Q2");
    assertFinds(
        "Exports fell 3% from a year earlier, the ministry said.", oct28, "a year earlier|DATE|2024");
  }

  @Test
  void futureCuesReachFurtherBackAndAPastPerfectCancelsThem() {
    assertFinds("The court postponed the hearing until Tuesday.", THU, "Tuesday|DATE|2025-05-06");
    assertFinds(
        "Volunteers were planning to deliver the generators to the frontline villages on Monday.",
        THU,
        "Monday|DATE|2025-05-05");
    assertFinds(
        "The truce, which had been due to end on Friday, was extended.", TUE, "Friday|DATE|2025-04-25");
    assertFinds(
        "A shell landed next to the school on Friday, killing two.", TUE, "Friday|DATE|2025-04-25");
    assertFinds(
        "Until Sunday, the bridge had carried traffic.", TUE, "Sunday|DATE|2025-04-27");
    assertFinds(
        "Analysts expect a new offensive in the autumn.", TUE, "the autumn|DATE|2025-FA");
  }

  @Test
  void clockTimesKeepTheirCalendarDayAndWeeksAreNamedByADay() {
    LocalDate oct30 = LocalDate.of(2025, 10, 30);
    assertFinds(
        "Voting closes at 5 p.m. EST, Nov. 6.",
        oct30,
        "5 p.m. EST, Nov. 6|TIME|2025-11-06T17:00");
    assertFinds(
        "A hearing is set for the week of March 10.",
        LocalDate.of(2025, 2, 24),
        "the week of March 10|DATE|2025-W11");
    assertFinds("Such groups grew through the nineties.", TUE, "the nineties|DATE|199");
    assertFinds("Protesters gathered on Friday night.", TUE, "Friday night|DATE|2025-04-25TNI");
    assertFinds("The talks ended on Thursday evening.", TUE, "Thursday evening|DATE|2025-04-24TEV");
    LocalDate jul9 = LocalDate.of(2025, 7, 9);
    assertFinds("Drones attacked on the night of July 8-9.", jul9, "the night of July 8-9|DATE|2025-07-08TNI");
    assertFinds("Drones attacked on the night of 8 to 9 July.", jul9, "the night of 8 to 9 July|DATE|2025-07-08TNI");
    assertFinds("Drones attacked on the night from Tuesday to Wednesday.", jul9,
        "the night from Tuesday to Wednesday|DATE|2025-07-08TNI");
    assertFinds("Drones attacked on the night of Friday, Oct. 23.", jul9, "Friday, Oct. 23|DATE|2024-10-23");
    // Wednesday's "overnight" is the night that began on Tuesday, as "last night" is
    assertFinds("Drones struck the port overnight.", LocalDate.of(2025, 7, 2), "overnight|TIME|2025-07-01TNI");
    assertFinds("Both sides report losses annually.", TUE, "annually|SET|P1Y");
    assertFinds(
        "Flights leave on Sundays, and the market opens on Friday evenings and each July.",
        TUE,
        "Sundays|SET|XXXX-WXX-7",
        "Friday evenings|SET|XXXX-WXX-5TEV",
        "each July|SET|XXXX-07");
  }
}
