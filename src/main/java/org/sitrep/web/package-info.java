/** {@code sitrep serve}: server-rendered pages and the REST API over the store. Only this package uses Javalin. */
package org.sitrep.web;
