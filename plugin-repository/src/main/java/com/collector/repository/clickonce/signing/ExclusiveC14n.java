package com.collector.repository.clickonce.signing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Exclusive XML canonicalization without comments (xml-exc-c14n#) of a node minus one excluded
 * subtree, which is what an enveloped-signature reference digests. Written here because the JDK's
 * XML signature API rejects ClickOnce's algorithm URIs and only exposes c14n over its own data.
 * Input DOMs come from our parser: namespace-aware, without DTDs, so no entity references.
 */
final class ExclusiveC14n {

  private static final Comparator<Attr> ATTRIBUTE_ORDER =
      Comparator.comparing((Attr a) -> a.getNamespaceURI() == null ? "" : a.getNamespaceURI())
          .thenComparing(a -> a.getLocalName() == null ? a.getName() : a.getLocalName());

  private final StringBuilder out = new StringBuilder();
  private final Node excluded;

  private ExclusiveC14n(Node excluded) {
    this.excluded = excluded;
  }

  /** Canonical bytes of {@code node} (a document or an element) without {@code excluded}. */
  static byte[] canonicalize(Node node, Node excluded) {
    ExclusiveC14n c14n = new ExclusiveC14n(excluded);
    if (node.getNodeType() == Node.DOCUMENT_NODE) {
      c14n.document(node);
    } else {
      c14n.node(node, Map.of());
    }
    return c14n.out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void document(Node document) {
    boolean beforeRoot = true;
    for (Node child = document.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        node(child, Map.of());
        beforeRoot = false;
      } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE && child != excluded) {
        // Outside the root, c14n separates processing instructions from it by one line feed.
        if (!beforeRoot) {
          out.append('\n');
        }
        processingInstruction(child);
        if (beforeRoot) {
          out.append('\n');
        }
      }
    }
  }

  private void node(Node node, Map<String, String> rendered) {
    if (node == excluded) {
      return;
    }
    switch (node.getNodeType()) {
      case Node.ELEMENT_NODE -> element(node, rendered);
      case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text(node.getNodeValue());
      case Node.PROCESSING_INSTRUCTION_NODE -> processingInstruction(node);
      default -> {
        // Comments are dropped by the "without comments" variant; nothing else occurs here.
      }
    }
  }

  private void element(Node element, Map<String, String> rendered) {
    List<Attr> attributes = new ArrayList<>();
    Map<String, String> utilized = new TreeMap<>();
    utilized.put(prefixOf(element), uriOf(element));
    NamedNodeMap map = element.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Attr attribute = (Attr) map.item(i);
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
        continue; // declarations are re-derived from visible use below
      }
      attributes.add(attribute);
      if (attribute.getPrefix() != null) {
        utilized.put(attribute.getPrefix(), attribute.getNamespaceURI());
      }
    }
    utilized.remove(XMLConstants.XML_NS_PREFIX);
    Map<String, String> inScope = new TreeMap<>(rendered);
    out.append('<').append(element.getNodeName());
    for (Map.Entry<String, String> use : utilized.entrySet()) {
      String prefix = use.getKey();
      String uri = use.getValue();
      boolean emptyDefaultUnneeded = prefix.isEmpty() && uri.isEmpty() && !rendered.containsKey("");
      if (!uri.equals(rendered.get(prefix)) && !emptyDefaultUnneeded) {
        out.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
        attributeValue(uri);
        out.append('"');
        inScope.put(prefix, uri);
      }
    }
    attributes.sort(ATTRIBUTE_ORDER);
    for (Attr attribute : attributes) {
      out.append(' ').append(attribute.getName()).append("=\"");
      attributeValue(attribute.getValue());
      out.append('"');
    }
    out.append('>');
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      node(child, inScope);
    }
    out.append("</").append(element.getNodeName()).append('>');
  }

  private static String prefixOf(Node element) {
    return element.getPrefix() == null ? "" : element.getPrefix();
  }

  private static String uriOf(Node element) {
    return element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
  }

  private void processingInstruction(Node pi) {
    out.append("<?").append(pi.getNodeName());
    if (!pi.getNodeValue().isEmpty()) {
      out.append(' ').append(pi.getNodeValue());
    }
    out.append("?>");
  }

  private void text(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append("&#xD;");
        default -> out.append(c);
      }
    }
  }

  private void attributeValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '"' -> out.append("&quot;");
        case '\t' -> out.append("&#x9;");
        case '\n' -> out.append("&#xA;");
        case '\r' -> out.append("&#xD;");
        default -> out.append(c);
      }
    }
  }
}
