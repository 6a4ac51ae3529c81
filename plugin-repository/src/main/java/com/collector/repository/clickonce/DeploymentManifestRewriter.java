package com.collector.repository.clickonce;

import com.collector.repository.storage.Sha256;
import com.collector.repository.versions.AppVersion;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns a publish's deployment manifest into a channel's: its update location, its minimum version,
 * and the size and hash of the application manifest as served. Old signatures go (the signer adds
 * new ones over the result); everything else, namespace prefixes included, stays as published.
 * Stateless and thread-safe.
 */
public final class DeploymentManifestRewriter {

  /**
   * The channel's deployment manifest, unsigned.
   *
   * @param deploymentManifest the publish's bytes ({@link DeploymentManifest#bytes()})
   * @throws IllegalArgumentException when the manifest has no {@code deployment} element or install
   *     dependency, or when a minimum version is asked for an online-only ({@code install="false"})
   *     deployment or is above the deployment's own version
   * @throws PublishRefusedException when the bytes are not a ClickOnce manifest
   */
  public Document rewrite(byte[] deploymentManifest, ChannelDeployment channel) {
    String what = "the deployment manifest";
    Document document = SecureXml.parse(deploymentManifest, DeploymentManifest.FIELD, what);
    Element root = ManifestXml.assembly(document, DeploymentManifest.FIELD, what);
    Element deployment = ManifestXml.child(root, "deployment");
    if (deployment == null) {
      throw new IllegalArgumentException("The deployment manifest has no deployment element");
    }
    setProvider(deployment, channel.providerCodebase().toString());
    boolean installed = "true".equals(deployment.getAttribute("install"));
    setMinimumRequiredVersion(root, deployment, installed, channel.minimumRequiredVersion());
    if (installed) {
      ensureUpdateBeforeStartup(deployment);
    }
    refreshApplicationManifest(root, channel);
    removeSignatures(root);
    return document;
  }

  /** {@link #rewrite} as UTF-8 bytes, ready to be signed or served. */
  public byte[] rewriteToBytes(byte[] deploymentManifest, ChannelDeployment channel) {
    return toBytes(rewrite(deploymentManifest, channel));
  }

  /** A manifest document as UTF-8 bytes with an XML declaration. */
  public static byte[] toBytes(Document document) {
    return SecureXml.write(document);
  }

  private static void setProvider(Element deployment, String codebase) {
    Element provider = ManifestXml.child(deployment, "deploymentProvider");
    if (provider == null) {
      provider = sibling(deployment, "deploymentProvider");
      deployment.appendChild(provider);
    }
    provider.setAttribute("codebase", codebase);
  }

  private static void setMinimumRequiredVersion(
      Element root, Element deployment, boolean installed, AppVersion minimum) {
    if (minimum == null) {
      deployment.removeAttribute("minimumRequiredVersion");
      return;
    }
    if (!installed) {
      throw new IllegalArgumentException(
          "An online-only deployment (install=\"false\") cannot have a minimumRequiredVersion");
    }
    String own = AssemblyIdentity.childOf(root, DeploymentManifest.FIELD, "it").version();
    if (minimum.compareTo(AppVersion.parse(own)) > 0) {
      throw new IllegalArgumentException(
          "minimumRequiredVersion " + minimum + " is above the deployment's version " + own);
    }
    deployment.setAttribute("minimumRequiredVersion", minimum.toString());
  }

  /** .NET 5+ clients only check for updates before startup; without it they never update. */
  private static void ensureUpdateBeforeStartup(Element deployment) {
    Element subscription = ManifestXml.child(deployment, "subscription");
    if (subscription == null) {
      subscription = sibling(deployment, "subscription");
      deployment.insertBefore(subscription, deployment.getFirstChild());
    }
    Element update = ManifestXml.child(subscription, "update");
    if (update == null) {
      update = sibling(subscription, "update");
      subscription.appendChild(update);
    }
    if (ManifestXml.child(update, "beforeApplicationStartup") == null) {
      update.insertBefore(sibling(update, "beforeApplicationStartup"), update.getFirstChild());
    }
  }

  private static void refreshApplicationManifest(Element root, ChannelDeployment channel) {
    Element dependent =
        ManifestXml.dependentAssemblies(root).stream()
            .filter(ManifestXml::isInstallDependency)
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("The deployment manifest installs nothing"));
    byte[] manifest = channel.applicationManifest();
    if (channel.applicationManifestCodebase() != null) {
      dependent.setAttribute("codebase", channel.applicationManifestCodebase());
    }
    dependent.setAttribute("size", Long.toString(manifest.length));
    Element fresh = hashElement(dependent, Sha256.newDigest().digest(manifest));
    List<Element> old = ManifestXml.children(dependent, "hash");
    if (old.isEmpty()) {
      dependent.appendChild(fresh);
    } else {
      dependent.replaceChild(fresh, old.get(0));
      old.subList(1, old.size()).forEach(dependent::removeChild);
    }
  }

  /** {@code <hash>} as ClickOnce writes it: identity transform, SHA-256, base64 value. */
  private static Element hashElement(Element dependent, byte[] digest) {
    Document document = dependent.getOwnerDocument();
    Element hash = sibling(dependent, "hash");
    String prefix = dependent.lookupPrefix(ManifestXml.DSIG);
    if (prefix == null) {
      prefix = "dsig";
      hash.setAttributeNS(ManifestXml.XMLNS, "xmlns:dsig", ManifestXml.DSIG);
    }
    Element transforms = dsig(document, prefix, "Transforms");
    Element transform = dsig(document, prefix, "Transform");
    transform.setAttribute("Algorithm", ManifestXml.IDENTITY_TRANSFORM);
    transforms.appendChild(transform);
    Element method = dsig(document, prefix, "DigestMethod");
    method.setAttribute("Algorithm", ManifestXml.SHA256);
    Element value = dsig(document, prefix, "DigestValue");
    value.setTextContent(Base64.getEncoder().encodeToString(digest));
    hash.appendChild(transforms);
    hash.appendChild(method);
    hash.appendChild(value);
    return hash;
  }

  /** Removes {@code publisherIdentity} and {@code Signature}: they sign the publish's content. */
  private static void removeSignatures(Element root) {
    Node n = root.getFirstChild();
    while (n != null) {
      Node next = n.getNextSibling();
      if (ManifestXml.isAsm(n, "publisherIdentity") || ManifestXml.isDsig(n, "Signature")) {
        Node before = n.getPreviousSibling();
        if (before != null
            && before.getNodeType() == Node.TEXT_NODE
            && before.getNodeValue().isBlank()) {
          root.removeChild(before);
        }
        root.removeChild(n);
      }
      n = next;
    }
  }

  /** A new element in the namespace and with the prefix of {@code parent}. */
  private static Element sibling(Element parent, String localName) {
    String prefix = parent.getPrefix();
    return parent
        .getOwnerDocument()
        .createElementNS(
            parent.getNamespaceURI(), prefix == null ? localName : prefix + ":" + localName);
  }

  private static Element dsig(Document document, String prefix, String localName) {
    return document.createElementNS(ManifestXml.DSIG, prefix + ":" + localName);
  }
}
