package com.collector.repository.clickonce;

import static com.collector.repository.clickonce.PublishFixture.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.repository.versions.AppVersion;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DeploymentManifestRewriterTest {

  static final String ASM_V2 = "urn:schemas-microsoft-com:asm.v2";
  static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
  static final URI STABLE =
      URI.create("https://portal.example/clickonce/stable/Collector.application");
  static final byte[] SIGNED_APP_MANIFEST =
      "<asmv1:assembly>signed application manifest</asmv1:assembly>"
          .getBytes(StandardCharsets.UTF_8);

  DeploymentManifestRewriter cut = new DeploymentManifestRewriter();

  @Test
  void pointsTheDeploymentProviderAtTheChannel() throws Exception {
    Document result = rewrite(publish(), channel(AppVersion.parse("1.2.0.0")));

    assertThat(elements(result, ASM_V2, "deploymentProvider"))
        .singleElement()
        .satisfies(e -> assertThat(e.getAttribute("codebase")).isEqualTo(STABLE.toString()));
  }

  @Test
  void setsTheMinimumRequiredVersion() throws Exception {
    Document result = rewrite(publish(), channel(AppVersion.parse("1.2.0.0")));

    assertThat(deployment(result).getAttribute("minimumRequiredVersion")).isEqualTo("1.2.0.0");
  }

  @Test
  void removesTheMinimumRequiredVersionWhenNoneIsGiven() throws Exception {
    Document result = rewrite(publish(), channel(null));

    assertThat(deployment(result).hasAttribute("minimumRequiredVersion")).isFalse();
    assertThat(deployment(result).getAttribute("install")).isEqualTo("true");
  }

  @Test
  void refusesAMinimumAboveTheDeploymentsVersion() {
    byte[] manifest = bytes(publish());
    ChannelDeployment channel = channel(AppVersion.parse("1.2.3.5"));

    assertThatThrownBy(() -> cut.rewrite(manifest, channel))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("above the deployment's version 1.2.3.4");
  }

  @Test
  void refreshesSizeAndSha256OfTheApplicationManifest() throws Exception {
    Document result = rewrite(publish(), channel(null));

    Element dependent = installDependency(result);
    assertThat(dependent.getAttribute("size"))
        .isEqualTo(Integer.toString(SIGNED_APP_MANIFEST.length));
    assertThat(elements(result, ASM_V2, "hash")).hasSize(1);
    assertThat(elements(result, DSIG, "Transform"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getAttribute("Algorithm"))
                    .isEqualTo("urn:schemas-microsoft-com:HashTransforms.Identity"));
    assertThat(elements(result, DSIG, "DigestMethod"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getAttribute("Algorithm"))
                    .isEqualTo("http://www.w3.org/2000/09/xmldsig#sha256"));
    assertThat(elements(result, DSIG, "DigestValue"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getTextContent())
                    .isEqualTo(PublishFixture.sha256Base64(SIGNED_APP_MANIFEST)));
    assertThat(dependent.getAttribute("codebase"))
        .isEqualTo("Application Files\\Collector_1_2_3_4\\Collector.exe.manifest");
  }

  @Test
  void changesTheApplicationManifestCodebaseWhenGiven() throws Exception {
    String codebase = "Application Files\\Collector_1_2_3_4\\stable\\Collector.exe.manifest";
    ChannelDeployment channel = new ChannelDeployment(STABLE, null, SIGNED_APP_MANIFEST, codebase);

    Document result = rewrite(publish(), channel);

    assertThat(installDependency(result).getAttribute("codebase")).isEqualTo(codebase);
  }

  @Test
  void refusesAnApplicationManifestCodebaseOutsideTheDeployment() {
    assertThatThrownBy(
            () -> new ChannelDeployment(STABLE, null, SIGNED_APP_MANIFEST, "..\\other.manifest"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new ChannelDeployment(STABLE, null, SIGNED_APP_MANIFEST, "C:\\x.manifest"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stripsTheOldPublisherIdentityAndSignature() throws Exception {
    PublishFixture signed = publish().withOldSignature();
    assertThat(new String(bytes(signed), StandardCharsets.UTF_8)).contains("<publisherIdentity");

    Document result = rewrite(signed, channel(null));

    assertThat(elements(result, ASM_V2, "publisherIdentity")).isEmpty();
    assertThat(elements(result, DSIG, "Signature")).isEmpty();
    assertThat(elements(result, DSIG, "SignatureValue")).isEmpty();
  }

  @Test
  void keepsUpdateBeforeApplicationStartup() throws Exception {
    Document result = rewrite(publish(), channel(null));

    assertThat(elements(result, ASM_V2, "subscription")).hasSize(1);
    assertThat(elements(result, ASM_V2, "beforeApplicationStartup")).hasSize(1);
  }

  @Test
  void addsUpdateBeforeApplicationStartupWhenAbsent() throws Exception {
    PublishFixture without = publish().withoutBeforeApplicationStartup();
    assertThat(new String(bytes(without), StandardCharsets.UTF_8))
        .doesNotContain("beforeApplicationStartup");

    Document result = rewrite(without, channel(null));

    Element before = elements(result, ASM_V2, "beforeApplicationStartup").get(0);
    Element update = (Element) before.getParentNode();
    assertThat(update.getLocalName()).isEqualTo("update");
    assertThat(update.getParentNode().getLocalName()).isEqualTo("subscription");
    assertThat(update.getParentNode().getParentNode()).isEqualTo(deployment(result));
    assertThat(deployment(result).getFirstChild()).isSameAs(update.getParentNode());
  }

  @Test
  void keepsPrefixesNamespacesAndEverythingElse() {
    byte[] result = cut.rewriteToBytes(bytes(publish()), channel(AppVersion.parse("1.0.0.0")));

    String xml = new String(result, StandardCharsets.UTF_8);
    assertThat(xml)
        .containsPattern("^<\\?xml version=\"1.0\" encoding=\"(?i:utf-8)\"\\?><asmv1:assembly ")
        .contains("xmlns:dsig=\"http://www.w3.org/2000/09/xmldsig#\"")
        .contains("<dsig:DigestValue>" + PublishFixture.sha256Base64(SIGNED_APP_MANIFEST) + "<")
        .contains("co.v1:createDesktopShortcut=\"true\"")
        .contains("asmv2:publisher=\"Collector GmbH\"")
        // DOM keeps attributes sorted by name; their order has no meaning in XML nor in c14n.
        .contains("targetVersion=\"4.7.2\"/>")
        .contains("<assemblyIdentity xmlns=\"urn:schemas-microsoft-com:asm.v1\"")
        .endsWith("</asmv1:assembly>");
  }

  @Test
  void theRewrittenManifestDescribesTheGivenApplicationManifest() throws Exception {
    // Round trip through the ingest's own reader: what it would check is what was given.
    byte[] result = cut.rewriteToBytes(bytes(publish()), channel(null));

    DeploymentManifest parsed = DeploymentManifest.parse("Collector.application", result);

    assertThat(parsed.applicationManifest().size()).isEqualTo(SIGNED_APP_MANIFEST.length);
    assertThat(parsed.applicationManifest().digest().value())
        .isEqualTo(PublishFixture.sha256Base64(SIGNED_APP_MANIFEST));
    assertThat(parsed.identity().version()).isEqualTo("1.2.3.4");
  }

  private Document rewrite(PublishFixture fixture, ChannelDeployment channel) throws Exception {
    // Through bytes and a fresh parse, so the test sees what is served, not the in-memory DOM.
    return parse(DeploymentManifestRewriter.toBytes(cut.rewrite(bytes(fixture), channel)));
  }

  private static ChannelDeployment channel(AppVersion minimum) {
    return new ChannelDeployment(STABLE, minimum, SIGNED_APP_MANIFEST, null);
  }

  private static byte[] bytes(PublishFixture fixture) {
    return fixture.deploymentManifest().getBytes(StandardCharsets.UTF_8);
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static Element deployment(Document document) {
    return elements(document, ASM_V2, "deployment").get(0);
  }

  private static Element installDependency(Document document) {
    return elements(document, ASM_V2, "dependentAssembly").get(0);
  }

  private static List<Element> elements(Document document, String namespace, String localName) {
    NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}
