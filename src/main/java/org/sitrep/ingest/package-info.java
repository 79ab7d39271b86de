/**
 * Reading inputs: files, directories, standard input, URLs, URL lists, WARC files and RSS/Atom
 * feeds; checking they are articles at all.
 */
package org.sitrep.ingest;
