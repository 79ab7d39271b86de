/** Finding figures: quantities, what they count, whose they are and who claims them. */
package org.sitrep.claims;
