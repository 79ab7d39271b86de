/** Reading inputs: files, directories, standard input; checking they are articles at all. */
package org.sitrep.ingest;
