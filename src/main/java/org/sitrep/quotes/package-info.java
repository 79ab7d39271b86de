/** Finding direct quotations and attributing them to their speakers. */
package org.sitrep.quotes;
