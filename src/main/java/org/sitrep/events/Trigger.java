package org.sitrep.events;

/**
 * One line of the trigger lexicon.
 *
 * @param noun true for a noun trigger ("strike"), false for a verb ("launch")
 * @param mode the PLOVER mode, or null
 * @param type the PLOVER type, or {@link #NONE} for a phrase that names no event ("press release")
 * @param object the class the trigger's object must belong to, or null for any
 */
record Trigger(String lemma, boolean noun, String type, String mode, String object) {
  static final String NONE = "NONE";

  boolean isEvent() {
    return !NONE.equals(type);
  }
}
