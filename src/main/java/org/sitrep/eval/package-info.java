/** Scoring sitrep against public benchmarks, with a reference tool measured in the same run. */
package org.sitrep.eval;
