/** The stages in order, from an article to a record, each one timed. */
package org.sitrep.pipeline;
