/**
 * Places: the built-in gazetteer (every country, first-level regions of the states most at war or
 * in crisis, the towns most reported there), GeoNames imports, and toponym lookup and matching.
 */
package org.sitrep.places;
