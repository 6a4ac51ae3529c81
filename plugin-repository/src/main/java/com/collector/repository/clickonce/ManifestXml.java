package com.collector.repository.clickonce;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Names and lookups shared by the manifest readers and the rewriter. ClickOnce writes the same
 * element sometimes in {@code asm.v1}, sometimes in {@code asm.v2} (the {@code description} and
 * {@code assemblyIdentity} of one manifest differ), so lookups accept either.
 */
final class ManifestXml {

  static final String ASM_V1 = "urn:schemas-microsoft-com:asm.v1";
  static final String ASM_V2 = "urn:schemas-microsoft-com:asm.v2";
  static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
  static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  /** ClickOnce's own URI for SHA-256; W3C's is {@link #XMLENC_SHA256}. */
  static final String SHA256 = DSIG + "sha256";

  static final String XMLENC_SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
  static final String SHA1 = DSIG + "sha1";
  static final String IDENTITY_TRANSFORM = "urn:schemas-microsoft-com:HashTransforms.Identity";

  private ManifestXml() {}

  static boolean isAsm(Node node, String localName) {
    return node instanceof Element
        && localName.equals(node.getLocalName())
        && (ASM_V1.equals(node.getNamespaceURI()) || ASM_V2.equals(node.getNamespaceURI()));
  }

  static boolean isDsig(Node node, String localName) {
    return node instanceof Element
        && localName.equals(node.getLocalName())
        && DSIG.equals(node.getNamespaceURI());
  }

  /** The direct children named {@code localName} in an assembly namespace, in document order. */
  static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isAsm(n, localName)) {
        found.add((Element) n);
      }
    }
    return found;
  }

  /** The first such child, or {@code null}. */
  static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The first direct child named {@code localName} in the XML-DSig namespace, or {@code null}. */
  static Element dsigChild(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isDsig(n, localName)) {
        return (Element) n;
      }
    }
    return null;
  }

  /** An unqualified attribute's value, or {@code null} when absent (DOM says "" instead). */
  static String attribute(Element element, String name) {
    return element.hasAttribute(name) ? element.getAttribute(name) : null;
  }

  /** The assembly's root element, refused when the document is not a ClickOnce manifest. */
  static Element assembly(Document document, String field, String what) {
    Element root = document.getDocumentElement();
    if (!isAsm(root, "assembly")) {
      throw new PublishRefusedException(field, what + " is not an asm.v1 'assembly' document");
    }
    return root;
  }

  /** The install dependency that carries a codebase (a file to download), or {@code null}. */
  static boolean isInstallDependency(Element dependentAssembly) {
    return "install".equals(attribute(dependentAssembly, "dependencyType"))
        && attribute(dependentAssembly, "codebase") != null;
  }

  /** Every {@code dependency/dependentAssembly} of the root, in document order. */
  static List<Element> dependentAssemblies(Element root) {
    List<Element> found = new ArrayList<>();
    for (Element dependency : children(root, "dependency")) {
      found.addAll(children(dependency, "dependentAssembly"));
    }
    return found;
  }
}
