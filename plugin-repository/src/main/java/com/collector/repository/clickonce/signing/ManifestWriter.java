package com.collector.repository.clickonce.signing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes a manifest as .NET's {@code XmlDocument.Save} does (UTF-8 declaration, {@code <x />} for
 * empty elements, whitespace kept), declaring any namespace a created node uses but lacks.
 */
final class ManifestWriter {

  private final StringBuilder out = new StringBuilder();

  private ManifestWriter() {}

  static byte[] write(Document manifest) {
    ManifestWriter writer = new ManifestWriter();
    writer.out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    for (Node child = manifest.getFirstChild(); child != null; child = child.getNextSibling()) {
      writer.node(child, Map.of(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI));
      if (child.getNodeType() != Node.ELEMENT_NODE) {
        writer.out.append('\n');
      }
    }
    return writer.out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void node(Node node, Map<String, String> inScope) {
    switch (node.getNodeType()) {
      case Node.ELEMENT_NODE -> element((Element) node, inScope);
      case Node.TEXT_NODE -> escaped(node.getNodeValue(), false);
      case Node.CDATA_SECTION_NODE ->
          out.append("<![CDATA[").append(node.getNodeValue()).append("]]>");
      case Node.COMMENT_NODE -> out.append("<!--").append(node.getNodeValue()).append("-->");
      case Node.PROCESSING_INSTRUCTION_NODE ->
          out.append("<?")
              .append(node.getNodeName())
              .append(' ')
              .append(node.getNodeValue())
              .append("?>");
      default -> {
        // Documents from our parser hold no other node types.
      }
    }
  }

  private void element(Element element, Map<String, String> parentScope) {
    Map<String, String> scope = new HashMap<>(parentScope);
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
        String prefix = attribute.getPrefix() == null ? "" : attribute.getLocalName();
        scope.put(prefix, attribute.getValue());
      }
    }
    out.append('<').append(element.getNodeName());
    AttributeOrder.of(element).forEach(this::attribute);
    declareIfMissing(element.getPrefix(), element.getNamespaceURI(), scope);
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (attribute.getPrefix() != null
          && !XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
        declareIfMissing(attribute.getPrefix(), attribute.getNamespaceURI(), scope);
      }
    }
    if (!element.hasChildNodes()) {
      out.append(" />");
      return;
    }
    out.append('>');
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      node(child, scope);
    }
    out.append("</").append(element.getNodeName()).append('>');
  }

  private void declareIfMissing(String prefix, String namespace, Map<String, String> scope) {
    String key = prefix == null ? "" : prefix;
    String uri = namespace == null ? "" : namespace;
    if (!uri.equals(scope.getOrDefault(key, ""))) {
      out.append(key.isEmpty() ? " xmlns=\"" : " xmlns:" + key + "=\"");
      escaped(uri, true);
      out.append('"');
      scope.put(key, uri);
    }
  }

  private void attribute(Attr attribute) {
    out.append(' ').append(attribute.getName()).append("=\"");
    escaped(attribute.getValue(), true);
    out.append('"');
  }

  private void escaped(String text, boolean inAttribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append(inAttribute ? ">" : "&gt;");
        case '"' -> out.append(inAttribute ? "&quot;" : "\"");
        case '\t' -> out.append(inAttribute ? "&#x9;" : "\t");
        case '\n' -> out.append(inAttribute ? "&#xA;" : "\n");
        case '\r' -> out.append("&#xD;");
        default -> out.append(c);
      }
    }
  }
}
