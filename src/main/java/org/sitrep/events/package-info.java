/** Coding PLOVER events: who did what to whom, where and when. */
package org.sitrep.events;
