package com.collector.repository.clickonce.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.TransformService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our exclusive c14n must agree with the JDK's, which cannot be used for ClickOnce's URIs. */
class ExclusiveC14nTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<a xmlns=\"urn:a\" xmlns:unused=\"urn:u\"><b xmlns=\"\"><c/></b></a>",
        "<p:a xmlns:p=\"urn:p\" xmlns:q=\"urn:q\" z=\"1\" q:y=\"2\" a=\"3\"><q:b p:x=\"&lt;&amp;&quot;\"/></p:a>",
        "<a xml:lang=\"de\">text &amp; more &gt; <!-- gone --><?pi data?>\r\n tail</a>",
        "<a attr=\"tab\t and &#10; newline\"><b xmlns=\"urn:b\"><b xmlns=\"urn:b\"/></b></a>",
        // A processing instruction after the root is left out: the JDK drops it, where the c14n
        // spec (and this class) writes it after a line feed. Manifests have none.
        "<?before x?><!-- c --><a/>"
      })
  void agreesWithTheJdk(String xml) throws Exception {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);

    byte[] ours = ExclusiveC14n.canonicalize(ManifestXml.parse(bytes), null);

    assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo(jdk(bytes));
  }

  @Test
  void theRealManifestCanonicalizesAsTheJdkDoes() throws Exception {
    byte[] fixture = Fixtures.realSignedManifest();

    byte[] ours = ExclusiveC14n.canonicalize(ManifestXml.parse(fixture), null);

    assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo(jdk(fixture));
  }

  private static String jdk(byte[] xml) throws Exception {
    TransformService c14n = TransformService.getInstance(CanonicalizationMethod.EXCLUSIVE, "DOM");
    c14n.init(null);
    OctetStreamData out =
        (OctetStreamData) c14n.transform(new OctetStreamData(new ByteArrayInputStream(xml)), null);
    return new String(out.getOctetStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
