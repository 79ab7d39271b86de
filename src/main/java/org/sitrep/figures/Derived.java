package org.sitrep.figures;

/**
 * A total derived from a claimant's earlier count plus an increment it announced later, made only
 * when the increment's sentence says it adds to that count ("another 3,000").
 *
 * @param explanation how it was derived, with the two estimates and the words that allowed it
 */
public record Derived(String claimant, String day, double value, String explanation) {}
