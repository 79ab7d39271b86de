package org.sitrep.places;

import java.util.Set;

/**
 * Capitalised English words that are also the names of imported towns ("Police", "Mobile"); an
 * imported place is not matched by these, because at the start of a sentence they are words.
 */
final class CommonWords {
  private static final Set<String> WORDS = Set.of(
      "A", "About", "After", "Al", "All", "Also", "An", "And", "Are", "As", "At", "Aura", "Bath",
      "Bay", "Be", "Before", "Best", "Bell", "Big", "Bo", "Both", "But", "By", "Can", "Central",
      "Chance", "City", "Come", "Commerce", "Concord", "Day", "Deal", "Do", "Early", "Eagle",
      "Eastern", "Ende", "Even", "Ever", "Fair", "Fall", "First", "For", "Forest", "Free", "From",
      "Goes", "Going", "Good", "Grand", "Green", "Had", "Hope", "How", "If", "In", "Independence",
      "Is", "It", "Just", "Kind", "Last", "Liberty", "Long", "Lucky", "Main", "Man", "March",
      "Marathon", "May", "Mercy", "Mobile", "Most", "Much", "Mark", "New", "Nice", "No", "Normal",
      "North", "Not", "Now", "Of", "Ok", "On", "One", "Or", "Orange", "Over", "Paradise", "Peace",
      "Police", "Post", "President", "Progress", "Reading", "Reform", "Regina", "Rest", "Rich",
      "Rugby", "Sale", "Santa", "She", "So", "Some", "South", "Split", "Star", "Still", "Story",
      "Sun", "Sunday", "Surprise", "That", "The", "Then", "This", "Time", "To", "Trinity", "Union",
      "Unity", "Up", "Us", "Victory", "Viking", "Vista", "Was", "We", "West", "What", "When",
      "Who", "Why", "Will", "With", "Worth", "York", "You", "Young", "Zug");

  private CommonWords() {}

  /** Imported names shorter than this ("Kim", "Ath") are too often words or people's names. */
  static final int MIN_LENGTH = 4;

  static boolean isCommon(String name) {
    return name.length() < MIN_LENGTH || WORDS.contains(name);
  }
}
