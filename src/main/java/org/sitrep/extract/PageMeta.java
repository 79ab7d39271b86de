package org.sitrep.extract;

import java.util.List;

/**
 * What a page says about itself, before any body text is read.
 *
 * @param published ISO yyyy-MM-dd or null
 * @param modified ISO yyyy-MM-dd or null
 * @param articleBody the JSON-LD articleBody, or null; a strong hint of where the body is
 */
record PageMeta(String title, String published, String modified, List<String> authors,
    String site, String canonicalUrl, String language, String articleBody) {}
