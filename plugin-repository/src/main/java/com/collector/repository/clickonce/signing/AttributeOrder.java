package com.collector.repository.clickonce.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.UserDataHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Keeps the order attributes were written or set in, which the JDK's DOM forgets (it sorts them).
 * .NET keeps it, so a manifest mansign2 re-signs changes only where signing changes it.
 */
final class AttributeOrder {

  private static final String KEY = AttributeOrder.class.getName();

  /** Copies the order along with cloned or imported elements. */
  private static final UserDataHandler COPY_ON_CLONE =
      (operation, key, data, source, copy) -> {
        boolean copied =
            operation == UserDataHandler.NODE_CLONED || operation == UserDataHandler.NODE_IMPORTED;
        if (copied && copy != null) {
          copy.setUserData(key, new ArrayList<>((List<?>) data), AttributeOrder.COPY_ON_CLONE);
        }
      };

  private AttributeOrder() {}

  /** Sets an attribute and remembers it after those already set or parsed. */
  static void set(Element element, String namespace, String qualifiedName, String value) {
    element.setAttributeNS(namespace, qualifiedName, value);
    List<String> order = order(element);
    if (!order.contains(qualifiedName)) {
      order.add(qualifiedName);
    }
  }

  /** The attributes in remembered order, any others after them. */
  static List<Attr> of(Element element) {
    List<Attr> ordered = new ArrayList<>();
    for (String name : order(element)) {
      Attr attribute = element.getAttributeNode(name);
      if (attribute != null) {
        ordered.add(attribute);
      }
    }
    NamedNodeMap all = element.getAttributes();
    for (int i = 0; i < all.getLength(); i++) {
      if (!ordered.contains(all.item(i))) {
        ordered.add((Attr) all.item(i));
      }
    }
    return ordered;
  }

  /** Reads the source order of {@code xml}, the bytes {@code document} was parsed from. */
  static void record(byte[] xml, Document document) {
    List<Element> elements = new ArrayList<>();
    collect(document.getDocumentElement(), elements);
    Iterator<Element> inDocumentOrder = elements.iterator();
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      var parser = factory.newSAXParser();
      parser.setProperty(ManifestXml.MAX_ELEMENT_DEPTH, ManifestXml.MAX_DEPTH);
      DefaultHandler handler =
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes attrs) {
              List<String> order = order(inDocumentOrder.next());
              for (int i = 0; i < attrs.getLength(); i++) {
                order.add(attrs.getQName(i));
              }
            }
          };
      parser.parse(new ByteArrayInputStream(xml), handler);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new ManifestFormatException("not a well-formed manifest: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> order(Element element) {
    Object order = element.getUserData(KEY);
    if (order == null) {
      order = new ArrayList<String>();
      element.setUserData(KEY, order, COPY_ON_CLONE);
    }
    return (List<String>) order;
  }

  private static void collect(Element element, List<Element> elements) {
    elements.add(element);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collect(e, elements);
      }
    }
  }
}
