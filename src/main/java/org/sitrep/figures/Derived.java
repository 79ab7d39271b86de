package org.sitrep.figures;

/**
 * A total derived from a claimant's earlier count plus the increments it announced after it, made
 * only when each increment's sentence says it adds to a count ("another 3,000").
 *
 * @param explanation how it was derived, with the estimates and the words that allowed it
 */
public record Derived(String claimant, String day, double low, double high, String range,
    String explanation) {}
