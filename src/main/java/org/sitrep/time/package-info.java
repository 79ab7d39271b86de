/** Finding time expressions and resolving them against the publication date. */
package org.sitrep.time;
