/**
 * The sitrep record, schema v1: an article with its actors, figures (claims), quotes and events. A
 * stable contract: change it only by adding fields, or bump {@link org.sitrep.record.Record#SCHEMA}.
 */
package org.sitrep.record;
