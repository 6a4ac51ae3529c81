package com.collector.repository.clickonce.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.repository.signing.LocalKeyStoreSigner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What we sign must look like what Microsoft's tooling signed, down to prefixes and order. */
class ManifestLayoutTest {

  /** Attribute values that depend on the key, the certificate or the digest. */
  private static final Set<String> KEY_DEPENDENT =
      Set.of("name", "issuerKeyHash", "Hash", "publicKeyToken");

  @TempDir static Path keys;
  private static byte[] signed;
  private static final byte[] FIXTURE = Fixtures.realSignedManifest();

  @BeforeAll
  static void signTheFixture() {
    signed =
        new ManifestSigner(LocalKeyStoreSigner.openOrCreate(keys, "layout", "CN=Layout"))
            .sign(FIXTURE);
  }

  @Test
  void signatureBlockIsWrittenAsMicrosoftWritesIt() {
    assertThat(shape(signed)).isEqualTo(shape(FIXTURE));
  }

  @Test
  void elementsFromPublisherIdentityOnHaveTheFixturesNamespacesPrefixesAndOrder() {
    assertThat(elements(signed)).isEqualTo(elements(FIXTURE)).hasSize(44);
  }

  @Test
  void licenseHashIsTheStrongNameDigestReversed() {
    for (byte[] manifest : List.of(FIXTURE, signed)) {
      Document document = ManifestXml.parse(manifest);
      Element strongName =
          ManifestVerifier.signature(document.getDocumentElement(), "StrongNameSignature");
      byte[] digest = SignatureElements.read(strongName).digestValue();
      Element information =
          (Element)
              document
                  .getElementsByTagNameNS(ManifestXml.AUTHENTICODE, "ManifestInformation")
                  .item(0);

      assertThat(information.getAttribute("Hash")).isEqualTo(License.manifestHash(digest));
    }
    assertThat(
            License.manifestHash(
                Base64.getDecoder().decode("2H0XyPeutJjCa6rSvyyfZkpLNoWpLdkiC6oY+Gd8MC0=")))
        .isEqualTo("2d307c67f818aa0b22d92da985364b4a669f2cbfd2aa6bc298b4aef7c8177dd8");
  }

  /**
   * The text from {@code publisherIdentity} on, with text content and key-dependent attribute
   * values blanked: tags, prefixes, namespace declarations, ids, algorithms and order remain.
   */
  private static String shape(byte[] manifest) {
    String xml = new String(manifest, StandardCharsets.UTF_8);
    String block = xml.substring(xml.indexOf("<publisherIdentity")).replaceAll(">[^<]+<", ">…<");
    Matcher attribute = Pattern.compile("(\\s)([\\w:.]+)=\"([^\"]*)\"").matcher(block);
    StringBuilder shape = new StringBuilder();
    while (attribute.find()) {
      String value = KEY_DEPENDENT.contains(attribute.group(2)) ? "…" : attribute.group(3);
      attribute.appendReplacement(
          shape,
          Matcher.quoteReplacement(attribute.group(1) + attribute.group(2) + "=\"" + value + "\""));
    }
    return attribute.appendTail(shape).toString();
  }

  /**
   * {namespace}qualified-name[Id] of every element from publisherIdentity on, in document order.
   */
  private static List<String> elements(byte[] manifest) {
    Element assembly = ManifestXml.parse(manifest).getDocumentElement();
    List<String> names = new ArrayList<>();
    collect(ManifestXml.required(assembly, ManifestXml.ASM_V2, "publisherIdentity"), names);
    collect(ManifestXml.required(assembly, ManifestXml.DSIG, "Signature"), names);
    return names;
  }

  private static void collect(Element element, List<String> names) {
    names.add(
        "{"
            + element.getNamespaceURI()
            + "}"
            + element.getTagName()
            + "["
            + element.getAttribute("Id")
            + "]");
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collect(e, names);
      }
    }
  }
}
