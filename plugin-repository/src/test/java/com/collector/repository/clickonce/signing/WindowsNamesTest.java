package com.collector.repository.clickonce.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowsNamesTest {

  @Test
  void namesAreReversedAndQuotedAsCertNameToStrDoes() throws Exception {
    TestPki.Issued issued =
        TestPki.root("CN=Hans Müller\\, Jr.,OU=Dev,O=Collector \\\"Inc\\\",ST=Zürich,C=CH");

    assertThat(WindowsNames.subject(issued.certificate()))
        .isEqualTo("C=CH, S=Zürich, O=\"Collector \"\"Inc\"\"\", OU=Dev, CN=\"Hans Müller, Jr.\"");
  }

  @Test
  void backslashesStayAsWindowsAccountNamesHaveThem() {
    VerifiedManifest fixture = new ManifestVerifier().verify(Fixtures.realSignedManifest());

    assertThat(WindowsNames.subject(fixture.certificate())).isEqualTo("CN=DESKTOP-684GDJB\\user");
  }
}
