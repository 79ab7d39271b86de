package org.sitrep.ingest;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A secure XML parser for feeds: no DOCTYPE at all (so no entity bomb and no external entity),
 * no XInclude, no entity expansion, and no messages printed to stderr by the parser itself.
 */
final class FeedXml {
  private FeedXml() {}

  static DocumentBuilder builder() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    try {
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(SILENT);
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be made secure: " + e.getMessage(), e);
    }
  }

  /** "refused: it declares a DOCTYPE ..." or "not XML (...)". */
  static String describe(SAXException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.contains("DOCTYPE")) {
      return "refused: it declares a DOCTYPE (DTDs and entities are not allowed in feeds)";
    }
    String where = e instanceof SAXParseException p && p.getLineNumber() > 0
        ? ", line " + p.getLineNumber() : "";
    return "not XML (" + Inputs.oneLine(e) + where + ")";
  }

  private static final ErrorHandler SILENT = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      // warnings do not stop a feed
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };
}
