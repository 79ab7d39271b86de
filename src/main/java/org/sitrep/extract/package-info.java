/** Turning a page or a plain-text file into an article: body text, title, dates, chrome removed. */
package org.sitrep.extract;
