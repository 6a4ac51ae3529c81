package com.collector.repository.clickonce.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Namespaces of ClickOnce manifests, a hardened parser and child-element look-ups. */
final class ManifestXml {

  static final String ASM_V1 = "urn:schemas-microsoft-com:asm.v1";
  static final String ASM_V2 = "urn:schemas-microsoft-com:asm.v2";
  static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
  static final String MSREL = "http://schemas.microsoft.com/windows/rel/2005/reldata";
  static final String REL = "urn:mpeg:mpeg21:2003:01-REL-R-NS";
  static final String AUTHENTICODE = "http://schemas.microsoft.com/windows/pki/2005/Authenticode";

  /**
   * JDK parser limit; c14n and writing recurse per level, so depth must stay far from the stack's.
   */
  static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

  /** ClickOnce manifests nest about ten levels deep. */
  static final String MAX_DEPTH = "64";

  /** Configured once, never changed after: only read by concurrent parses. */
  private static final DocumentBuilderFactory FACTORY = hardenedFactory();

  private ManifestXml() {}

  /** Parses without DTDs or external entities: manifests arrive from uploads. */
  static Document parse(byte[] xml) {
    try {
      DocumentBuilder builder = FACTORY.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new ManifestFormatException("not a well-formed manifest: " + e.getMessage(), e);
    }
  }

  private static DocumentBuilderFactory hardenedFactory() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setAttribute(MAX_ELEMENT_DEPTH, MAX_DEPTH);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a hardening feature", e);
    }
  }

  /** The root {@code asm.v1:assembly} element. */
  static Element assembly(Document manifest) {
    Element root = manifest.getDocumentElement();
    if (!ASM_V1.equals(root.getNamespaceURI()) || !"assembly".equals(root.getLocalName())) {
      throw new ManifestFormatException(
          "root element is not urn:schemas-microsoft-com:asm.v1:assembly");
    }
    return root;
  }

  static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && namespace.equals(element.getNamespaceURI())
          && localName.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  static Optional<Element> child(Element parent, String namespace, String localName) {
    List<Element> found = children(parent, namespace, localName);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static Element required(Element parent, String namespace, String localName) {
    return child(parent, namespace, localName)
        .orElseThrow(
            () ->
                new ManifestFormatException(
                    parent.getLocalName() + " has no " + localName + " element"));
  }
}
