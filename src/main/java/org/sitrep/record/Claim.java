package org.sitrep.record;

/**
 * A figure: a quantity of people, forces, harm, weapons, damage, territory or money, with whose it
 * is and who claims it.
 *
 * @param measure troops, killed, wounded, casualties, captured, missing, displaced, affected,
 *     weapons, territory, money, infrastructure, attacks, aid (trucks of it) or other
 * @param qualifier exact, approximate, at_least, more_than, at_most, less_than or vague
 * @param per day, week, month, year, or null when not a rate
 * @param kind total, increment, incident (what one attack or barrage did), rate or snapshot
 * @param source the claimant, or null when the figure is in the reporter's own voice
 */
public record Claim(
    String measure, String unit, Span quantity, Double low, Double high, String qualifier,
    String per, String kind, Subject subject, Place place, TimeRef time, Source source,
    boolean hedged, Span evidence, String finder) {}
