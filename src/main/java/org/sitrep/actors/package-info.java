/** Finding actors (states, bodies, armed groups, people) and resolving their mentions to ids. */
package org.sitrep.actors;
